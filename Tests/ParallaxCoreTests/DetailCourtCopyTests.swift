import Testing
@testable import ParallaxCore

/// Details rules added after the fourth blind story's first run (README "Quotes and details"), on our own
/// sentences.
@Suite struct DetailCourtCopyTests {
    @Test func anAcronymForACommonNounIsNoConflict() {
        let l = DetailLedgerTests.ledger(
            ["Speaking outside court, Dr Omar Haddad, a general practitioner from Harlow who lost $12,000, said he felt cheated."],
            ["Dr Omar Haddad, a Harlow GP who lost $12,000, said he felt cheated."])
        #expect(!l.details.contains { $0.kind == "object" && $0.status == .conflict }, "\(l.details.filter { $0.kind == "object" })")
    }

    @Test func noLessThanIsAFloor() {
        // "no less than six years" and "about four years" are two requests, not one agreeing figure.
        let l = DetailLedgerTests.ledger(
            ["The prosecution sought a term of no less than six years, while the defence argued for about four years."],
            ["The prosecution sought a term of at least six years; the defence argued for four years."])
        let durations = l.details.filter { $0.kind == "duration" }
        #expect(!durations.contains { d in d.claims.contains { $0.text.contains("six") } && d.claims.contains { $0.text.contains("four") } },
                "\(durations.map { $0.claims.map(\.text) })")
        #expect(!l.details.contains { $0.status == .conflict }, "\(l.details.filter { $0.status == .conflict })")
    }
}
