@testable import ParallaxCore

/// The ingestion suites write a pasted page as its lines, the way a reader's copy from a browser arrives; the id only
/// names the article in messages.
func pasted(_ lines: [String], separator: String = "\n") -> Article {
    ArticleLoader.parse(text: lines.joined(separator: separator), id: "paste", path: "paste.txt")
}

/// A page whose every line is a paragraph of its own (a blank line between each), as a newsletter or letter pastes.
func pastedParagraphs(_ lines: [String]) -> Article { pasted(lines, separator: "\n\n") }
