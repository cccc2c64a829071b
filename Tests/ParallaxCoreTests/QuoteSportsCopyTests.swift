import Testing
@testable import ParallaxCore

/// Quote rules added after the second blind story's first run (README "Quotes and details"), on our own
/// sentences.
@Suite struct QuoteSportsCopyTests {
    @Test func hailedIntroducesAQuote() {
        let l = QuoteUnseenCopyTests.ledger([("a", ["Radio host Elin Sand hailed “a side that never stops running”."])])
        #expect(l.quotes.first?.instances.first?.speaker == "Elin Sand")
    }

    @Test func placeAfterTheIsNoPronounAntecedent() {
        let l = QuoteUnseenCopyTests.ledger([("a", [
            "Rosa Kemp, who runs a café near the Porta Nuova, closed early.",
            "“The square was full of smoke,” she said.",
        ])])
        #expect(l.quotes.first?.instances.first?.speaker == "Rosa Kemp")
    }

    @Test func whoAfterAPlaceBelongsToThePersonBefore() {
        // "from Port Vale, who …" does not make the town a person, so "he" is still the fan.
        let l = QuoteUnseenCopyTests.ledger([
            ("a", ["Among the fans was Omar Haddad, 29, from Port Vale, who had driven through the night."]),
            ("b", ["Omar Haddad, 29, watched in a bar in Port Vale.", "“I waited my whole life for this,” he said."]),
        ])
        let i = l.quotes.flatMap(\.instances).first { $0.article == "b" }
        #expect(i?.speaker == "Omar Haddad")
    }
}
