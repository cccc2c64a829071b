import Foundation
import Testing
@testable import ParallaxCore

/// "the 83-year-old physicist": an age with no name belongs to the one person its paragraph names before it.
@Suite struct UnnamedAgeTests {
    static func ages(_ l: DetailLedger) -> [Detail] { l.details.filter { $0.kind == "age" } }

    /// Whether the "N-year-old" of `text` is read as an age, against Karl Brandt's age in a first outlet.
    static func readsUnnamedAge(_ text: String) -> Bool {
        let l = DetailLedgerTests.ledger(["Karl Brandt, 61, has run the bakery on the square since 1990."], [text])
        return ages(l).contains { $0.claims.contains { $0.text.contains("year-old") } }
    }

    @Test func theParagraphsOnePersonTakesTheAge() {
        let l = DetailLedgerTests.ledger(
            ["Karl Brandt, 61, has run the bakery on the square since 1990."],
            ["The phone rang at Karl Brandt's house before dawn. The caller told the 62-year-old baker that he had won."])
        let age = Self.ages(l).first { $0.status == .conflict }
        #expect(age?.claims.map(\.text) == ["Brandt, 61", "the 62-year-old baker"])
    }

    @Test func theEpithetOpeningAParagraphIsThePreviousParagraphsPerson() {
        let l = DetailLedgerTests.ledger(
            ["Karl Brandt, 61, has run the bakery on the square since 1990."],
            ["Karl Brandt has sold the bakery on the square.", "The 62-year-old, who opened it in 1990, will retire to the coast."])
        #expect(Self.ages(l).first { $0.status == .conflict }?.claims.map(\.text) == ["Brandt, 61", "The 62-year-old"])
        let m = DetailLedgerTests.ledger(
            ["Karl Brandt, 61, has run the bakery on the square since 1990."],
            ["Karl Brandt has sold the bakery on the square.", "The 62-year-old was given a cake by his staff."])
        #expect(Self.ages(m).first { $0.status == .conflict }?.claims.map(\.text) == ["Brandt, 61", "The 62-year-old"])
        // Two people in the paragraph before: the epithet may be either, so no age is read.
        let n = DetailLedgerTests.ledger(
            ["Karl Brandt, 61, has run the bakery on the square since 1990."],
            ["Karl Brandt has sold the bakery to Helen Moss.", "The 62-year-old was given a cake by the staff."])
        #expect(!Self.ages(n).contains { $0.status == .conflict })
    }

    @Test func aNationalityAfterTheAgeIsNoName() {
        let l = DetailLedgerTests.ledger(
            ["Karl Brandt, 61, has run the bakery on the square since 1990."],
            ["Karl Brandt has sold up. The buyers paid the 62-year-old German more than they had offered."])
        #expect(Self.ages(l).first { $0.status == .conflict }?.claims.map(\.text) == ["Brandt, 61", "the 62-year-old German"])
    }

    @Test func twoPeopleOrNoneLeaveTheAgeUnread() {
        #expect(Self.readsUnnamedAge("The phone rang at Karl Brandt's house before dawn. The caller told the 62-year-old baker that he had won."))
        #expect(!Self.readsUnnamedAge("Karl Brandt and Helen Moss run the bakery. The caller told the 62-year-old baker that he had won."))
        #expect(!Self.readsUnnamedAge("The phone rang before dawn. The caller told the 62-year-old baker that he had won."))
        // "a 62-year-old man" brings in someone new
        #expect(!Self.readsUnnamedAge("Karl Brandt opened the door. Police said a 62-year-old man was arrested nearby."))
        // a name after the age comes later: only names before it count
        #expect(!Self.readsUnnamedAge("The caller told the 62-year-old baker, Karl Brandt's neighbour, that he had won."))
    }

    /// "92-year-old elder Walter Kinnear": a role's word or two between the age and a full name; the age is the
    /// name's, and compares with the same person's age elsewhere.
    @Test func aRoleBetweenTheAgeAndAFullName() {
        let l = DetailLedgerTests.ledger(
            ["Karl Brandt, 61, has run the bakery on the square since 1990."],
            ["The oldest trader on the square, 62-year-old baker Karl Brandt, opened at dawn."])
        let age = Self.ages(l).first { $0.status == .conflict }
        #expect(age?.claims.map(\.text) == ["Brandt, 61", "62-year-old baker Karl Brandt"])
        // a role and then no full name: no age read this way
        #expect(!Self.readsUnnamedAge("A 62-year-old baker Tuesday was fined."))
    }
}
