import Testing
@testable import ParallaxCore

/// "…,” it said: quotes of a body or a group, found by reading real UK news copy (not in the repo); each
/// rule on sentences of our own.
@Suite struct QuoteBodySpeakerTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        QuoteExtractionTests.quotes(paragraphs).map(\.speaker)
    }

    @Test func itSaidIsNotTheLastPersonNamed() {
        let s = Self.speakers([
            "In its letter to shareholders, the company praised how Mr Arnott had steered it through the floods.",
            "“The floods have put great strain on our supply chain,” it said.",
            "“However, the board believes that his focus on safety is what we need.”",
        ])
        #expect(s == [nil, nil])
    }

    @Test func itSaidAfterAnOrganisationSpeaks() {
        let s = Self.speakers([
            "The Harbour Safety Board said on Friday that the crane had been inspected in May.",
            "“We found no fault with the crane,” it said in a statement.",
        ])
        #expect(s == ["Harbour Safety Board"])
    }

    @Test func sheSaidStillFindsThePerson() {
        let s = Self.speakers([
            "The singer Nadia Lind spoke to reporters on Friday.",
            "She is keen not to be the Bad Guy of the tour.",
            "“I care about every record we press,” she said.",
        ])
        #expect(s == ["Nadia Lind"])
    }

    @Test func acronymTitleIsNotPartOfTheSpeakerName() {
        let s = Self.speakers(["“We are rearming to avoid war,” said PM Torvild Hasse."])
        #expect(s == ["Torvild Hasse"])
    }

    @Test func clippedDutchArticleIsNoQuote() {
        #expect(QuoteExtractionTests.texts("John van ’t Hek took over, and 's-Hertogenbosch cheered. It was rock 'n roll.").isEmpty)
        #expect(QuoteExtractionTests.texts("'I think so,' she said.") == ["I think so,"])
    }

    @Test func aNameGivenToSomethingIsNoQuote() {
        let q = QuoteExtractionTests.quotes([
            "His dominance is why he is known as the 'King of Clay', and why the press dubbed him “the Bull”.",
        ])
        #expect(q.isEmpty)
    }

    @Test func theTitleAloneSpeaksForThePersonWithIt() {
        let s = Self.speakers([
            "Prime Minister Tavi Renholm spoke on Sunday about the fire at his home.",
            "The Prime Minister further said “I took over the post because the economy collapsed.”",
            "“So my wife and I left,” the Prime Minister said.",
        ])
        #expect(s == ["Tavi Renholm", "Tavi Renholm"])
    }

    @Test func anAgeAfterTheNamesThePersonJustNamed() {
        let s = Self.speakers([
            "Striker Tomas Varga scored twice on Sunday as Harbour City beat the holders.",
            "“We deserved the win after everything this season,” said the 25-year-old.",
            "“The fans were brilliant from the first minute,” the 25-year-old striker added.",
        ])
        #expect(s == ["Tomas Varga", "Tomas Varga"])
    }

    @Test func initialsSetCloseStayWithTheName() {
        let s = Self.speakers([
            "Ports Minister K.R. Mohan said 2,400 local people had been hired. “The fishermen came first,” the minister said.",
        ])
        #expect(s == ["K.R. Mohan"])
    }

    @Test func theCompanyIsTheNameSpeakingBeforeIt() {
        // "Tidewell Foods" has no organisation word; it speaks, and no one takes it for a person.
        #expect(Self.speakers([
            "Tidewell Foods said on Tuesday it would shut its oldest loom shed by spring.",
            "“This was not an easy choice,” the company said in a statement.",
        ]) == ["Tidewell Foods"])
    }
}
