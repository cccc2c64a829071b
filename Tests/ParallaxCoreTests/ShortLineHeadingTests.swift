import Foundation
import Testing
@testable import ParallaxCore

/// The scalar reading of a short line's heading shape gives the Character reading's answer, and the byte
/// table of stop words answers what the set does.
@Suite struct ShortLineHeadingTests {
    static let shapes = [
        "", " ", "Light moment amid talks", "- Rekindle ties -", "What happens to Inzaghi now?", "He said: \"Yes.\"",
        "“It was over,” she said.", "Prices rose (again)", "Prices rose (again).", "One two three four five six seven eight nine ten",
        "One two three four five six seven eight nine ten eleven", "Tab\tseparated\twords;", "Line\r\nbreak", "Café au lait",
        "e\u{301}te\u{301} sans fin", "Naïve résumé: ", "Zürich ’", "Talks\u{2003}resume", "Fin\u{00A0}", "深圳 talks", "🇫🇷 wins",
        "a \u{301}b c", "Quote ends’", "Ends with 'quote'", "Ends with ;)", "Price: €5", "Price: 5 €.", "Dash — ends —",
    ]

    @Test func scalarReadingMatchesCharacterReading() throws {
        var lines = Self.shapes
        for dir in [RepositoryPaths.articles, RepositoryPaths.seeds] {
            guard let files = FileManager.default.enumerator(atPath: dir.path) else { continue }
            for case let f as String in files where f.hasSuffix(".txt") || f.hasSuffix(".md") {
                let text = try String(contentsOfFile: dir.path + "/" + f, encoding: .utf8)
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { $0.utf8.count <= 160 }
            }
        }
        #expect(lines.count > 500)
        for line in lines {
            #expect(WordAnalyzer.shortLineLooksLikeHeading(line) == WordAnalyzer.shortLineLooksLikeHeadingByCharacters(line), "\(line)")
        }
    }

    @Test func stopWordTableAnswersLikeTheSet() {
        let words = Array(StopWords.english) + ["", "th", "thee", "theirs'", "ourselvess", "x", "don't", "don’t", "über", "the "]
        for w in words { #expect(StopWords.contains(w) == StopWords.english.contains(w), "\(w)") }
        #expect(StopWords.contains("the"))
        #expect(!StopWords.contains("minister"))
    }
}
