import Testing
@testable import ParallaxCore

/// A "she" goes on with the subject of a sentence that opened with "she", not with the person that sentence
/// names later (blind9 finding; our sentences).
@Suite struct PronounSubjectContinuityTests {
    @Test func theSentenceSubjectGoesOn() {
        #expect(RoleNounSpeakerTests.speakers([[
            "Mayor Ana Kovac spoke first after the count.",
            "She thanked her daughter Mira, 16, for delivering leaflets all month.",
            "“We will govern for the whole city,” she said.",
        ]]) == ["Ana Kovac"])
    }

    /// Without a sentence opening with the pronoun, the person named last is still the antecedent.
    @Test func otherwiseTheLastNamedFits() {
        #expect(RoleNounSpeakerTests.speakers([[
            "Mayor Ana Kovac spoke first after the count.",
            "Her daughter Mira, 16, had delivered leaflets all month.",
            "“It was a long month,” she said.",
        ]]) == ["Mira"])
    }
}
