import Testing
@testable import ParallaxCore

/// A sub-heading that is one short quotation ("‘We need a vote – now’") over a longer paragraph is a heading,
/// so its words are no quote of the paragraph before's subject (docs/ingestion.md, stop 35). Pages and
/// sentences of our own.
@Suite struct QuotedSubheadingTests {
    static func parse(_ lines: [String]) -> Article {
        ArticleLoader.parse(text: lines.joined(separator: "\n\n"), id: "p", path: "p.txt")
    }

    static let lines = [
        "Opposition demands a vote after the budget defeat",
        "The opposition leader Tom Baker said the government had lost its majority in all but name on Tuesday night.",
        "There are reports that the former minister Ana Ruiz is likely to stand in the contest for the leadership.",
        "‘We need a vote – now’",
        "Tom Baker called for an immediate vote. The opposition leader said: “The cabinet has lost its way and it knows it.”",
    ]

    @Test func aShortQuotationAloneOverALongerParagraphIsAHeading() {
        let a = Self.parse(Self.lines)
        #expect(a.paragraphs.first { $0.text.hasPrefix("‘We need") }?.isHeading == true)
        let ledger = QuoteLedger.build(story: Story(id: "s", path: "s", articles: [a]))
        #expect(ledger.quotes.flatMap(\.instances).map(\.speaker) == ["Tom Baker"])
    }

    @Test func aQuotedSentenceOrTwoQuotationsStayParagraphs() {
        for line in ["“We will win.”", "“We will win”, he said", "‘Never’ and ‘again’", "“Go now” “Stay”", "‘we need a vote now’",
                     "“This is a quotation that runs on for far too many words to be a heading”"] {
            let a = Self.parse(["Opposition demands a vote after the budget defeat",
                                "The opposition leader Tom Baker said the government had lost its majority on Tuesday night.",
                                line,
                                "Tom Baker called for an immediate vote in a speech to the party's members in the north on Wednesday."])
            #expect(a.paragraphs.first { $0.text == line }?.isHeading != true, "\(line)")
        }
    }
}
