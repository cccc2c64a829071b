import Testing
@testable import ParallaxCore

/// "The paper quoted the judge as saying …": the one quoted speaks; the paper or agency is the source —
/// docs/quotes-and-details.md, "Real pages, stop 37". Our own sentences.
@Suite struct QuotedAsSayingTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        QuoteUnseenCopyTests.ledger([("a", paragraphs)]).quotes.flatMap(\.instances)
            .sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }.map(\.speaker)
    }

    @Test func aPaperQuotingANamedJudgeBeforeTheQuote() {
        #expect(Self.speakers([
            "Judge Maria Okonjo sentenced the former mayor on Friday.",
            "The Harbour Gazette quoted Judge Maria Okonjo as saying that the case had been “a betrayal of the voters who trusted him”.",
        ]) == ["Maria Okonjo"])
    }

    @Test func anAgencyQuotingTheJudgeAfterTheQuote() {
        #expect(Self.speakers([
            "Judge Maria Okonjo sentenced the former mayor on Friday.",
            "“Public office is a trust and not a reward for loyal friends,” the Coastal Press Agency quoted the judge as saying.",
        ]) == ["Maria Okonjo"])
    }

    @Test func aPaperThatQuotesASurveyKeepsItsOwnWords() {
        // No "as saying": the paper is the subject of its own verb as before.
        let s = Self.speakers([
            "“Most renters are now paying more than a third of their income,” the Harbour Gazette quoted, citing a council survey.",
        ])
        #expect(s.count == 1)
        #expect(s.first != "Maria Okonjo")
    }

    @Test func aPlainSaidIsUnchanged() {
        #expect(Self.speakers([
            "“We will appeal the ruling within the week,” defence lawyer Tom Ferris said.",
        ]) == ["Tom Ferris"])
    }
}

extension QuotedAsSayingTests {
    @Test func aCapitalisedPaperAfterTheQuoteWithARole() {
        #expect(Self.speakers([
            "Judge Maria Okonjo sentenced the former mayor on Friday.",
            "The judge said the sentence had to deter others. “Thus, I cannot accept that he was sorry,” The Harbour Gazette quoted the judge as saying.",
        ]).last == "Maria Okonjo")
    }
}
