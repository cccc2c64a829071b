import Testing
@testable import ParallaxCore

/// Named-object rules added after the third blind story's first run (README "Quotes and details"), on our own
/// sentences.
@Suite struct DetailObjectScienceCopyTests {
    @Test func anAcronymAndTheNameItStandsForAreNoConflict() {
        let l = DetailLedgerTests.ledger(
            ["Dr Vale teaches at Leeds University and UC Santa Cruz and plans to retire next year."],
            ["Dr Vale teaches at Leeds University and the University of California, Santa Cruz, and plans to retire."])
        #expect(!l.details.contains { $0.kind == "object" }, "\(l.details.filter { $0.kind == "object" })")
    }

    @Test func aClauseIsNoNamedObject() {
        let l = DetailLedgerTests.ledger(
            ["In spring and summer 1990, the engineers built a prototype from two spare pumps."],
            ["In spring and summer 1990 Ana Ruiz, Tom Kerr and Lea Moss assembled a prototype from two spare pumps."])
        #expect(!l.details.contains { $0.kind == "object" }, "\(l.details.filter { $0.kind == "object" })")
    }

    @Test func aDifferentPlaceIsStillAConflict() {
        let l = DetailLedgerTests.ledger(
            ["The fire started at a bakery in Leeds on Monday night, the brigade said."],
            ["The fire started at a bakery in Wakefield on Monday night, the brigade said."])
        #expect(l.details.contains { $0.kind == "object" && $0.status == .conflict })
    }
}
