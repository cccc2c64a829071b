import Testing
@testable import ParallaxCore

/// Counts of one noun that belong to different people (`CountOwners`), and lengths of time counted back from
/// now (`DetailExtractor.agoMarker`): neither is a conflict. Rules from the ninth blind story's details (our own
/// sentences here).
@Suite struct CountOwnersTests {
    @Test func votesOfDifferentCandidatesAreNoConflict() {
        let l = DetailLedgerTests.ledger(
            ["Marta Quell, 52, took 31,204 votes in the count on Friday night.",
             "Ivo Brandt of the Harbour Party came second with 22,861 votes."],
            ["Ms Quell beat her rival Ivo Brandt by 8,343 votes, the count showed on Friday."])
        #expect(!l.details.contains { $0.kind == "count" && $0.status == .conflict },
                "\(l.details.filter { $0.kind == "count" }.map { ($0.status, $0.claims.map(\.text)) })")
    }

    @Test func oneCandidatesVotesToldDifferentlyStillConflict() {
        let l = DetailLedgerTests.ledger(
            ["Marta Quell, 52, took 31,204 votes in the count on Friday night."],
            ["Ms Quell took 32,104 votes in the count on Friday night."])
        #expect(l.details.contains { $0.kind == "count" && $0.status == .conflict },
                "\(l.details.filter { $0.kind == "count" }.map { ($0.status, $0.claims.map(\.text)) })")
    }

    @Test func aMomentYearsAgoIsNoLengthOfRule() {
        let l = DetailLedgerTests.ledger(
            ["The win ends 18 years in which the Harbour Party ran the council."],
            ["The former teacher, who only joined the Harbour Party council race four years ago, ends its run on the council."])
        #expect(!l.details.contains { $0.kind == "duration" && $0.status == .conflict },
                "\(l.details.filter { $0.kind == "duration" }.map { ($0.status, $0.claims.map(\.text)) })")
    }

    @Test func twoLengthsOfOneRuleStillConflict() {
        let l = DetailLedgerTests.ledger(
            ["The win ends 18 years in which the Harbour Party ran the council."],
            ["The win ends 16 years in which the Harbour Party ran the council."])
        #expect(l.details.contains { $0.kind == "duration" && $0.status == .conflict },
                "\(l.details.filter { $0.kind == "duration" }.map { ($0.status, $0.claims.map(\.text)) })")
    }
}
