import Foundation
import Testing
@testable import ParallaxCore

/// Writes every link candidate of every gold story with the evidence the model could weigh and the gold
/// label (CSV at `PARALLAX_ALIGN_LEARN`), in both contexts: `story` (the story-wide candidates and weights,
/// as `align` and the reader see them) and `pair` (each article pair alone, as `diff A B`). Gold pairs that
/// are no candidate get a row with `cand` 0, so recall can be computed offline. For fitting a link decision
/// offline with leave-one-story-out evaluation (README "Alignment", "Accuracy").
@Suite struct AlignmentLearningDumpTests {
    static let header = [
        "story", "ctx", "a", "p", "b", "q", "na", "nb", "cand", "score", "whole", "wholeStem", "wholeTri",
        "sent1", "sent2", "sentHits", "sentsA", "sentsB", "quoted", "detail", "bestL", "bestR", "rankL", "rankR",
        "vicMax", "vicCount", "sharedTerms", "rare2", "rare3", "idfShared", "idfMax", "names", "numbers",
        "tokensA", "tokensB", "filterKept", "finalKept", "gold",
    ]

    struct Row {
        var l: Int, i: Int, r: Int, j: Int
        var values: [String: Double] = [:]
    }

    /// Features of one article pair's scored candidates; `l`, `r` index `aligner.articles`.
    static func features(
        aligner: StoryAligner, l: Int, r: Int, scored: [ScoredPair], kept: Set<[Int]>, final: Set<[Int]>,
        detailCache: inout [[Int: [FactDetail]]]
    ) -> [Row] {
        let f = aligner.features, arts = aligner.articles
        let w = Float(aligner.parameters.stemWeight)
        let n = Float(max(f.paragraphCount, 1))
        func idf(_ id: UInt32) -> Double { Double(log(1 + (n + 1) / (Float(f.documentFrequency[Int(id)]) + 1))) }
        var bestL: [Int: Double] = [:], bestR: [Int: Double] = [:]
        var byL: [Int: [Double]] = [:], byR: [Int: [Double]] = [:]
        for s in scored {
            bestL[s.left] = max(bestL[s.left] ?? 0, s.score); bestR[s.right] = max(bestR[s.right] ?? 0, s.score)
            byL[s.left, default: []].append(s.score); byR[s.right, default: []].append(s.score)
        }
        let years = arts.map { $0.date.flatMap { Int($0.prefix(4)) } }
        let storyYear = years.compactMap { $0 }.max()
        var stems: [String: String] = [:]
        func details(_ a: Int, _ p: Int) -> [FactDetail] {
            if let d = detailCache[a][p] { return d }
            guard let tokens = f.paragraphs[a][p].tokens else { detailCache[a][p] = []; return [] }
            let d = SharedDetails.details(of: arts[a].paragraphs[p], tokens: tokens, referenceYear: years[a] ?? storyYear, stemCache: &stems)
            detailCache[a][p] = d
            return d
        }
        func namesAndNumbers(_ a: Int, _ p: Int) -> (Set<String>, Set<String>) {
            guard let tokens = f.paragraphs[a][p].tokens else { return ([], []) }
            let starts = Set(arts[a].paragraphs[p].sentences.map(\.start))
            var names = Set<String>(), numbers = Set<String>()
            var previousEnd = -1
            for t in tokens {
                let initial = starts.contains(where: { $0 > previousEnd && $0 <= t.start }) || previousEnd < 0
                if t.isNumber { numbers.insert(t.norm) } else if t.isCapitalized && !initial && !StopWords.contains(t.norm) { names.insert(t.norm) }
                previousEnd = t.end
            }
            return (names, numbers)
        }
        var out: [Row] = []
        for s in scored {
            let x = f.paragraphs[l][s.left], y = f.paragraphs[r][s.right]
            var sims: [Float] = []
            for a in x.sentences { for b in y.sentences { sims.append(a.similarity(b, stemWeight: w)) } }
            sims.sort(by: >)
            let shared = Set(x.terms).intersection(y.terms)
            let dfs = shared.map { f.documentFrequency[Int($0)] }
            let idfs = shared.map(idf)
            var vicMax = 0.0, vicCount = 0.0
            for t in scored where t.left != s.left && t.right != s.right && abs(t.left - s.left) <= 2 && abs(t.right - s.right) <= 2 {
                vicMax = max(vicMax, t.score)
                if t.score >= aligner.parameters.support { vicCount += 1 }
            }
            let (na, ua) = namesAndNumbers(l, s.left), (nb, ub) = namesAndNumbers(r, s.right)
            let key = [s.left, s.right]
            var row = Row(l: l, i: s.left, r: r, j: s.right)
            row.values = [
                "cand": 1, "score": s.score, "whole": Double(x.whole.similarity(y.whole, stemWeight: w)),
                "wholeStem": Double(x.whole.stems.dot(y.whole.stems)), "wholeTri": Double(x.whole.trigrams.dot(y.whole.trigrams)),
                "sent1": Double(sims.first ?? 0), "sent2": Double(sims.count > 1 ? sims[1] : 0),
                "sentHits": Double(sims.filter { $0 >= 0.2 }.count),
                "sentsA": Double(x.sentences.count), "sentsB": Double(y.sentences.count),
                "quoted": s.quoted ? 1 : 0, "detail": SharedDetails.share(details(l, s.left), details(r, s.right)) ? 1 : 0,
                "bestL": bestL[s.left]!, "bestR": bestR[s.right]!,
                "rankL": Double(byL[s.left]!.filter { $0 > s.score }.count), "rankR": Double(byR[s.right]!.filter { $0 > s.score }.count),
                "vicMax": vicMax, "vicCount": vicCount, "sharedTerms": Double(shared.count),
                "rare2": Double(dfs.filter { $0 <= 2 }.count), "rare3": Double(dfs.filter { $0 <= 3 }.count),
                "idfShared": idfs.reduce(0, +), "idfMax": idfs.max() ?? 0,
                "names": Double(na.intersection(nb).count), "numbers": Double(ua.intersection(ub).count),
                "tokensA": Double(f.paragraphs[l][s.left].tokens?.count ?? 0), "tokensB": Double(f.paragraphs[r][s.right].tokens?.count ?? 0),
                "filterKept": kept.contains(key) ? 1 : 0, "finalKept": final.contains(key) ? 1 : 0,
            ]
            out.append(row)
        }
        return out
    }

    @Test func dumpLearningFeatures() throws {
        guard let out = ProcessInfo.processInfo.environment["PARALLAX_ALIGN_LEARN"] else { return }
        var csv = Self.header.joined(separator: ",") + "\n"
        var meta: [[String: Any]] = []
        for (name, story) in try AlignmentEvaluationTests().goldStories() {
            let gold = try AlignmentGold.load(name, articles: story.articles)
            let arts = story.articles
            meta.append(["story": name, "gold": gold.pairs.count, "unmapped": gold.unmapped.count, "counts": arts.map(\.paragraphs.count)])
            func emit(_ ctx: String, _ rows: [Row], _ l: Int, _ r: Int) {
                var seen = Set<[Int]>()
                for row in rows {
                    seen.insert([row.i, row.j])
                    let g = gold.pairs.contains(.init(arts[l].id, row.i, arts[r].id, row.j)) ? 1.0 : 0.0
                    var v = row.values; v["gold"] = g
                    csv += "\(name),\(ctx),\(l),\(row.i),\(r),\(row.j),\(arts[l].paragraphs.count),\(arts[r].paragraphs.count),"
                    csv += Self.header.dropFirst(8).map { k in String(format: "%.5g", v[k] ?? 0) }.joined(separator: ",") + "\n"
                }
                for g in gold.pairs {
                    let (i, j): (Int, Int)
                    if g.a == arts[l].id && g.b == arts[r].id { (i, j) = (g.p, g.q) } else if g.a == arts[r].id && g.b == arts[l].id { (i, j) = (g.q, g.p) } else { continue }
                    guard !seen.contains([i, j]) else { continue }
                    csv += "\(name),\(ctx),\(l),\(i),\(r),\(j),\(arts[l].paragraphs.count),\(arts[r].paragraphs.count),"
                    csv += Self.header.dropFirst(8).map { $0 == "gold" ? "1" : "0" }.joined(separator: ",") + "\n"
                }
            }
            // Story context.
            let aligner = StoryAligner(articles: arts)
            let linker = aligner.linker
            var final: [Int: Set<[Int]>] = [:]
            for pl in aligner.allLinks() { final[pl.left * arts.count + pl.right] = Set(pl.links.map { [$0.left, $0.right] }) }
            var cache = [[Int: [FactDetail]]](repeating: [:], count: arts.count)
            var covered = Set<Int>()
            for c in StoryCandidates.generate(features: aligner.features, linker: linker) {
                let scored = linker.scored(c.left, c.right, c.pairs)
                let kept = Set(linker.filter(scored).map { [$0.left, $0.right] })
                let rows = Self.features(
                    aligner: aligner, l: c.left, r: c.right, scored: scored, kept: kept,
                    final: final[c.left * arts.count + c.right] ?? [], detailCache: &cache)
                emit("story", rows, c.left, c.right)
                covered.insert(c.left * arts.count + c.right)
            }
            for l in arts.indices { for r in arts.indices where r > l && !covered.contains(l * arts.count + r) { emit("story", [], l, r) } }
            // Pair only.
            for l in arts.indices {
                for r in arts.indices where r > l {
                    let two = StoryAligner(articles: [arts[l], arts[r]])
                    let lk = two.linker
                    let scored = lk.scored(0, 1, lk.candidates(0, 1))
                    let kept = Set(lk.filter(scored).map { [$0.left, $0.right] })
                    let fin = Set(two.links(0, 1).map { [$0.left, $0.right] })
                    var c2 = [[Int: [FactDetail]]](repeating: [:], count: 2)
                    let rows = Self.features(aligner: two, l: 0, r: 1, scored: scored, kept: kept, final: fin, detailCache: &c2)
                    emit("pair", rows.map { var x = $0; x.l = l; x.r = r; return x }, l, r)
                }
            }
        }
        try csv.write(toFile: out, atomically: true, encoding: .utf8)
        try JSONSerialization.data(withJSONObject: meta).write(to: URL(fileURLWithPath: out + ".meta.json"))
    }
}
