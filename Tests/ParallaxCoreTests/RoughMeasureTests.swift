import Testing
@testable import ParallaxCore

/// "thousands of feet down" is a depth in words, no count of things, so it meets no figure of the same
/// unit ("1,600 feet from the wreck") as a conflicting count (stop 36, real pages kept outside the repository).
/// Sentences of our own.
@Suite struct RoughMeasureTests {
    @Test func aRoughDepthIsNoCount() {
        let l = DetailLedgerTests.ledger(
            ["A robot found the lander's frame about 1,600 feet from the wreck on Thursday."],
            ["The crew of the lander were thousands of feet down when contact was lost."])
        #expect(!l.details.contains { $0.status == .conflict }, "\(l.details.filter { $0.status == .conflict })")
    }

    @Test func aRoughCountOfThingsStillCounts() {
        let l = DetailLedgerTests.ledger(
            ["Thousands of protesters marched through the capital on Sunday."],
            ["About 300 protesters marched through the capital on Sunday."])
        #expect(l.details.contains { $0.kind == "count" && $0.status == .conflict }, "\(l.details.map { ($0.kind, $0.claims.map(\.text)) })")
    }
}
