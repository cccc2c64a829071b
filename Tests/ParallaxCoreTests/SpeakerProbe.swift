@testable import ParallaxCore

/// The one way speaker suites read who speaks each quotation of a one-article story, so a change to how the
/// ledger is built or ordered is made here once, not in two dozen suites that each grew a copy of it.
enum SpeakerProbe {
    /// Speakers in the article's reading order. `opening` paragraphs come first: suites whose rules need a lede
    /// (a named subject, a topic) before the quotations put it there, and it counts in the order like any other.
    static func speakers(_ paragraphs: [String], opening: [String] = []) -> [String?] {
        QuoteUnseenCopyTests.ledger([("a", opening + paragraphs)]).quotes.flatMap(\.instances)
            .sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }.map(\.speaker)
    }
}
