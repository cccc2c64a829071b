import Testing
@testable import ParallaxCore

/// Two outlets telling the same act with a different thing at its end ("presented the governor with …")
/// report one fact they disagree on (made-up text, no seed text).
@Suite struct ObjectFramesTests {
    static func frames(_ text: String) -> [ObjectFrames.Sentence] {
        ObjectFrames.sentences(of: StoryAlignerTests.article("x", [text]).paragraphs[0])
    }

    @Test func sameActDifferentThingIsOneFact() {
        let a = Self.frames("The talks ran late. The mayor, in turn, presented the governor with a hand-woven Navajo rug.")
        let b = Self.frames("The mayor, in return, presented the governor with a silver Tiffany bowl, aides said.")
        #expect(ObjectFrames.conflict(a, b))
        #expect(ObjectFrames.conflict(b, a))
    }

    /// Three shared words before the difference are often only a measure or a subject, not an act.
    @Test func aMeasureOrASubjectIsNoFrame() {
        #expect(!ObjectFrames.conflict(
            Self.frames("The rocket will carry a pair of small NASA probes to Mars next year."),
            Self.frames("The upper stage, driven by a pair of Vulcan engines, reached orbit.")))
        #expect(!ObjectFrames.conflict(
            Self.frames("It was a nod to cooperation between the two countries' Samsung suppliers."),
            Self.frames("The two countries also signed several accords on fishing, Seoul said.")))
    }

    /// The same thing named the same way is agreement, and a lower-case swap is paraphrase.
    @Test func sameThingOrParaphraseIsNoConflict() {
        let a = Self.frames("The mayor presented the governor with a hand-woven Navajo rug.")
        #expect(!ObjectFrames.conflict(a, Self.frames("The mayor presented the governor with a hand-woven Navajo rug.")))
        #expect(!ObjectFrames.conflict(
            Self.frames("The mayor presented the governor with a warm welcome."),
            Self.frames("The mayor presented the governor with a brief speech.")))
    }

    /// In a story, such a pair links even though it shares little beyond the frame: the other outlets' accounts
    /// repeat its frame words, so its similarity stays under the weak threshold.
    @Test func theConflictLinksLowScoringParagraphs() {
        let intro = "The governor arrived in the port city on Friday for two days of talks with the mayor about the harbour."
        let a = LinkEvidenceTests.article("a", [
            intro,
            "Before dinner the mayor handed the governor a framed map of the harbour. The mayor, in turn, presented the governor with a hand-woven Navajo rug, which drew applause.",
        ])
        let b = LinkEvidenceTests.article("b", [
            intro,
            "Officials said the mayor, in return, presented the governor with a silver Tiffany bowl.",
        ])
        let c = LinkEvidenceTests.article("c", [intro, "The mayor and the governor spoke about dredging the harbour and about ferry fares."])
        let aligner = StoryAligner(articles: [a, b, c])
        let score = aligner.linker.score(0, 1, 1, 1)
        #expect(score >= AlignmentParameters.default.detailFloor && score < AlignmentParameters.default.weak)
        #expect(aligner.links(0, 1).contains { $0.left == 1 && $0.right == 1 })
        #expect(!aligner.links(0, 2).contains { $0.left == 1 && $0.right == 1 })
    }
}
