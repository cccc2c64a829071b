import Testing
@testable import ParallaxCore

/// "Graceful exit: Callum Reddaway promised to call the winner “…”": a newsletter opens a paragraph with a
/// label of a few words and a colon; the clause, and the speaker, start after it (blind9 finding, our sentences).
@Suite struct NewsletterLabelSpeakerTests {
    @Test func theSpeakerIsAfterTheLabel() {
        #expect(RoleNounSpeakerTests.speakers([[
            "Good sport: Hana Petrov promised to call the winner “over breakfast, not before”.",
            "Late night: Mark Deane vowed to tell the candidates “before the sun is up”.",
        ]]) == ["Hana Petrov", "Mark Deane"])
    }

    /// Without a label the sentence's subject is found as before (with one, "Good" and "Late" were taken for names).
    @Test func noLabelNoChange() {
        #expect(RoleNounSpeakerTests.speakers([[
            "Hana Petrov promised to call the winner “over breakfast, not before”.",
        ]]) == ["Hana Petrov"])
    }
}
