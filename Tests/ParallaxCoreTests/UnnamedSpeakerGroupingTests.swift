import Testing
@testable import ParallaxCore

/// An unnamed speaker ("a judge", "the presenter") may be the person another outlet names, so it does not
/// keep two wordings of one remark apart the way two different names do — README "Quotes and details". Our
/// own sentences.
@Suite struct UnnamedSpeakerGroupingTests {
    @Test func aPhraseSpeakerJoinsTheNamedOnesWording() {
        let l = QuoteUnseenCopyTests.ledger([
            ("court", ["District Judge Ann Roper said: “Mr Vell, you knew the limit. Hurry is not an excuse.”"]),
            ("tabloid", ["The singer winced as a judge told him “hurry is not an excuse” and fined him £900."]),
        ])
        #expect(l.quotes.count == 1)
        #expect(Set(l.quotes[0].instances.map(\.speaker)) == ["Ann Roper", "a judge"])
        #expect(l.quotes[0].speaker == "Ann Roper")
    }

    @Test func twoNamesStillKeepAShortSharedPhraseApart() {
        let l = QuoteUnseenCopyTests.ledger([
            ("a", ["Ann Roper said: “Hurry is not an excuse for anyone.”"]),
            ("b", ["Tomas Vell said “hurry is not an excuse” was unfair."]),
        ])
        #expect(l.quotes.count == 2)
    }
}
