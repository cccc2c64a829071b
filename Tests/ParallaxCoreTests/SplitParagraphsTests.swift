import Testing
@testable import ParallaxCore

/// A paragraph that one outlet split in two (`SplitParagraphs`), in made-up text.
@Suite struct SplitParagraphsTests {
    static let left = LinkEvidenceTests.article("left", [
        "Storms closed the coastal road between Tarrow and Belmead for a third day on Thursday.",
        "The county council approved a new sea wall for Tarrow harbour on Wednesday, ending a dispute over its route that had lasted two years. Contractors will begin in March and should finish within eighteen months, the council leader Ruth Amberley said. The old wall, built in 1890, will be left standing as a breakwater.",
        "Fishing crews in the harbour have been unable to land a catch since Monday.",
    ])
    static let right = LinkEvidenceTests.article("right", [
        "A lifeboat crew from Penmor rescued two walkers stranded on the cliffs at dawn.",
        "Councillors backed a new sea wall for Tarrow harbour on Wednesday after two years of arguing about its route.",
        "Amberley said contractors were due in March.",
        "Insurers have been asked to send assessors to the seafront as soon as the wind drops.",
    ])

    /// The second half (when building starts, who said so) is a weak match of the long paragraph on its own,
    /// neither nearly its best nor next to another link; merged with the first half it matches clearly
    /// better, so it links as well.
    @Test func theSecondHalfOfASplitParagraphLinks() {
        var off = AlignmentParameters()
        off.splitGain = 0
        let without = StoryAligner(articles: [Self.left, Self.right], parameters: off).links(0, 1)
        let with = StoryAligner(articles: [Self.left, Self.right]).links(0, 1)
        #expect(without.contains { $0.left == 1 && $0.right == 1 })
        #expect(!without.contains { $0.left == 1 && $0.right == 2 })
        #expect(with.contains { $0.left == 1 && $0.right == 2 })
        // The unrelated neighbours stay apart: merging them only dilutes the match.
        #expect(!with.contains { $0.left == 2 && $0.right == 1 })
        #expect(!with.contains { $0.left == 0 && $0.right == 1 })
        #expect(!with.contains { $0.left == 1 && $0.right == 0 })
    }

    /// A neighbour that is mostly another paragraph's (its best match far better) is not the second half of
    /// a split: it mentions the split paragraph's fact in passing, and whether that links is left to the
    /// similarity filter (which, here, does not link it).
    @Test func aNeighbourWithAFarBetterPartnerStaysWithIt() {
        var r = Self.right.paragraphs.map(\.text)
        r[2] = "Fishing crews in Tarrow harbour have not landed a catch since Monday. Amberley said contractors were due in March."
        let right = LinkEvidenceTests.article("right", r)
        var loose = AlignmentParameters()
        loose.splitRelative = 0
        let strict = StoryAligner(articles: [Self.left, right]).links(0, 1)
        let any = StoryAligner(articles: [Self.left, right], parameters: loose).links(0, 1)
        #expect(strict.contains { $0.left == 2 && $0.right == 2 })
        #expect(any.contains { $0.left == 1 && $0.right == 2 })
        #expect(!strict.contains { $0.left == 1 && $0.right == 2 })
    }
}
