import Testing
@testable import ParallaxCore

/// Speakers in awards and arts copy (README "Quotes and details"): an epithet of long standing after the quote,
/// someone speaking for a body named by a common noun, and "my wife" in a quote nested in the husband's. Our own
/// sentences.
@Suite struct AwardsCopySpeakerTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        QuoteExtractionTests.quotes(paragraphs).map(\.speaker)
    }

    @Test func aVeteranEpithetNamesThePersonJustNamed() {
        let s = Self.speakers([
            "Dame Olive Brandt, opening the festival, kept it short. “Go and see everything,” the veteran hoofer said.",
            "“It is a fine year for the stage,” the veteran director said.",
        ])
        #expect(s[0] == "Olive Brandt")
        // A role noun after the epithet is left to the role rules: no director was named, so the phrase stays.
        #expect(s[1] == "the veteran director")
    }

    @Test func aSpokespersonForABodyNamedByACommonNounIsTheSpeaker() {
        let s = Self.speakers([
            "A spokeswoman for the festival said on Monday: “We sold every seat.”",
            "A spokesman for Harlow District Council said: “The run is extended.”",
        ])
        #expect(s == ["a spokeswoman for the festival", "Harlow District Council"])
    }

    @Test func myWifeInsideAHusbandsQuoteIsTheWifeTheStoryNames() {
        let q = NestedQuoteSpeakerTests.instances([
            "Karl Wendt won the sculpture prize a year after his wife, Ada Wendt, won it.",
            "Wendt opened his speech with: “My wife said to me, ‘Keep it short,’ so I will.”",
        ])
        #expect(q.map(\.speaker) == ["Karl Wendt", "Ada Wendt"])
        // With no wife named, the phrase stays as it was.
        let none = NestedQuoteSpeakerTests.instances([
            "Karl Wendt won the sculpture prize.",
            "Wendt opened his speech with: “My wife said to me, ‘Keep it short,’ so I will.”",
        ])
        #expect(none.map(\.speaker) == ["Karl Wendt", "wife"])
    }

    @Test func aBareQuoteAfterSomeonesSpeechIsThatSpeech() {
        let s = Self.speakers([
            "Nadia lost the vote to Carys Penhale, and Tomas Vell then took the chair, so he used his speech to tease her. “She said I would never win. Here I am.”",
        ])
        // Not Nadia, the sentence's first name: whose speech the sentence mentions.
        #expect(s == ["Tomas Vell"])
    }
}
