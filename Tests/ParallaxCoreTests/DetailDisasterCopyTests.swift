import Foundation
import Testing
@testable import ParallaxCore

/// Details of disaster copy (rules found on the fifth blind story, `val-serrana-flood`; sentences here are
/// our own): a rising toll counted as dead, missing, injured and evacuated people, rainfall in several units,
/// floors ("at least 14"), ages spelled out, and appositions that are not named things.
@Suite struct DetailDisasterCopyTests {
    static func values(_ text: String) -> [DetailValue] { DetailLedgerTests.values(text) }

    static func counts(_ text: String) -> [(DetailValue, Set<String>)] {
        let p = Paragraph(index: 0, text: text, sentences: SentenceSplitter.split(text), sourceLines: 1...1)
        return DetailExtractor.mentions(in: p, referenceYear: 2026).compactMap {
            if case .count = $0.value { return ($0.value, $0.context) }
            return nil
        }
    }

    static func fate(_ text: String) -> String? { counts(text).first.flatMap { CountFates.fate(of: $0.1) } }

    @Test func theFateOfTheCountedIsReadAroundTheCount() {
        #expect(Self.fate("Eleven people are still missing after the storm.") == "(fate missing)")
        #expect(Self.fate("Seven people remain unaccounted for tonight.") == "(fate missing)")
        #expect(Self.fate("At least nine walkers are now known to have died on the ridge.") == "(fate dead)")
        #expect(Self.fate("The avalanche buried the road, killing at least 14 people.") == "(fate dead)")
        #expect(Self.fate("Officials reported 21 deaths by Friday.") == "(fate dead)")
        #expect(Self.fate("The bridge collapse left 30 dead.") == "(fate dead)")
        #expect(Self.fate("Rescuers pulled out a body, bringing the death toll to 12, the ministry said.") == "(fate dead)")
        #expect(Self.fate("Forty have been taken to hospital in Turin.") == "(fate injured)")
        #expect(Self.fate("The injured are 31, two of them children.") == "(fate injured)")
        #expect(Self.fate("About 900 residents were evacuated overnight.") == "(fate evacuated)")
        #expect(Self.fate("More than 600 people have been moved out of their homes.") == "(fate evacuated)")
        // no fate: a population, a crew
        #expect(Self.fate("The town has about 2,000 people and one school.") == nil)
        #expect(Self.fate("More than 300 firefighters searched the slope.") == nil)
    }

    @Test func aDecimalReadingIsNoCountOfTheDead() {
        // a quake's magnitude before the verb of its toll; a scale makes a decimal a count again
        #expect(Self.counts("The magnitude 6.4 shock killed at least 30 people in the hill towns.").allSatisfy {
            if case .count(let low, _) = $0.0 { return low >= 30 } else { return true }
        })
        #expect(!Self.counts("Floods forced 1.5 million people from their homes.").isEmpty)
    }

    @Test func aClaimShowsTheWordsThatGiveItsFate() {
        let l = DetailLedgerTests.ledger(
            ["The regional agency said nine people are still missing after the mudslide in the valley."],
            ["The regional agency said seven people remain unaccounted for after the mudslide in the valley."])
        #expect(l.details.contains { $0.status == .conflict && $0.claims.map(\.text) == ["nine people are still missing", "seven people remain unaccounted"] })
    }

    @Test func anAnniversaryIsThatManyYears() {
        // "the 32nd anniversary of" a past disaster is "32 years to the day after" it (real quake copy)
        #expect(Self.values("The quake struck on the 32nd anniversary of the 1985 disaster.").contains(.duration(low: 32 * 365, high: 32 * 365)))
        let l = DetailLedgerTests.ledger(
            ["The strong quake struck the capital on the 32nd anniversary of the 1985 quake that killed thousands."],
            ["The strong quake shook the capital on Tuesday, 32 years to the day after the 1985 quake that killed thousands."])
        #expect(l.details.contains { $0.status == .agree && $0.claims.map(\.text) == ["32nd anniversary", "32 years"] })
    }

    @Test func aPersonOfNYearsIsNoLengthOfTime() {
        #expect(!Self.values("She climbed onto the roof with her grandson of nine years.").contains {
            if case .duration = $0 { return true } else { return false }
        })
        #expect(Self.values("The works lasted nine years.").contains { if case .duration = $0 { return true } else { return false } })
    }

    @Test func aNumberClosingAClauseCountsNothingAfterIt() {
        // "31, two of them": the comma ends the count; "four hundred" is no count of "hundreds"
        #expect(Self.counts("The injured are 31, two of them children.").allSatisfy { !$0.1.contains("two") })
        #expect(Self.counts("The mayor said 12, then corrected herself.").isEmpty)
    }

    @Test func deadAndMissingAreDifferentFacts() {
        // same noun ("people"), different fates: no conflict between them
        let l = DetailLedgerTests.ledger(
            ["The regional agency said nine people are still missing after the mudslide in the valley."],
            ["The regional agency said 15 people have died after the mudslide in the valley."])
        #expect(!l.details.contains { $0.status == .conflict })
        // one fate told two ways, different values: a conflict, even in sentences worded differently
        let c = DetailLedgerTests.ledger(
            ["Officials confirmed 11 deaths on Tuesday as the water receded."],
            ["The mudslide swept through the hamlet before dawn, killing 13 people, the prefect said."])
        #expect(c.details.contains { $0.status == .conflict && $0.claims.count == 2 })
        // "at least 13" is a floor: 15 fits it
        let ok = DetailLedgerTests.ledger(
            ["The toll rose to 15 dead on Wednesday."],
            ["The mudslide swept through the hamlet before dawn, killing at least 13 people, the prefect said."])
        #expect(ok.details.contains { $0.status == .agree && $0.claims.map(\.text) == ["15 dead", "at least 13 people"] })
    }

    @Test func floorsAndCeilingsStandAlone() {
        // "at least" and "at most" need no "than"; "no less than" and "not more than" still work
        #expect(Self.values("The storm killed at least 14 people.").first == .count(low: 14, high: 21))
        #expect(Self.values("Rescuers saved at most 20 people.").first == .count(low: 0, high: 20))
        #expect(Self.values("Police arrested no less than 30 people.").first == .count(low: 30, high: 45))
    }

    @Test func lengthsAgreeAcrossUnits() {
        let mm = Self.values("The gauge recorded 240 mm of rain in five hours.")
        let millimetres = Self.values("It recorded 240 millimetres in five hours.")
        let inches = Self.values("That is 9.4 inches of rain.")
        let glued = Self.values("Over 200mm fell on the pass.")
        guard let a = mm.first, let b = millimetres.first, let c = inches.first, let d = glued.first else {
            Issue.record("no length"); return
        }
        #expect(a == .count(low: 240, high: 240))
        #expect(a.isCompatible(with: b) && a.isCompatible(with: c) && a.isCompatible(with: d))
        #expect(!a.isCompatible(with: Self.values("The gauge recorded 180 mm of rain.")[0]))
        // a length is never a count of other things
        #expect(DetailLedgerTests.ledger(["The gauge recorded 240 mm of rain in five hours on the pass."],
                                         ["The gauge on the pass recorded 9.4 inches of rain in five hours."])
            .details.contains { $0.status == .agree && $0.claims.count == 2 && $0.kind == "count" })
    }

    @Test func anAgeSpelledOutIsAnAgeNotALengthOfTime() {
        let l = DetailLedgerTests.ledger(
            ["Among those rescued was Marisa Conti, 72 years old, who spent the night on a balcony."],
            ["Marisa Conti, 72, spent the night on her balcony until rescuers arrived."])
        #expect(l.details.contains { $0.kind == "age" && $0.status == .agree })
        #expect(!l.details.contains { $0.kind == "duration" })
        // a thing's age stays a length of time
        #expect(Self.values("The dam, now a hundred years old, held.").contains { if case .duration = $0 { return true } else { return false } })
    }

    @Test func anAppositionIsNotAVersionOfAPredicate() {
        // "The landslide, a wall of rock, …" / "The landslide struck Valdona …": no named-thing conflict
        let l = DetailLedgerTests.ledger(
            ["The landslide, a wall of rock and mud, hit the hamlet at dawn on Sunday."],
            ["The landslide struck Valdona, a hamlet of 300 people, at dawn on Sunday."])
        #expect(!l.details.contains { $0.kind == "object" })
        // two versions of one thing in the same slot still conflict
        let c = DetailLedgerTests.ledger(
            ["Survivors were taken by bus to the sports hall in Valdona on Sunday night."],
            ["Survivors were taken by bus to the sports hall in Montecasale on Sunday night."])
        #expect(c.details.contains { $0.kind == "object" && $0.status == .conflict })
    }
}
