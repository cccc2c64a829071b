import Foundation
import Testing
@testable import ParallaxCore

/// Shares as fractions ("one in four", "a third of", "by almost a third") are loose percentages; a label's figure
/// ("Turnout: 32.6%.") is compared with the same thing's figure in a longer sentence; "Turnout was 36.2 per cent"
/// is a percentage of turnout, not of "was". Our own sentences.
@Suite struct SharesAndLabelsTests {
    static func percentConflicts(_ l: DetailLedger) -> [[String]] {
        l.details.filter { $0.kind == "percent" && $0.status == .conflict }.map { $0.claims.map(\.text) }
    }

    static func share(_ text: String) -> (Double, Double)? {
        for v in DetailLedgerTests.values(text) { if case let .share(l, h) = v { return (l, h) } }
        return nil
    }

    @Test func fractionsAreShares() {
        let quarter = Self.share("One in four entrants was running for the first time.")
        #expect(quarter.map { abs($0.0 - 22.5) < 0.01 && abs($0.1 - 27.5) < 0.01 } == true)
        let third = Self.share("Passenger numbers rose by almost a third last year.")
        #expect(third.map { abs($0.0 - 80.0 / 3) < 0.01 && abs($0.1 - 100.0 / 3) < 0.01 } == true)
        #expect(Self.share("Mayoral elections rarely get a third of voters out.") != nil)
        #expect(Self.share("Two-thirds of the members voted for it.") != nil)
        // not shares: an ordinal, an amount, a half of a time
        #expect(Self.share("She is seeking a third term.") == nil)
        #expect(DetailLedgerTests.values("She is seeking a third term.") == [.ordinal(3)])
        #expect(Self.share("The race raised a quarter of a million pounds.") == nil)
        #expect(Self.share("Sales fell in the first half of the year.") == nil)
    }

    @Test func aShareConflictsWithAPercentageOfTheSameChange() {
        let l = DetailLedgerTests.ledger(
            ["Brennock handled 9.6 million passengers, and passenger numbers rose 12% last year as new routes opened."],
            ["Passenger numbers rose by almost a third last year, helped by new holiday routes."])
        #expect(Self.percentConflicts(l) == [["12%", "almost a third last year"]])
    }

    @Test func aLabelsFigureMeetsTheSameThingsFigure() {
        let l = DetailLedgerTests.ledger(
            ["The result: Vance won by 8,242 votes. Turnout: 32.6%."],
            ["Turnout was 36.2 per cent, up from 29.5 per cent at the last election in 2022."])
        #expect(Self.percentConflicts(l) == [["32.6%", "36.2 per cent"]])
        // a label of something else stays apart
        let other = DetailLedgerTests.ledger(
            ["The result: Vance won by 8,242 votes. Rejected: 1.2%."],
            ["Turnout was 36.2 per cent, up from 29.5 per cent at the last election in 2022."])
        #expect(Self.percentConflicts(other).isEmpty)
    }
}
