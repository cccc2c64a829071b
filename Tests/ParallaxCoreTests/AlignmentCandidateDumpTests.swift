import Foundation
import Testing
@testable import ParallaxCore

/// Writes every gold story's story-context candidates (JSON at `PARALLAX_ALIGN_CANDIDATES`): per article pair each
/// candidate's score, whether it shares a quotation, whether the filter and the split rule kept it, whether it is a
/// quotation without its speaker (`QuotedParagraphs`); the final links;
/// each paragraph's text, whether it is a sub-heading, its `SharedDetails` details, the weekdays it names and its share
/// of quoted words; the
/// articles' dates; the gold pairs. Enough to re-run the filter and try detail rules offline (docs/alignment.md,
/// links32) before porting the ones that help.
@Suite struct AlignmentCandidateDumpTests {
    @Test func dumpCandidates() throws {
        guard let out = ProcessInfo.processInfo.environment["PARALLAX_ALIGN_CANDIDATES"] else { return }
        var stories: [[String: Any]] = []
        for (name, story) in try AlignmentEvaluationTests().goldStories() {
            let gold = try AlignmentGold.load(name, articles: story.articles)
            let arts = story.articles
            let aligner = StoryAligner(articles: arts)
            let linker = aligner.linker
            let features = aligner.features
            func index(_ id: String) -> Int { arts.firstIndex { $0.id == id }! }
            var candidates: [[Any]] = []
            for c in StoryCandidates.generate(features: features, linker: linker) {
                let scored = linker.scored(c.left, c.right, c.pairs)
                let filtered = linker.filter(scored)
                let kept = Set(filtered.map { [$0.left, $0.right] })
                let split = Set(SplitParagraphs.links(linker: linker, c.left, c.right, kept: filtered, scored: scored).map { [$0.left, $0.right] })
                for s in scored {
                    candidates.append([c.left, s.left, c.right, s.right, s.score, s.quoted ? 1 : 0,
                                       kept.contains([s.left, s.right]) ? 1 : 0, split.contains([s.left, s.right]) ? 1 : 0,
                                       s.quotationWithoutSpeaker ? 1 : 0])
                }
            }
            var links: [[Any]] = []
            for pl in aligner.allLinks() { for l in pl.links { links.append([pl.left, l.left, pl.right, l.right, l.similarity]) } }
            let years = arts.map { $0.date.flatMap { Int($0.prefix(4)) } }
            let storyYear = years.compactMap { $0 }.max()
            let storyDay = arts.compactMap { $0.date.map { String($0.prefix(10)) } }.max()
            var paragraphs: [[[String: Any]]] = []
            for (a, art) in arts.enumerated() {
                var stems: [String: String] = [:]
                paragraphs.append(art.paragraphs.enumerated().map { p, para in
                    guard let tokens = features.paragraphs[a][p].tokens else { return ["heading": 1, "details": [], "weekdays": []] }
                    let d = SharedDetails.details(of: para, tokens: tokens, referenceYear: years[a] ?? storyYear, published: art.date,
                                                  newsDay: art.date ?? storyDay, stemCache: &stems)
                    let weekdays = DetailExtractor.mentions(in: para, tokens: tokens, referenceYear: years[a] ?? storyYear, stemCache: &stems)
                        .compactMap { m -> Int? in if case let .weekday(w) = m.value { return w } else { return nil } }
                    let f = features.paragraphs[a][p]
                    return [
                        "heading": 0, "weekdays": weekdays, "quotedShare": Double(f.quotedShare),
                        "namesOutsideQuotes": f.namesOutsideQuotes ? 1 : 0,
                        "details": d.map {
                            ["value": "\($0.value)", "kind": $0.value.kind, "near": $0.near.sorted(), "fate": $0.fate ?? "",
                             "places": $0.places.sorted(), "counted": $0.counted.sorted(), "awayFromNewsDay": $0.awayFromNewsDay ? 1 : 0] as [String: Any]
                        },
                    ]
                })
            }
            stories.append([
                "name": name, "articles": arts.map(\.id), "dates": arts.map { $0.date ?? "" },
                "texts": arts.map { $0.paragraphs.map(\.text) }, "lines": arts.map { $0.paragraphs.map(\.sourceLines.lowerBound) },
                "gold": gold.pairs.map { [index($0.a), $0.p, index($0.b), $0.q] },
                "candidates": candidates, "links": links, "paragraphs": paragraphs,
            ])
        }
        try JSONSerialization.data(withJSONObject: stories).write(to: URL(fileURLWithPath: out))
    }
}
