import Testing
@testable import ParallaxCore

/// "the coroner said", "the judge said" after an assistant coroner or a deputy district judge is that person:
/// whoever presides is the coroner or the judge of the hearing, while a deputy premier is not "the premier" —
/// README "Quotes and details". Our own sentences.
@Suite struct PresidingRoleTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
    }

    @Test func anAssistantCoronerIsTheCoroner() {
        #expect(Self.speakers([
            "Assistant Coroner Dr Jane Hollis recorded a conclusion of misadventure on Friday.",
            "“The warning signs were there for anyone who looked,” the coroner said.",
        ]) == ["Jane Hollis"])
    }

    @Test func aDeputyDistrictJudgeIsTheJudge() {
        #expect(Self.speakers([
            "Deputy District Judge Owen Pryce adjourned the case until January.",
            "“I want a full report before I decide anything,” the judge said.",
        ]) == ["Owen Pryce"])
    }

    @Test func aDeputyPremierIsStillNotThePremier() {
        #expect(Self.speakers([
            "Deputy Premier Ruth Oyelaran opened the new ward on Monday.",
            "“Every bed here was paid for twice over,” the premier said.",
        ]) == ["the premier"])
    }
}
