import Testing
@testable import ParallaxCore

/// One speaker's account that two outlets trim at different ends is one remark: a run of eight or more of its
/// words in both (only for quotes given to the same speaker). A shorter stock phrase groups nothing. Sentences of
/// our own.
@Suite struct QuoteSharedRunTests {
    @Test func anAccountTrimmedAtDifferentEndsIsOneRemark() {
        let l = QuoteExtractionTests.ledger(
            ["Nia Cole said: “The water came up so fast. We carried the baby out through the back window and waded to the road.”"],
            ["Nia Cole said: “We carried the baby out through the back window and waded to the road. Nobody came for hours. My husband went back for the dog.”"])
        #expect(l.quotes.count == 1, "\(l.quotes.map(\.text))")
        #expect(l.quotes.first?.instances.count == 2)
    }

    @Test func aShortSharedPhraseIsNotEnough() {
        let l = QuoteExtractionTests.ledger(
            ["Nia Cole said: “We were lucky. The council has still not told us when the road will reopen to traffic.”"],
            ["Nia Cole said: “We were lucky, and I want to thank every single neighbour who came round with food and blankets.”"])
        #expect(l.quotes.count == 2, "\(l.quotes.map(\.text))")
    }

    @Test func wordsBothQuoteFromSomeoneElseMakeNoRun() {
        let l = QuoteExtractionTests.ledger(
            ["Nia Cole said: “For nineteen days the families on our street waited in the rain because the council told us, ‘The road will be open again by Friday at the latest.’ Now they have promised us a bus.”"],
            ["Nia Cole said: “When the council told us ‘the road will be open again by Friday at the latest,’ I booked the removal van and took the children to my mother’s.”"])
        #expect(l.quotes.filter { !$0.instances.contains(where: \.nested) }.count == 2, "\(l.quotes.map(\.text))")
    }

    @Test func theRunCountsWordsInARowAndNeedsEight() {
        #expect(QuoteGrouper.sharedRun(["we", "were", "lucky"], ["we", "were", "lucky"]) == nil)
        #expect(QuoteGrouper.sharedRun("a b c d e f g h i".split(separator: " ").map(String.init),
                                       "x a b c d e f g h y".split(separator: " ").map(String.init)) == 8)
    }
}
