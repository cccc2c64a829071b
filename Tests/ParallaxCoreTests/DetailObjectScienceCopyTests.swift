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

    @Test func aBodyNamedInFullWhereTheOtherSentenceUsesItsInitialsIsNoObject() {
        let a = "HSB chair Ann Vale spoke on Monday, explaining that the ferry, certified for fewer than 300 passengers, does not need an exit at the location of the broken hatch."
        let b = "Had the ferry reached open water, it may have been far worse, with passengers walking on the deck, said Ann Vale, chair of the Harbour Safety Board."
        let found = DetailObjects.differences(a, Tokenizer.tokens(a), b, Tokenizer.tokens(b), alignedOK: true)
        #expect(!found.contains { $0.3.contains("board") || $0.2.contains("board") }, "\(found)")
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

/// Two descriptions of one person's field, "a cardiologist at" / "Chair of Cardiology at", are one word family,
/// not two named things in conflict; a different field still is (blind13 findings). Our own sentences.
@Suite struct WordFamilyObjectTests {
    @Test func oneFieldInTwoWordsIsNoConflict() {
        let l = DetailLedgerTests.ledger(
            ["The study was led by Anna Lind, a cardiologist at the University of Westby, who presented it on Monday."],
            ["The study was led by Anna Lind, Chair of Cardiology at the University of Westby, who presented it on Monday."])
        #expect(DetailDiplomaticCopyTests.objects(l).isEmpty, "\(DetailDiplomaticCopyTests.objects(l))")
    }

    @Test func theFamilyTestNeedsALongSharedStem() {
        #expect(DetailObjects.sameWordFamily(["cardiologist"], ["cardiolog"]))
        #expect(DetailObjects.sameWordFamily(["economist"], ["econom"]))
        #expect(!DetailObjects.sameWordFamily(["leed"], ["leicest"]))
        #expect(!DetailObjects.sameWordFamily(["northgat"], ["northern"]))
    }
}
