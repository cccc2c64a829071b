import Foundation
import Testing
@testable import ParallaxCore

/// An age at death ("who has died aged 88", "… has died. She was 88.") is the age of the one person named before
/// the death word, and conflicts with another outlet's age for that person. Our own sentences.
@Suite struct DeathAgeClaimTests {
    static func ages(_ l: DetailLedger) -> [Detail] { l.details.filter { $0.kind == "age" } }

    @Test func agesAtDeathOfOnePersonConflict() {
        let l = DetailLedgerTests.ledger(
            ["Marjorie Tallis, who has died aged 91, ran the ferry café at Brakeness for half a century."],
            ["Tributes have been paid to the Brakeness café owner Marjorie Tallis, who has died aged 92."])
        let conflict = Self.ages(l).first { $0.status == .conflict }
        #expect(conflict?.claims.map(\.text) == ["aged 91", "aged 92"])
    }

    @Test func thePronounSentenceAfterADeathGivesTheAge() {
        let l = DetailLedgerTests.ledger(
            ["Marjorie Tallis, the owner of the ferry café at Brakeness, has died. She was 91."],
            ["The café owner Marjorie Tallis died on Sunday at 91, her family said.",
             "Marjorie Tallis, 91, opened the café in 1971."])
        let ages = Self.ages(l)
        #expect(!ages.contains { $0.status == .conflict })
        let agree = ages.first { $0.status == .agree }
        #expect(agree?.claims.map(\.text).contains("She was 91") == true)
        #expect(agree?.claims.map(\.text).contains("died on Sunday at 91") == false)  // "at" must follow the death word
        #expect(agree?.claims.count == 2)
    }

    @Test func anUnnamedNewcomerOrTwoNamesGiveNoAge() {
        // the inspector did not die: "a man" brings in someone new
        let newcomer = DetailLedgerTests.ledger(
            ["Inspector Helen Garvie said a man had died aged 45 after the crash on the A90."],
            ["Inspector Helen Garvie, 52, led the inquiry."])
        #expect(!Self.ages(newcomer).contains { $0.claims.contains { $0.text.contains("aged 45") } })
        // two people named before the death: whose age it is cannot be told
        let two = DetailLedgerTests.ledger(
            ["Marjorie Tallis and her sister Agnes Tallis ran the café until Marjorie Tallis died aged 91."],
            ["Marjorie Tallis, 90, opened the café in 1971."])
        #expect(!Self.ages(two).contains { $0.claims.contains { $0.text.contains("aged 91") } })
    }

    @Test func agedAfterANameIsAnAge() {
        let l = DetailLedgerTests.ledger(
            ["The ship's master, Rhona Vell, aged 58, said the crew had kept everyone calm."],
            ["Captain Vell, 61, said nobody had panicked."])
        let conflict = Self.ages(l).first { $0.status == .conflict }
        #expect(conflict?.claims.map(\.text) == ["Vell, aged 58", "Vell, 61"])
    }
}
