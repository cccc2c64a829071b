import Testing
@testable import ParallaxCore

/// A press-conference write-up sets each answer under its topic ("On the new signing: “…”"): the words before
/// the colon say what the answer is about, not who gives it, so the speaker goes on from before and a name in
/// the topic is not whom a later "she" means — README "Quotes and details". Our own sentences.
@Suite struct TopicIntroductionSpeakerTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        ClauseSubjectSpeakerTests.speakers(paragraphs)
    }

    @Test func answersUnderTopicsAreTheOngoingSpeakers() {
        #expect(Self.speakers([
            "Harrow Vale coach Mira Okonkwo faced the media on Thursday before the cup semi-final.",
            "Okonkwo spent a quarter of an hour with reporters and gave away very little.",
            "On Tom Ashdown, who twisted an ankle in training: “He will be fine. We rested him as a precaution.”",
            "On whether Luis Brandt could start in goal: “Luis is ready. He has been ready for months.”",
            "On the weather forecast: “Rain suits us. We train in it every week.”",
        ]) == ["Mira Okonkwo", "Mira Okonkwo", "Mira Okonkwo"])
    }

    @Test func aNameInATopicIsNoPronounAntecedent() {
        // "she laughed" goes back past the player named in the topic to the coach.
        #expect(Self.speakers([
            "Harrow Vale coach Mira Okonkwo faced the media on Thursday.",
            "On whether Luis Brandt could start in goal: “Luis is ready.”",
            "Asked about the club's budget, she laughed. “You would have to ask the board about that one.”",
        ]) == ["Mira Okonkwo", "Mira Okonkwo"])
    }

    @Test func aTopicWithItsOwnAttributionKeepsIt() {
        // A speech verb after the quote still names its speaker.
        #expect(Self.speakers([
            "Harrow Vale coach Mira Okonkwo and captain Dele Rhodes spoke on Thursday.",
            "On the semi-final: “We have beaten them twice already this season,” Rhodes said.",
        ]) == ["Dele Rhodes"])
    }

    @Test func onlyAnOpeningOnBeforeAColonIsATopic() {
        #expect(TopicIntroduction.colon(in: "On the January window: “Not today.”", tokens: Tokenizer.tokens("On the January window: “Not today.”")) != nil)
        // A speech verb before the colon makes it an attribution.
        let said = "On Monday the coach said: “Not today.”"
        #expect(TopicIntroduction.colon(in: said, tokens: Tokenizer.tokens(said)) == nil)
        let plain = "Once more: “Not today.”"
        #expect(TopicIntroduction.colon(in: plain, tokens: Tokenizer.tokens(plain)) == nil)
    }
}
