import Testing
@testable import ParallaxCore

/// A live entry's headline quoting words the entry then gives in full is the outlet's label for that quote, not
/// a quote of its own (README "Quotes and details"). Our own sentences.
@Suite struct EntryHeadlineQuoteTests {
    static func quotes(_ paragraphs: [String]) -> [(paragraph: Int, speaker: String?)] {
        QuoteContinuationTests.quotes(paragraphs).map { ($0.paragraphs[0], $0.speaker) }
    }

    @Test func aHeadlineInSingleQuotesOverTheEntry() {
        let q = Self.quotes([
            "In a short statement, the minister's office said the army was “on full standby” along the coast.",
            "'The pier just folded into the water'",
            "Our reporter in Carrick has been speaking to people on the seafront.",
            "Tomasz Wren, who runs the kiosk at the end of the pier, watched it go. “The pier just folded into the water. I was inside ten minutes before,” he said.",
        ])
        #expect(q.map(\.paragraph) == [0, 3])
        #expect(q.last?.speaker == "Tomasz Wren")
    }

    @Test func aLabelledHeadlineAndAHeadlineWithALabelAfterIt() {
        #expect(Self.quotes([
            "Mayor: ‘The square will be rebuilt’",
            "Mayor Ada Lund spoke outside the town hall. “The square will be rebuilt, stone by stone,” she said.",
        ]).map(\.paragraph) == [1])
        #expect(Self.quotes([
            "“Not for sale”: Lund on the harbour land",
            "Asked about the offer, Ada Lund said the land was “not for sale, today or ever.”",
        ]).map(\.paragraph) == [1])
    }

    @Test func aShortQuoteParagraphWithItsFullStopStaysAQuote() {
        // Someone's sentence on its own line, said again later: both are quotes.
        let q = Self.quotes([
            "Ada Lund was asked whether she would stand again.",
            "“I will stand again.”",
            "Later she told supporters: “I will stand again, and I will win.”",
        ])
        #expect(q.map(\.paragraph) == [1, 2])
    }
}
