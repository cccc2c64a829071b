import Testing
@testable import ParallaxCore

/// A syndicating site's header row pasted as one line goes; bylines and sentences of other shapes stay as before.
@Suite struct GluedBylineRowTests {
    @Test func aGluedHeaderRowGoes() {
        let story = [
            "PINE HOLLOW, Ore. (AP) — Crews held the fire line overnight as cooler air moved over the ridge, officials said.",
            "The blaze has burned 40 square miles of timber since it started on Tuesday.",
        ]
        let row = "Crews hold the line as cooler air reaches Pine HollowBy ANA RUIZ and TOM BELLAssociated PressThe Associated PressPINE HOLLOW, Ore."
        let a = pasted(["Crews hold the line as cooler air reaches Pine Hollow", row] + story)
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.removed.contains { $0.text == row && $0.reason.hasPrefix("byline") })
        #expect(ChromeRules.isGluedBylineRow("Fire crews gain groundBy JANE ROEReuters", words: 5))
    }

    @Test func sentencesAndPlainBylinesAreNoGluedRow() {
        #expect(!ChromeRules.isGluedBylineRow("Written By JANE ROE and TOM BELL for the Pine Hollow Courier.", words: 12))
        #expect(!ChromeRules.isGluedBylineRow("The lodge was run By Ana Ruiz until last year.", words: 9))
        #expect(!ChromeRules.isGluedBylineRow("Stand By ME, the film, was shown at the lodge.", words: 10))
    }
}
