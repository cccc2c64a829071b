import Foundation
import Testing
@testable import ParallaxCore

/// Two times of one moment conflict when the words right around them name it, in sentences that otherwise differ
/// ("declared at 3.40am" / "The declaration finally came at 4.10am"); half an hour between near times is no zone
/// difference. Our own sentences.
@Suite struct TimeConflictTests {
    @Test func halfAnHourApartIsNoZone() {
        #expect(!DetailValue.time(3 * 60 + 40).mayDifferOnlyByZone(.time(4 * 60 + 10)))
        #expect(DetailValue.time(20 * 60).mayDifferOnlyByZone(.time(21 * 60)))
        #expect(DetailValue.time(9 * 60).mayDifferOnlyByZone(.time(14 * 60 + 30)))  // Europe and India
        #expect(DetailValue.time(23 * 60 + 30).mayDifferOnlyByZone(.time(30)))  // across midnight
    }

    @Test func oneMomentNamedAroundBothTimesConflicts() {
        let l = DetailLedgerTests.ledger(
            ["The result was declared at 3.40am on Friday at the leisure centre after a recount of the Eastgate ward."],
            ["The declaration finally came at 4.10am, more than two hours late, after the Eastgate ward was counted again."])
        let conflict = l.details.first { $0.kind == "time" && $0.status == .conflict }
        #expect(conflict?.claims.map(\.text) == ["3.40am", "4.10am"])
        // different moments of the night, in the same words otherwise
        let other = DetailLedgerTests.ledger(
            ["The count began at 11.20pm at the leisure centre after the polls closed across the Eastgate ward."],
            ["The declaration finally came at 4.10am, more than two hours late, after the Eastgate ward was counted again."])
        #expect(!other.details.contains { $0.kind == "time" && $0.status == .conflict })
    }
}
