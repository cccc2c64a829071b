import Testing
@testable import ParallaxCore

/// The closure's two-partner rule on a story of our own (`LinkClosure`, `AlignmentParameters.closurePairRelative`,
/// docs/alignment.md, links36): two outlets tell a library's reopening in the same words; a third tells it as readers
/// back in the reading rooms after months of repairs. Its paragraph and the first outlet's share only "months" and
/// "repairs" (0.15, under `weak`), yet each is the other's best match and both link to the two outlets in between.
@Suite struct ClosurePairStoryTests {
    static let story: [(String, [String])] = [
        ("alpha", [
            "Harrowgate's central library reopened on Monday after eight months of repairs following the spring flood.",
            "The council spent £2.4m on new floors, wiring and shelving, the manager, Ruth Okoye, said.",
            "Visitors queued from early morning and children were given free books.",
            "The building first opened in 1904 and holds a collection of local maps.",
        ]),
        ("bravo", [
            "Readers were back in the reading rooms this week after months of repairs, shut since water poured through the ground floor in April.",
            "Repairs cost £2.4m and were paid for by the council.",
            "A queue had formed on the steps before the doors opened.",
            "Ruth Okoye said the maps had been saved because staff carried them upstairs.",
        ]),
        ("charlie", [
            "The central library in Harrowgate reopened on Monday, eight months after the April flood shut its reading rooms.",
            "Officials put the cost of the work at £2.4m.",
            "Children queued for free books on the first morning.",
        ]),
        ("delta", [
            "Harrowgate library's reading rooms reopened on Monday, eight months after the April flood shut them.",
            "The £2.4m repair bill was met by the council.",
            "The map collection survived because staff carried it upstairs.",
        ]),
    ]

    static func articles(_ ids: [String]) -> [Article] {
        story.filter { ids.contains($0.0) }.map { LinkEvidenceTests.article($0.0, date: "2026-03-02", $0.1) }
    }

    static func reopeningLinked(_ aligner: StoryAligner) -> Bool {
        aligner.links(0, 1).contains { $0.left == 0 && $0.right == 0 }
    }

    @Test func twoOutletsVouchForAParaphrasedLede() {
        let all = Self.articles(["alpha", "bravo", "charlie", "delta"])
        let aligner = StoryAligner(articles: all)
        let score = aligner.linker.score(0, 0, 1, 0)
        #expect(score >= 0.12 && score < AlignmentParameters.default.weak)
        #expect(Self.reopeningLinked(aligner))
        var off = AlignmentParameters()
        off.closurePairRelative = 0
        #expect(!Self.reopeningLinked(StoryAligner(articles: all, parameters: off)))
    }

    @Test func oneVouchingOutletIsNotEnough() {
        // Without the fourth outlet only one paragraph links to both: no link, as before.
        #expect(!Self.reopeningLinked(StoryAligner(articles: Self.articles(["alpha", "bravo", "charlie"]))))
    }

    @Test func twoFilesAloneHaveNoOneToVouch() {
        #expect(!Self.reopeningLinked(StoryAligner(articles: Self.articles(["alpha", "bravo"]))))
    }
}
