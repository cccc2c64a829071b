import Testing
@testable import ParallaxCore

/// Quote rules added after the blind story's first run (README "Quotes and details"), on our own sentences.
@Suite struct QuoteUnseenCopyTests {
    static func ledger(_ articles: [(String, [String])]) -> QuoteLedger {
        QuoteLedger.build(story: Story(id: "t", path: "t", articles: articles.map { QuoteExtractionTests.article($0.0, $0.1) }))
    }

    @Test func quoteInASubheadingIsNotListed() {
        var a = QuoteExtractionTests.article("a", [
            "Mayor: 'We will rebuild the bridge'",
            "The mayor, Ana Ruiz, told the council: “We will rebuild the bridge, and we will start this winter.”",
        ])
        a.paragraphs[0].isHeading = true
        let l = QuoteLedger.build(story: Story(id: "t", path: "t", articles: [a]))
        #expect(l.quotes.flatMap(\.instances).map(\.paragraph) == [1])
    }

    @Test func aParticipleBeforeAPassiveInfinitiveSpeaksForNoOne() {
        // "written to be quoted" describes the line; the speaker is who delivered it.
        let l = Self.ledger([("a", [
            "At the briefing the minister Tove Brandt gave a phrase plainly written to be quoted: “A bridge is a promise.”",
        ])])
        #expect(l.quotes.first?.instances.first?.speaker == "Tove Brandt")
    }

    @Test func firmJoinedByAmpersandIsNoPronounAntecedent() {
        let l = Self.ledger([("a", [
            "Can the bonds be sold quickly? Not easily, says Maria Lind of the brokers Lind & Koval.",
            "“Buyers want a record of every trade. Nobody has one for these,” she told the paper.",
        ])])
        #expect(l.quotes.first?.instances.first?.speaker == "Maria Lind")
    }

    @Test func shortFormIsNotExpandedIntoANonPerson() {
        // "the Prado" must not become "Prado Futures", a programme another outlet names.
        let l = Self.ledger([
            ("a", ["The Prado said it would stay shut “for safety reasons” until Friday."]),
            ("b", ["In May the minister announced Prado Futures, a plan to rebuild the north wing."]),
        ])
        let speaker = l.quotes.first?.instances.first?.speaker
        #expect(speaker != "Prado Futures")
    }
}
