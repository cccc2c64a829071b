import Foundation
import Testing
@testable import ParallaxCore

/// Two false conflicts of real pages (stop 37), on sentences of our own: a rough time ("around 8pm") holds a moment a
/// few minutes off ("7.55pm"), and a bound before a lettered currency symbol ("over NZ$300,000") is read as a bound, so
/// the exact figure it covers ("NZ$301,500") fits it.
@Suite struct RoughTimeAndSymbolBoundTests {
    @Test func aMomentWithinARoughTimeIsNoConflict() {
        let l = DetailLedgerTests.ledger(
            ["The last of the miners climbed out of the shaft at 7.55pm on Friday, cheered by their families."],
            ["The last of the miners climbed out of the shaft around 8pm on Friday, cheered by their families."])
        #expect(!l.details.contains { $0.kind == "time" && $0.status == .conflict })
    }

    @Test func aMomentFarFromARoughTimeStillConflicts() {
        let l = DetailLedgerTests.ledger(
            ["The last of the miners climbed out of the shaft at 7.25pm on Friday, cheered by their families."],
            ["The last of the miners climbed out of the shaft around 8pm on Friday, cheered by their families."])
        #expect(l.details.contains { $0.kind == "time" && $0.status == .conflict })
    }

    @Test func aBoundBeforeALetteredSymbolIsABound() {
        let v = MoneyTransactionTests.value("The paintings were worth over NZ$300,000 in all.")
        guard case let .money(_, low, high, _) = v else { Issue.record("no money"); return }
        #expect(low == 300_000 && high > 300_000)
        let about = MoneyTransactionTests.value("The paintings were worth about NZ$301,500 in all.")
        guard case let .money(_, l2, h2, _) = about else { Issue.record("no money"); return }
        #expect(l2 < 301_500 && h2 > 301_500)
    }

    @Test func anExactFigureFitsABoundOverItsRoundNumber() {
        let s = MoneyTransactionTests.money(
            ["The curator said the paintings given to the gallery were worth NZ$301,500 in all."],
            ["The curator said the paintings given to the gallery were worth over NZ$300,000 in all."])
        #expect(!s.contains(.conflict))
        // a figure below the bound still conflicts with it
        let below = MoneyTransactionTests.money(
            ["The curator said the paintings given to the gallery were worth NZ$210,000 in all."],
            ["The curator said the paintings given to the gallery were worth over NZ$300,000 in all."])
        #expect(below.contains(.conflict))
    }
}
