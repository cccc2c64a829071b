import Testing
@testable import ParallaxCore

/// A transcript's "NAME: words" turns are verbatim speech of the person the label names (README "Quotes and
/// details"). Our own sentences.
@Suite struct TranscriptTurnTests {
    static func quotes(_ paragraphs: [String]) -> [(paragraph: Int, speaker: String?, nested: Bool, text: String)] {
        QuoteUnseenCopyTests.ledger([("a", paragraphs)]).quotes.flatMap(\.instances)
            .sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
            .map { ($0.paragraph, $0.speaker, $0.nested, $0.text) }
    }

    @Test func eachTurnIsItsSpeakersQuote() {
        let q = Self.quotes([
            "PRESENTER: The council has closed the old bridge. With me is its engineer, Tomas Greer.",
            "TOMAS GREER: The cables are older than I am. We found rust in every one we opened.",
            "We will have a temporary crossing by March.",
            "PRESENTER: Tomas Greer, thank you.",
            "The bridge carried 9,000 cars a day.",
        ])
        #expect(q.map(\.paragraph) == [0, 1, 2, 3])
        #expect(q.map(\.speaker) == ["the presenter", "Tomas Greer", "Tomas Greer", "the presenter"])
        #expect(q[1].text == "The cables are older than I am. We found rust in every one we opened.")
    }

    @Test func aShortLabelIsThePersonTheStoryKnows() {
        let q = Self.quotes([
            "The panel was chaired by Professor Ines Halloran of the Marine Institute.",
            "HALLORAN: Shall we begin? The first question is about the reef.",
            "DR KOFI MENSAH: The reef has lost a third of its coral since 2016.",
        ])
        #expect(q.map(\.speaker) == ["Ines Halloran", "Kofi Mensah"])
    }

    @Test func labelsThatNameNoOneAreNotSpeakers() {
        let q = Self.quotes([
            "NOTE: This interview was recorded before the vote.",
            "WARNING: Some listeners may find the next part distressing.",
            "KEY POINTS: the bridge, the budget, the ferry.",
            "BREAKING: The bridge will close on Friday.",
        ])
        #expect(q.isEmpty)
    }

    @Test func oneTurnAloneIsNoTranscript() {
        #expect(Self.quotes([
            "The bridge closed on Friday.",
            "TOMAS GREER: The cables are older than I am.",
        ]).isEmpty)
    }

    @Test func aQuestionLineEndsATurnAndIsNotListed() {
        let q = Self.quotes([
            "MAYOR ROSA ILLY: The ferry runs until the bridge reopens.",
            "Q: When will that be?",
            "MAYOR ROSA ILLY: In the spring, if the steel arrives.",
        ])
        #expect(q.map(\.paragraph) == [0, 2])
        #expect(q.allSatisfy { $0.speaker == "Rosa Illy" })
    }

    @Test func aQuoteInsideATurnIsNested() {
        let q = Self.quotes([
            "PRESENTER: What did the inspectors tell you?",
            "TOMAS GREER: One of them said to me, “I would not drive over it myself.” That was enough for me.",
        ])
        #expect(q.map(\.nested) == [false, false, true])
        #expect(q[1].speaker == "Tomas Greer")
    }
}
