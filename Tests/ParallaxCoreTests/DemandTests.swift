import Foundation
import Testing
@testable import ParallaxCore

/// A floor someone asks for ("sought a sentence of no less than 16 years") is the figure asked for: "asked for 18
/// years" reports another demand, not one inside it. Floors of a count ("at least 14 dead") stay floors. Our own
/// sentences.
@Suite struct DemandTests {
    @Test func aDemandedFloorIsTheFigureAskedFor() {
        let v = DetailLedgerTests.values("The Crown sought a sentence of no less than 16 years.")
        let sixteen: Double = 16 * 365
        #expect(v == [DetailValue.duration(low: sixteen, high: sixteen)])
        guard case let .duration(l, h) = DetailLedgerTests.values("He will serve at least 16 years.").first else { Issue.record("no duration"); return }
        let floor: Double = 16 * 365
        #expect(l == floor)
        #expect(h > l)
    }

    @Test func twoDemandsThatDifferConflict() {
        let l = DetailLedgerTests.ledger(
            ["Crown prosecutor Ellen Marsh had asked the court for a term of at least 12 years.", "The judge imposed nine years."],
            ["Prosecutors had asked for 14 years.", "The judge imposed nine years."])
        let conflict = l.details.first { $0.kind == "duration" && $0.status == .conflict }
        #expect(conflict?.claims.map(\.text) == ["at least 12 years", "14 years"])
    }
}
