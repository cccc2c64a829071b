import Foundation
import Testing
@testable import ParallaxCore

/// A time said as a bound ("landed just before 10am", "shortly after 9pm") holds any moment on its side within an
/// hour: it does not conflict with "landed at 09:47", but does with a moment past the bound ("at about 10.45am").
/// The same reading either way still agrees. Our own sentences.
@Suite struct TimeBoundTests {
    static let exact = ["The ferry from Ardmore reached the harbour at 09:47 on Tuesday after a slow crossing in the fog."]

    @Test func aMomentInsideTheBoundIsNoConflict() {
        let l = DetailLedgerTests.ledger(Self.exact,
            ["The ferry from Ardmore reached the harbour just before 10am on Tuesday after a slow crossing in the fog."])
        #expect(!l.details.contains { $0.kind == "time" && $0.status == .conflict })
        let after = DetailLedgerTests.ledger(
            ["The ferry from Ardmore reached the harbour at 10.20am on Tuesday after a slow crossing in the fog."],
            ["The ferry from Ardmore reached the harbour shortly after 10am on Tuesday after a slow crossing in the fog."])
        #expect(!after.details.contains { $0.kind == "time" && $0.status == .conflict })
    }

    @Test func aMomentPastTheBoundStillConflicts() {
        let l = DetailLedgerTests.ledger(
            ["The ferry from Ardmore reached the harbour at about 10.45am on Tuesday after a slow crossing in the fog."],
            ["The ferry from Ardmore reached the harbour just before 10am on Tuesday after a slow crossing in the fog."])
        #expect(l.details.contains { $0.kind == "time" && $0.status == .conflict })
        // and a bound with the same reading agrees, as two exact times do
        let same = DetailLedgerTests.ledger(
            ["The ferry from Ardmore reached the harbour at 10am on Tuesday after a slow crossing in the fog."],
            ["The ferry from Ardmore reached the harbour shortly after 10am on Tuesday after a slow crossing in the fog."])
        #expect(same.details.contains { $0.kind == "time" && $0.status == .agree })
    }
}
