import Testing
@testable import ParallaxCore

/// A quote running over paragraphs whose continuation lost its opening mark (README "Quotes and details"):
/// sloppy copy that the standard style ("a paragraph left open goes on in the next one, which opens with a
/// mark again") does not cover. Our own sentences.
@Suite struct QuoteContinuationTests {
    static func quotes(_ paragraphs: [String]) -> [(text: String, speaker: String?, paragraphs: [Int])] {
        QuoteUnseenCopyTests.ledger([("a", paragraphs)]).quotes.flatMap(\.instances)
            .sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
            .map { ($0.text, $0.speaker, $0.parts.map(\.paragraph)) }
    }

    @Test func aClosingMarkAfterTheLastWordEndsTheContinuation() {
        // British punctuation: the comma outside the closing mark, right after a letter.
        let q = Self.quotes([
            "Council leader Hannah Solberg said the vote was close. “We argued about the money for three hours, and in the end the ferry won.",
            "The boat is older than most of the councillors, but it carries four hundred people a day”, she said.",
        ])
        #expect(q.count == 1)
        #expect(q.first?.paragraphs == [0, 1])
        #expect(q.first?.text.hasSuffix("four hundred people a day") == true)
        #expect(q.first?.speaker == "Hannah Solberg")
    }

    @Test func aSingleClosingMarkEndsTheContinuation() {
        let q = Self.quotes([
            "The treasurer, Paul Kettering, warned that repairs would cost more. ‘The hull needs new plates by next spring.",
            "The engine will not last the decade,’ he said.",
        ])
        #expect(q.count == 1)
        #expect(q.first?.paragraphs == [0, 1])
        #expect(q.first?.speaker == "Paul Kettering")
    }

    @Test func aFirstPersonParagraphWithoutMarksBetweenTwoPartsIsQuoted() {
        // The middle paragraph lost its opening mark; it speaks in the first person, as the quote does.
        let q = Self.quotes([
            "Idris Mabon, who skippers the boat, was pleased with the vote. “I have taken this boat across the river since I was nineteen.",
            "We never missed a crossing in the floods, not one.",
            "“And I want to be here when it turns a hundred,” he said.",
        ])
        #expect(q.count == 1)
        #expect(q.first?.paragraphs == [0, 1, 2])
        #expect(q.first?.text.contains("not one.") == true)
        #expect(q.first?.speaker == "Idris Mabon")
    }

    @Test func aFirstPersonParagraphWithoutMarksAtTheEndIsQuoted() {
        let q = Self.quotes([
            "Rhian Tegid, who farms on the east bank, said: “The ferry is the only way across for us.",
            "Without it our children would need an hour to get to school.",
            "The council will review the service again in 2030.",
        ])
        #expect(q.count == 1)
        #expect(q.first?.paragraphs == [0, 1])
        #expect(q.first?.speaker == "Rhian Tegid")
    }

    @Test func theWritersOwnParagraphAfterAnUnclosedQuoteIsNotQuoted() {
        // The closing mark was forgotten; what follows is the writer's, in the third person.
        let q = Self.quotes([
            "Olwen Pryce, the mayor, spoke last: “This town keeps what works.",
            "Pryce has led the council since 2019 and faces an election in May.",
            "“We will find the money,” she said.",
        ])
        #expect(q.map(\.paragraphs) == [[0], [2]])
        #expect(q.map(\.speaker) == ["Olwen Pryce", "Olwen Pryce"])
    }

    @Test func aStrayClosingMarkAfterAWordInTheWritersTextIsNoQuote() {
        // No quote left open before it: a closing mark after a word is a typo, not the end of a quote.
        let q = Self.quotes([
            "The ferry runs every hour.",
            "Tickets cost two pounds for adults and one pound for children”, the notice at the pier says.",
        ])
        #expect(q.isEmpty)
    }

    @Test func theNewsroomsOwnWeAfterAnUnclosedQuoteIsNotQuoted() {
        // The forecaster's quote lost its closing mark; the next paragraph is the live page speaking to readers.
        let q = Self.quotes([
            "Forecaster Dana Oduya said: “The worst of the gusts reaches the coast after dark, and we expect the ferries to stay in port.",
            "We will update this page through the night. Send us your photos if it is safe to take them.",
        ])
        #expect(q.count == 1)
        #expect(q.first?.paragraphs == [0])
        #expect(q.first?.speaker == "Dana Oduya")
        // The same shape with the speaker going on in the first person still joins.
        let r = Self.quotes([
            "Forecaster Dana Oduya said: “The worst of the gusts reaches the coast after dark, and we expect the ferries to stay in port.",
            "We have not seen a pressure drop like this since 2014.",
        ])
        #expect(r.first?.paragraphs == [0, 1])
    }

    @Test func askingForCommentIsTheWritersVoice() {
        let q = Self.quotes([
            "Harbourmaster Lise Brandt said: “Nobody sails until the buoys are back in place, and I mean nobody.",
            "We asked the ferry company for comment on Tuesday but had no reply by our deadline.",
        ])
        #expect(q.first?.paragraphs == [0])
    }
}
