import Testing
@testable import ParallaxCore

/// Two counts of one counted word that lie orders of magnitude apart count different things, so they are no
/// conflict (`DetailMatcher.mayMisreport`); a slipped digit or a rough count still is. Found on the tenth blind
/// story, where the staff ("1,900 people") shared the conflict row of the customers ("2.3 million people").
@Suite struct CountMisreportTests {
    static func counts(_ l: DetailLedger) -> [(DetailStatus, [String])] {
        l.details.filter { $0.kind == "count" }.map { ($0.status, $0.claims.map(\.text)) }
    }

    @Test func staffAndCustomersAreDifferentCounts() {
        let l = DetailLedgerTests.ledger(
            ["The thieves copied the records of 3.2 million people, the pharmacy said on Monday.",
             "The pharmacy, which employs around 1,900 people, said it had told the regulator."],
            ["The records of about 2.3 million people were copied, the pharmacy said on Monday.",
             "The pharmacy employs about 1,900 people and said it had told the regulator."])
        let conflict = l.details.first { $0.kind == "count" && $0.status == .conflict }
        #expect(conflict.map { Set($0.claims.map(\.text)) } == ["3.2 million people", "about 2.3 million people"], "\(Self.counts(l))")
        #expect(l.details.contains { $0.kind == "count" && $0.status == .agree && $0.claims.allSatisfy { $0.text.contains("1,900") } },
                "\(Self.counts(l))")
    }

    /// "14 priceless carved masks": the counted noun after two modifiers is what is counted, so the count is
    /// compared with "twelve masks" of another outlet (found on the nineteenth blind story, not blind).
    @Test func theCountedNounAfterTwoModifiers() {
        let l = DetailLedgerTests.ledger(
            ["The museum handed back twelve masks to the island village on Tuesday."],
            ["The museum handed back 14 priceless carved masks to the island village on Tuesday."])
        let conflict = l.details.first { $0.kind == "count" && $0.status == .conflict }
        #expect(conflict.map { Set($0.claims.map(\.text)) } == ["twelve masks", "14 priceless carved masks"], "\(Self.counts(l))")
    }

    @Test func aCrowdToldAsHundredsOrThousandsStillConflicts() {
        let l = DetailLedgerTests.ledger(
            ["Several hundred protesters gathered outside the palace on Tuesday."],
            ["Thousands of protesters gathered outside the palace on Tuesday."])
        #expect(l.details.contains { $0.kind == "count" && $0.status == .conflict }, "\(Self.counts(l))")
    }

    @Test func thousandsForMillionsWithTheSameDigitsStillConflicts() {
        #expect(DetailMatcher.mayMisreport(.count(low: 1_100_000, high: 1_100_000), .count(low: 1_100, high: 1_100)))
        #expect(!DetailMatcher.mayMisreport(.count(low: 2_300_000, high: 2_300_000), .count(low: 1_900, high: 1_900)))
        #expect(!DetailMatcher.mayMisreport(.count(low: 8, high: 8), .count(low: 140_000, high: 10_000_000)))
    }

    /// The fuzz of "about" at an edge is no agreement: 1,900 is not "thousands" (found on the tenth blind story, where
    /// the lead's "Thousands of people across" the county agreed with the staff's "around 1,900 people").
    @Test func aRoughCountAgreesOnlyWhereTheIntervalsReallyMeet() {
        let about1900 = DetailValue.count(low: 1_900 * 0.85, high: 1_900 * 1.15)
        #expect(!about1900.isCompatible(with: .count(low: 2_000, high: 9_999)))
        #expect(DetailValue.count(low: 2_100 * 0.85, high: 2_100 * 1.15).isCompatible(with: .count(low: 2_000, high: 9_999)))
        #expect(DetailValue.count(low: 255, high: 345).isCompatible(with: .count(low: 300.3, high: 450)), "about 300 / more than 300")
        #expect(DetailValue.count(low: 14, high: 21).isCompatible(with: .count(low: 16, high: 16)), "at least 14 / 16")
        #expect(!DetailValue.count(low: 14, high: 21).isCompatible(with: .count(low: 22, high: 22)))
        let l = DetailLedgerTests.ledger(
            ["Thousands of people across the county were told on Monday that their records had been copied.",
             "The pharmacy, which employs around 1,900 people, said it had told the regulator."],
            ["The pharmacy employs about 1,900 people and said it had told the regulator."])
        #expect(!l.details.contains { d in d.kind == "count" && d.claims.contains { $0.text.hasPrefix("Thousands") } && d.status != .single },
                "\(Self.counts(l))")
    }

    /// "two other tigers" are those besides the one the story is about: no total of the zoo's tigers contradicts them.
    @Test func someBesidesAreNoTotal() {
        let l = DetailLedgerTests.ledger(
            ["The zoo keeps three tigers in its big-cat house, the keeper said."],
            ["The zoo's two other tigers never left the big-cat house, the keeper said."])
        #expect(!l.details.contains { $0.kind == "count" && $0.status == .conflict }, "\(Self.counts(l))")
    }

    @Test func aCountAgainstAnotherCountOfTheSameThingStillConflicts() {
        let l = DetailLedgerTests.ledger(
            ["The zoo keeps three tigers in its big-cat house, the keeper said."],
            ["The zoo keeps four tigers in its big-cat house, the keeper said."])
        #expect(l.details.contains { $0.kind == "count" && $0.status == .conflict }, "\(Self.counts(l))")
    }
}
