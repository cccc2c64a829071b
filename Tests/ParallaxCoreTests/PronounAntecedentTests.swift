import Testing
@testable import ParallaxCore

/// Whom a "he"/"she" stands for when gender decides: "actor" names women too, and a pronoun after ", saying
/// that" goes with the sentence's subject when that subject's gender is known to fit — README "Quotes and
/// details". Our own sentences.
@Suite struct PronounAntecedentTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        ClauseSubjectSpeakerTests.speakers(paragraphs)
    }

    @Test func anActorMayBeAWoman() {
        #expect(Self.speakers([
            "Director Pia Sundgren collected the prize on Saturday.",
            "The jury chair, the Belgian actor Odile Verhaegen, said the vote had been close. “We talked until three in the morning,” she said.",
        ]) == ["Odile Verhaegen"])
    }

    @Test func aPronounAfterSayingThatIsTheSubjectsWhenGenderFits() {
        #expect(Self.speakers([
            "Council spokeswoman Ann Lydgate spoke after the meeting.",
            "The spokeswoman declined to discuss councillor Pat Rowe, saying only that she hoped “the matter can be settled quietly”.",
        ]) == ["Ann Lydgate"])
    }
}
