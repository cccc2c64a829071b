import Foundation
import Testing
@testable import ParallaxCore

/// "the 83-year-old physicist": an age with no name belongs to the one person its paragraph names before it.
@Suite struct UnnamedAgeTests {
    static func ages(_ l: DetailLedger) -> [Detail] { l.details.filter { $0.kind == "age" } }

    @Test func theParagraphsOnePersonTakesTheAge() {
        let l = DetailLedgerTests.ledger(
            ["Karl Brandt, 61, has run the bakery on the square since 1990."],
            ["The phone rang at Karl Brandt's house before dawn. The caller told the 62-year-old baker that he had won."])
        let age = Self.ages(l).first { $0.status == .conflict }
        #expect(age?.claims.map(\.text) == ["Brandt, 61", "the 62-year-old baker"])
    }

    @Test func twoPeopleOrNoneLeaveTheAgeUnread() {
        let two = DetailLedgerTests.ledger(
            ["Karl Brandt, 61, has run the bakery on the square since 1990."],
            ["Karl Brandt and Helen Moss run the bakery. The caller told the 62-year-old baker that he had won."])
        #expect(!Self.ages(two).contains { $0.claims.contains { $0.text.contains("year-old") } })
        let none = DetailLedgerTests.ledger(
            ["Karl Brandt, 61, has run the bakery on the square since 1990."],
            ["The phone rang before dawn. The caller told the 62-year-old baker that he had won."])
        #expect(!Self.ages(none).contains { $0.claims.contains { $0.text.contains("year-old") } })
        // "a 62-year-old man" brings in someone new
        let fresh = DetailLedgerTests.ledger(
            ["Karl Brandt, 61, has run the bakery on the square since 1990."],
            ["Karl Brandt opened the door. Police said a 62-year-old man was arrested nearby."])
        #expect(!Self.ages(fresh).contains { $0.claims.contains { $0.text.contains("year-old") } })
        // a name after the age comes later: only names before it count
        let after = DetailLedgerTests.ledger(
            ["Karl Brandt, 61, has run the bakery on the square since 1990."],
            ["The caller told the 62-year-old baker, Karl Brandt's neighbour, that he had won."])
        #expect(!Self.ages(after).contains { $0.claims.contains { $0.text.contains("year-old") } })
    }
}
