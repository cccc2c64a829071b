import Testing
@testable import ParallaxCore

/// An interview set as turns under the speakers' names in ordinary case ("Laila Haddad: …", the bold of
/// "**Laila Haddad:**" gone after cleaning): each turn is a quote of the person the label names, when the
/// label is a full name and opens two turns or more — README "Quotes and details". Our own sentences.
@Suite struct InterviewTurnTests {
    static func quotes(_ paragraphs: [String]) -> [(String?, String)] {
        QuoteUnseenCopyTests.ledger([("a", paragraphs)]).quotes.flatMap(\.instances)
            .sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }.map { ($0.speaker, $0.text) }
    }

    @Test func namedTurnsAreQuotesOfTheirSpeakers() {
        let q = Self.quotes([
            "Ines Marlow runs the last ferry company on the Tarn estuary. She spoke to Owen Pask.",
            "Owen Pask: How busy is the crossing in winter?",
            "Ines Marlow: Busier than people think. The school run alone fills two sailings.",
            "Owen Pask: And the new bridge?",
            "Ines Marlow: We will see. People have been promising that bridge since the war.",
        ])
        #expect(q.map(\.0) == ["Owen Pask", "Ines Marlow", "Owen Pask", "Ines Marlow"])
        #expect(q[1].1 == "Busier than people think. The school run alone fills two sailings.")
    }

    @Test func aLabelUsedOnceIsNoTurn() {
        // A credit line or an entry headline: one use, or one word before the colon, names no turn.
        let q = Self.quotes([
            "Presenter: Owen Pask",
            "Tarn Estuary: ferry company warns of winter cuts",
            "Ines Marlow: the ferries will keep running this winter",
            "The company's owner said the crossing was \"busier than people think\".",
        ])
        #expect(q.count == 1)
        #expect(q[0].1 == "busier than people think")
    }

    @Test func aLabelThatNamesNoOneIsNoTurn() {
        let q = Self.quotes([
            "Travel Update: the Tarn ferry is running late this morning.",
            "Travel Update: the Tarn ferry is running on time again.",
        ])
        #expect(q.isEmpty)
    }
}
