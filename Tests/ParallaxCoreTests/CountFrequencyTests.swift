import Foundation
import Testing
@testable import ParallaxCore

/// "rung 88 times" counts how often a bell was rung, "recorded more than 40 times" how often a piece was recorded:
/// counts of times are compared only when the same thing was done. Our own sentences.
@Suite struct CountFrequencyTests {
    static func countConflicts(_ l: DetailLedger) -> [[String]] {
        l.details.filter { $0.kind == "count" && $0.status == .conflict }.map { $0.claims.map(\.text) }
    }

    @Test func timesOfDifferentDoingsAreNoConflict() {
        let l = DetailLedgerTests.ledger(
            ["The church bell will be rung 88 times at noon, once for every year of her life."],
            ["Her lament for the drowned crew has been recorded more than 40 times, by choirs from every county."])
        #expect(Self.countConflicts(l).isEmpty)
    }

    @Test func timesOfOneDoingStillConflict() {
        let l = DetailLedgerTests.ledger(
            ["The striker was booked 12 times in the league this season, a club record."],
            ["The striker was booked nine times in the league this season, a club record."])
        #expect(Self.countConflicts(l) == [["12 times", "nine times"]])
    }
}
