import Testing
@testable import ParallaxCore

/// Quote rules added after the third blind story's first run (README "Quotes and details"), on our own
/// sentences.
@Suite struct QuoteScienceCopyTests {
    @Test func speakerBeforeOfTheInstituteOfSomething() {
        let l = QuoteUnseenCopyTests.ledger([("a", [
            "Dr Hana Sato of the Kyushu Institute of Marine Biology, who has dived the reef for years, said it was 'a garden coming back to life'.",
        ])])
        #expect(l.quotes.first?.instances.first?.speaker == "Hana Sato")
    }

    @Test func anAgeAfterAPrepositionThenARole() {
        let l = QuoteUnseenCopyTests.ledger([("a", [
            "Our reporter spoke to Tomas Berg, 24, a chemistry student who had queued since dawn. 'I didn't sleep at all,' he said.",
        ])])
        #expect(l.quotes.first?.instances.first?.speaker == "Tomas Berg")
    }

    @Test func aContinuedQuoteClosedByAPronounKeepsItsNamedSpeaker() {
        // "she said" closes a quote opened after Dr Lund's own, although "Okoro's lab" was named last. A sentence of
        // the writer's between the two quotes keeps them two quotes.
        let l = QuoteUnseenCopyTests.ledger([("a", [
            "“The first week was chaos,” said Dr Ylva Lund, who trained in Okoro’s lab. Her team had three weeks. “We rebuilt the cooler twice.",
            "“Then it worked, and nobody believed us,” she said.",
        ])])
        let speakers = l.quotes.flatMap(\.instances).map(\.speaker)
        #expect(speakers == ["Ylva Lund", "Ylva Lund"], "\(speakers)")
        // With the attribution alone between them (its "Okoro’s" an apostrophe, no quotation mark), the pieces are
        // one remark cut by its attribution and continued over the paragraph (blind13), still Dr Lund's.
        let one = QuoteUnseenCopyTests.ledger([("a", [
            "“The first week was chaos,” said Dr Ylva Lund, who trained in Okoro’s lab. “We rebuilt the cooler twice.",
            "“Then it worked, and nobody believed us,” she said.",
        ])])
        let instances = one.quotes.flatMap(\.instances)
        #expect(instances.map(\.speaker) == ["Ylva Lund"], "\(instances.map(\.speaker))")
        #expect(instances.first.map { $0.text.contains("chaos") && $0.text.contains("nobody believed us") } == true)
    }
}
