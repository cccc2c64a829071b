import Foundation
import Testing
@testable import ParallaxCore

/// Writes every gold story's link graph (JSON at `PARALLAX_ALIGN_GRAPH`): story-context links, each article
/// pair's own links, every cross-article paragraph pair's score and the gold pairs, for trying grouping and
/// linking rules offline before porting the ones that help.
@Suite struct AlignmentGraphDumpTests {
    @Test func dumpGraph() throws {
        guard let out = ProcessInfo.processInfo.environment["PARALLAX_ALIGN_GRAPH"] else { return }
        var stories: [[String: Any]] = []
        for (name, story) in try AlignmentEvaluationTests().goldStories() {
            let gold = try AlignmentGold.load(name, articles: story.articles)
            let arts = story.articles
            let aligner = StoryAligner(articles: arts)
            let linker = aligner.linker
            func index(_ id: String) -> Int { arts.firstIndex { $0.id == id }! }
            var storyLinks: [[Any]] = []
            for pl in aligner.allLinks() {
                for l in pl.links { storyLinks.append([pl.left, l.left, pl.right, l.right, l.similarity]) }
            }
            var pairLinks: [[Any]] = []
            var scores: [[Any]] = []
            for l in arts.indices {
                for r in arts.indices where r > l {
                    for link in StoryAligner(articles: [arts[l], arts[r]]).links(0, 1) {
                        pairLinks.append([l, link.left, r, link.right, link.similarity])
                    }
                    for i in arts[l].paragraphs.indices {
                        for j in arts[r].paragraphs.indices {
                            let s = linker.score(l, i, r, j)
                            if s > 0.02 || linker.sharesQuotation(l, i, r, j) {
                                scores.append([l, i, r, j, s, linker.sharesQuotation(l, i, r, j) ? 1 : 0])
                            }
                        }
                    }
                }
            }
            stories.append([
                "name": name, "articles": arts.map(\.id), "counts": arts.map(\.paragraphs.count),
                "lines": arts.map { $0.paragraphs.map(\.sourceLines.lowerBound) },
                "gold": gold.pairs.map { [index($0.a), $0.p, index($0.b), $0.q] },
                "links": storyLinks, "pairLinks": pairLinks, "scores": scores,
            ])
        }
        try JSONSerialization.data(withJSONObject: stories).write(to: URL(fileURLWithPath: out))
    }
}
