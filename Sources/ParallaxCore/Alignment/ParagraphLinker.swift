import Algorithms
import Foundation

/// A scored candidate before filtering.
struct ScoredPair: Sendable, Hashable {
    var left: Int
    var right: Int
    var score: Double
    /// Both paragraphs carry the same quotation: they report the same utterance, whatever else they say.
    var quoted = false
    /// One paragraph is mostly a quotation and the two share no name (`QuotedParagraphs`): a middling score
    /// does not link them.
    var quotationWithoutSpeaker = false
}

/// Finds which paragraphs of two articles report the same thing.
///
/// Candidates come from an inverted index of the rarer terms (never all pairs). Each candidate is scored by
/// the better of whole-paragraph similarity and its best sentence pair, because one outlet's paragraph often
/// holds a single sentence of another's. Then links are filtered the way MASSAlign's vicinity-driven search
/// reasons: strong matches stand alone, middling ones must have a neighbouring match (the two articles
/// follow each other locally there), and a paragraph's links must be close to its best one.
struct ParagraphLinker {
    let features: StoryFeatures
    let parameters: AlignmentParameters

    var candidateDocumentFrequencyCap: Int32 {
        let share = parameters.candidateMaxDocumentShare * Double(features.paragraphCount)
        let perArticle = Double(parameters.candidateMinPerArticle * features.paragraphs.count)
        return Int32(max(4.0, min(150.0, max(share, perArticle))))
    }

    /// Candidate pairs between two articles with their partial dot product over capped terms.
    ///
    /// The right article's postings sit in flat arrays indexed by term id (counted, then filled in paragraph
    /// order), not in a dictionary of arrays: the same postings in the same order, so the same sums, without a
    /// hash and an array per term.
    func candidates(_ l: Int, _ r: Int) -> [(Int, Int)] {
        let cap = candidateDocumentFrequencyCap
        let left = features.paragraphs[l], right = features.paragraphs[r]
        let df = features.documentFrequency
        var start = [Int32](repeating: 0, count: df.count + 1)
        for p in right {
            for id in p.whole.stems.ids where df[Int(id)] <= cap { start[Int(id) + 1] += 1 }
        }
        for t in 0..<df.count { start[t + 1] += start[t] }
        var next = start
        var postedParagraph = [Int32](repeating: 0, count: Int(start[df.count]))
        var postedWeight = [Float](repeating: 0, count: Int(start[df.count]))
        for (j, p) in right.enumerated() {
            let v = p.whole.stems
            for k in v.ids.indices where df[Int(v.ids[k])] <= cap {
                let slot = Int(next[Int(v.ids[k])])
                postedParagraph[slot] = Int32(j)
                postedWeight[slot] = v.weights[k]
                next[Int(v.ids[k])] += 1
            }
        }
        var out: [(Int, Int)] = []
        var acc = [Float](repeating: 0, count: right.count)
        var touched: [Int] = []
        let k = parameters.candidatesPerParagraph
        for (i, p) in left.enumerated() {
            let v = p.whole.stems
            for t in v.ids.indices {
                let id = Int(v.ids[t])
                for s in Int(start[id])..<Int(start[id + 1]) {
                    let j = Int(postedParagraph[s])
                    if acc[j] == 0 { touched.append(j) }
                    acc[j] += postedWeight[s] * v.weights[t]
                }
            }
            var found = touched.map { ($0, acc[$0]) }
            if found.count > k { found = found.max(count: k) { $0.1 < $1.1 } }
            for (j, _) in found { out.append((i, j)) }
            for j in touched { acc[j] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return out
    }

    func score(_ l: Int, _ i: Int, _ r: Int, _ j: Int) -> Double {
        let fa = features.paragraphs[l], fb = features.paragraphs[r]
        let w = Float(parameters.stemWeight)
        var best = fa[i].whole.similarity(fb[j].whole, stemWeight: w)
        // The best sentence pair, when the two share more than who was speaking (`AttributionPhrases`).
        // (The parts are bound one by one: binding whole paragraphs copied them, a tenth of scoring.)
        // The shared-content test comes first: it is a cheap merge that stops at the first common id, and
        // most sentence pairs of a candidate share no content word, so their two dot products (the
        // trigram one is long) are never needed. Same result: both conditions must hold either way.
        let sa = fa[i].sentences, sb = fb[j].sentences
        if sa.count > 1 || sb.count > 1 {
            let pa = fa[i].plain, pb = fb[j].plain
            for x in sa.indices {
                let cx = pa[x] ?? sa[x].stems.ids
                for y in sb.indices where AttributionPhrases.shareContent(cx, pb[y] ?? sb[y].stems.ids) {
                    let sim = sa[x].similarity(sb[y], stemWeight: w)
                    if sim > best { best = sim }
                }
            }
        }
        return Double(best)
    }

    /// Whether two paragraphs quote the same words: some quotation of each shares at least two content words
    /// and `parameters.sharedQuotation` of the shorter one's ("We will not raise taxes this year" and "we won't
    /// be raising taxes"). Outlets paraphrase around a quotation but keep its words, so this finds
    /// the same utterance where the surrounding prose has little in common.
    func sharesQuotation(_ l: Int, _ i: Int, _ r: Int, _ j: Int) -> Bool {
        let a = features.paragraphs[l][i].quotes, b = features.paragraphs[r][j].quotes
        guard !a.isEmpty, !b.isEmpty else { return false }
        let share = parameters.sharedQuotation
        for x in a {
            for y in b {
                var i = 0, j = 0, common = 0
                while i < x.count && j < y.count {
                    if x[i] == y[j] { common += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
                }
                if common >= 2 && Double(common) >= share * Double(min(x.count, y.count)) { return true }
            }
        }
        return false
    }

    func scored(_ l: Int, _ r: Int, _ pairs: [(Int, Int)]) -> [ScoredPair] {
        let fa = features.paragraphs[l], fb = features.paragraphs[r]
        let share = parameters.quotationNeedsSpeaker
        return pairs.map {
            ScoredPair(
                left: $0.0, right: $0.1, score: score(l, $0.0, r, $0.1), quoted: sharesQuotation(l, $0.0, r, $0.1),
                quotationWithoutSpeaker: QuotedParagraphs.quotationWithoutSpeaker(fa[$0.0], fb[$0.1], share: share))
        }
    }

    /// Scores of the candidates of one article pair, split over the cores in chunks: for one long pair
    /// (`diff`) scoring is a third of the work and would otherwise run on one core. (Story alignment scores
    /// its many pairs in parallel already and calls `scored` directly.)
    func scoredInParallel(_ l: Int, _ r: Int, _ pairs: [(Int, Int)]) -> [ScoredPair] {
        let chunk = 256
        guard pairs.count > chunk else { return scored(l, r, pairs) }
        return ParallelMap.map((pairs.count + chunk - 1) / chunk) { k in
            scored(l, r, Array(pairs[k * chunk..<min(pairs.count, (k + 1) * chunk)]))
        }.flatMap { $0 }
    }

    /// Which scored candidates of one article pair become links:
    /// - at or above `strong`: always;
    /// - at or above `weak`: when the pair scores nearly (by `relative`) as well as the best match of each of
    ///   its two paragraphs (a paragraph's own best is not enough when the other paragraph has a far better
    ///   partner: measured, that admits more false links than true ones on every gold story), or when a neighbouring pair (another paragraph on both sides, within `vicinity`)
    ///   matches at `support` or better — the local consistency MASSAlign's vicinity search relies on; a pair held
    ///   by one such neighbour alone must also reach `loneSupportShare` of the lower of its paragraphs' best scores
    ///   (two paragraphs that both have a far better partner in the other article are taken: on the 18 gold
    ///   stories such pairs were false links 26 times in 30);
    /// - below `strong`, never when one paragraph is mostly a quotation that the other neither carries nor ties to
    ///   its speaker by a shared name (`quotationWithoutSpeaker`, `QuotedParagraphs`), unless the pair is the best
    ///   match of both its paragraphs (measured: without that exception six right links went, four of them such
    ///   mutual bests: a writer's paraphrase of an expert's quoted point);
    /// - below `weak`: never, unless both paragraphs carry the same quotation (`quoted`), which always links.
    func filter(_ scored: [ScoredPair]) -> [ParagraphLink] {
        let p = parameters
        // Per paragraph, in arrays indexed by paragraph (the candidates' indices are small and dense).
        var leftCount = 0, rightCount = 0
        for s in scored { leftCount = max(leftCount, s.left + 1); rightCount = max(rightCount, s.right + 1) }
        var bestLeft = [Double](repeating: 0, count: leftCount), bestRight = [Double](repeating: 0, count: rightCount)
        var supporters = [[Int]](repeating: [], count: leftCount)  // left -> rights matching at `support` or better
        for s in scored {
            bestLeft[s.left] = max(bestLeft[s.left], s.score)
            bestRight[s.right] = max(bestRight[s.right], s.score)
            if s.score >= p.support { supporters[s.left].append(s.right) }
        }
        var kept: [ParagraphLink] = []
        for s in scored where s.score >= p.weak || s.quoted {
            if s.score < p.strong && !s.quoted {
                // A quotation tied to the other paragraph by neither its words nor a name, unless the pair is the best
                // match of both its paragraphs.
                if s.quotationWithoutSpeaker && (s.score < bestLeft[s.left] || s.score < bestRight[s.right]) { continue }
                let top = max(bestLeft[s.left], bestRight[s.right])
                if s.score < p.relative * top {
                    // Neighbouring matches (counted up to two).
                    var neighbours = 0
                    search: for i in max(0, s.left - p.vicinity)...min(leftCount - 1, s.left + p.vicinity) where i != s.left {
                        for j in supporters[i] where j != s.right && abs(j - s.right) <= p.vicinity {
                            neighbours += 1
                            if neighbours > 1 { break search }
                        }
                    }
                    guard neighbours > 0 else { continue }
                    // One neighbour does not hold a pair whose two paragraphs both have a far better partner.
                    if neighbours == 1 && s.score < p.loneSupportShare * min(bestLeft[s.left], bestRight[s.right]) { continue }
                }
            }
            kept.append(ParagraphLink(left: s.left, right: s.right, similarity: s.score))
        }
        return kept.sorted { ($0.left, $0.right) < ($1.left, $1.right) }
    }
}
