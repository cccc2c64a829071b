import Foundation
import Testing
@testable import ParallaxCore

/// Amounts written as words or joined by hyphens, as UK and features copy writes them: a rank ("third-busiest"),
/// money before a noun ("a two-billion-pound expansion"), a length in words ("four kilometres") and a round count
/// ("three thousand jobs"). Our own sentences.
@Suite struct RankAndWordAmountTests {
    static func conflicts(_ l: DetailLedger, _ kind: String) -> [[String]] {
        l.details.filter { $0.kind == kind && $0.status == .conflict }.map { $0.claims.map(\.text) }
    }

    @Test func ranksAreOrdinalsOfTheirSuperlative() {
        #expect(DetailLedgerTests.values("Brennock is the country's third-busiest airport.") == [.ordinal(3)])
        #expect(DetailLedgerTests.values("It is the 10th-largest economy.") == [.ordinal(10)])
        #expect(DetailLedgerTests.values("A well-known second-hand shop.").isEmpty)
        let l = DetailLedgerTests.ledger(
            ["Ministers approved the expansion of Brennock Airport, the country's third-busiest airport, on Tuesday."],
            ["Brennock Airport, the fifth-busiest airport in the country, won approval for its expansion from ministers on Tuesday."])
        #expect(Self.conflicts(l, "ordinal") == [["third-busiest airport", "fifth-busiest airport"]])
        // a rank by another measure is another fact
        let other = DetailLedgerTests.ledger(
            ["Brennock, the country's third-busiest airport, won approval for its expansion on Tuesday."],
            ["Brennock, the country's fifth-largest airport, won approval for its expansion on Tuesday."])
        #expect(Self.conflicts(other, "ordinal").isEmpty)
    }

    @Test func hyphenatedMoneyBeforeANoun() {
        #expect(DetailLedgerTests.values("Ministers backed a two-billion-pound expansion.") == [.money(currency: "GBP", low: 2e9, high: 2e9, tolerance: 0.5e9)])
        #expect(DetailLedgerTests.values("They set up a 50-million-euro fund.") == [.money(currency: "EUR", low: 50e6, high: 50e6, tolerance: 0.5e6)])
        #expect(DetailLedgerTests.values("It was a multi-million-pound deal.").isEmpty)
        let l = DetailLedgerTests.ledger(
            ["Ministers on Tuesday approved the £1.4bn expansion of Brennock Airport and its second runway."],
            ["Ministers on Tuesday backed a two-billion-pound expansion of Brennock Airport and its second runway."])
        #expect(Self.conflicts(l, "money") == [["£1.4bn", "two-billion-pound"]])
    }

    @Test func lengthsInWordsAndRoundCounts() {
        let l = DetailLedgerTests.ledger(
            ["Most runners tackled the new riverside loop, four kilometres long, that replaced the climb past the gasworks."],
            ["The 6km riverside loop, which replaced the climb past the old gasworks, was the talk of the finish."])
        #expect(Self.conflicts(l, "count") == [["four kilometres", "6km"]])
        // "three thousand jobs" is one count of 3,000, not also three of "thousand jobs"
        #expect(DetailLedgerTests.values("The owner says three thousand jobs will be created.") == [.count(3000)])
    }
}
