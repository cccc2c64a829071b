import Testing
@testable import ParallaxCore

/// Which scored candidates the filter keeps (`ParagraphLinker.filter`), on scores given by hand: the rule's input is
/// the scores, not the words.
@Suite struct LinkFilterTests {
    static let linker: ParagraphLinker = {
        let words = ["harbour", "ferry", "council", "budget", "storm", "bridge"]
        func outlet(_ id: String) -> Article {
            StoryAlignerTests.article(id, words.map { "The \($0) was in the news again on Monday." })
        }
        return StoryAligner(articles: [outlet("a"), outlet("b")]).linker
    }()

    static func kept(_ scored: [ScoredPair], _ parameters: AlignmentParameters = AlignmentParameters()) -> Set<[Int]> {
        let linker = ParagraphLinker(features: Self.linker.features, parameters: parameters)
        return Set(linker.filter(scored).map { [$0.left, $0.right] })
    }

    /// Paragraph 2 of each article has a far better partner in the other (2 ~ 5 and 5 ~ 2 at 0.6); their own pair
    /// scores 0.25, above `weak` but not nearly the best of either.
    static let taken = [
        ScoredPair(left: 2, right: 2, score: 0.25),
        ScoredPair(left: 2, right: 5, score: 0.6),
        ScoredPair(left: 5, right: 2, score: 0.6),
    ]

    @Test func oneNeighbourDoesNotHoldTwoTakenParagraphs() {
        let oneNeighbour = Self.taken + [ScoredPair(left: 1, right: 1, score: 0.3)]
        #expect(!Self.kept(oneNeighbour).contains([2, 2]))
        // Off, the neighbour holds it as before.
        var off = AlignmentParameters()
        off.loneSupportShare = 0
        #expect(Self.kept(oneNeighbour, off).contains([2, 2]))
    }

    @Test func twoNeighboursStillHoldIt() {
        let twoNeighbours = Self.taken + [ScoredPair(left: 1, right: 1, score: 0.3), ScoredPair(left: 3, right: 3, score: 0.3)]
        #expect(Self.kept(twoNeighbours).contains([2, 2]))
    }

    @Test func oneTakenParagraphIsNotEnough() {
        // The right paragraph 2 has no better partner: the pair is its best match, so one neighbour still holds it.
        let scored = [
            ScoredPair(left: 2, right: 2, score: 0.25),
            ScoredPair(left: 2, right: 5, score: 0.6),
            ScoredPair(left: 1, right: 1, score: 0.3),
        ]
        #expect(Self.kept(scored).contains([2, 2]))
    }

    @Test func aPairWithinReachOfBothBestsStaysWithOneNeighbour() {
        // 0.45 against both paragraphs' best of 0.6: over 0.7 of it, so one neighbour is enough.
        var scored = Self.taken + [ScoredPair(left: 1, right: 1, score: 0.3)]
        scored[0].score = 0.45
        #expect(Self.kept(scored).contains([2, 2]))
    }
}
