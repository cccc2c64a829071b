import Foundation
import Testing
@testable import ParallaxCore

/// After a name, what differs is what the named one did ("The Marra Star left Portleven" / "the Marra Star ferry
/// lost power"): two predicates, not two versions of a thing, in sentences the aligner did not pair. Our own
/// sentences, after a first-run false conflict on the details blind set.
@Suite struct ObjectPredicateTests {
    @Test func predicatesAfterTheSameNameAreNoObjectConflict() {
        let l = DetailLedgerTests.ledger(
            ["A passenger ferry was towed back to Portleven on Wednesday after drifting for hours in heavy seas.",
             "The Marra Star left Portleven on 3 March for the overnight crossing to Kell, but both engines failed."],
            ["More than 200 passengers are back on dry land after the Marra Star ferry lost power in a storm.",
             "The ferry left Portleven on the evening of March 3, bound for Kell, when both engines failed."])
        #expect(!l.details.contains { $0.kind == "object" && $0.status == .conflict })
    }
}
