import Foundation
import Testing
@testable import ParallaxCore

/// Two dates to the day in sentences the aligner paired conflict when the words of their clauses meet, though the
/// words right around them do not ("left Portleven on 3 March" / "left Portleven on the evening of March 4").
/// Years are not read so: one sentence's 1966 storm and another's 1968 song are different facts. Our own sentences.
@Suite struct AlignedDateTests {
    @Test func aDateToldTwoWaysInAlignedSentencesConflicts() {
        let l = DetailLedgerTests.ledger(
            ["The Marra Star ferry lost power in a storm.",
             "The Marra Star left Portleven on 3 March for the overnight crossing to Kell, but both engines failed."],
            ["The Marra Star ferry lost power in a storm.",
             "The Marra Star left Portleven on the evening of March 4, bound for Kell, when both engines failed."])
        let conflict = l.details.first { $0.kind == "date" && $0.status == .conflict }
        #expect(conflict?.claims.map(\.text) == ["3 March", "March 4"])
    }
}
