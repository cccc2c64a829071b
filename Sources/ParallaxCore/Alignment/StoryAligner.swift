import Algorithms
import Foundation
import Synchronization

/// Aligns the articles of one story.
///
/// Precomputes per-article features once (tokens, stems, TF-IDF over the story) so that every pair and
/// the N-way grouping reuse them: the reader opens compare after reading, and that must cost nothing extra.
public final class StoryAligner: Sendable {
    public let articles: [Article]
    public let parameters: AlignmentParameters
    let features: StoryFeatures
    /// The story's links once computed (`storyLinks`), keyed by `left * articles.count + right`, left < right.
    private let storyLinkCache = Mutex<[Int: [ParagraphLink]]?>(nil)

    public init(articles: [Article], parameters: AlignmentParameters = .default) {
        self.articles = articles
        self.parameters = parameters
        self.features = StoryFeatures(articles: articles, parameters: parameters)
    }

    var linker: ParagraphLinker { ParagraphLinker(features: features, parameters: parameters) }

    /// Paragraph links between two articles (indices into `articles`). With three articles or more they come
    /// from the whole story's link graph (computed once), so that the other outlets can vouch for a link
    /// (`LinkClosure`); two articles alone are aligned on their own.
    public func links(_ left: Int, _ right: Int) -> [ParagraphLink] { links(left, right, onlyThisPair: false) }

    /// `onlyThisPair`: the caller wants this pair alone (`diff`). The other pairs' links are still all
    /// computed (the closure reads the whole graph), but shared details, which only add links to their own
    /// pair and vouch for nothing, are extracted for this pair's paragraphs only, and nothing is cached.
    func links(_ left: Int, _ right: Int, onlyThisPair: Bool) -> [ParagraphLink] {
        guard left != right else { return [] }
        guard articles.count >= 3, parameters.closureSupport > 0 else { return pairLinks(left, right) }
        let all: [Int: [ParagraphLink]]
        if onlyThisPair, storyLinkCache.withLock({ $0 }) == nil {
            all = Self.byPair(allLinks(detailsFor: (min(left, right), max(left, right))), articles.count)
        } else {
            all = storyLinks()
        }
        if left < right { return all[left * articles.count + right] ?? [] }
        return (all[right * articles.count + left] ?? [])
            .map { ParagraphLink(left: $0.right, right: $0.left, similarity: $0.similarity) }
            .sorted { ($0.left, $0.right) < ($1.left, $1.right) }
    }

    /// Two articles aligned on their own: filtered candidates, and candidates sharing a hard detail.
    private func pairLinks(_ left: Int, _ right: Int) -> [ParagraphLink] {
        let linker = self.linker
        let scored = linker.scoredInParallel(left, right, linker.candidates(left, right))
        let kept = SplitParagraphs.links(linker: linker, left, right, kept: linker.filter(scored), scored: scored)
        let extra = SharedDetails.links(
            articles: articles, features: features, pairs: [.init(left: left, right: right, scored: scored, kept: kept)],
            floor: parameters.detailFloor)[0]
        return extra.isEmpty ? kept : (kept + extra).sorted { ($0.left, $0.right) < ($1.left, $1.right) }
    }

    private func storyLinks() -> [Int: [ParagraphLink]] {
        if let cached = storyLinkCache.withLock({ $0 }) { return cached }
        let all = Self.byPair(allLinks(), articles.count)
        storyLinkCache.withLock { $0 = all }
        return all
    }

    private static func byPair(_ links: [ArticlePairLinks], _ count: Int) -> [Int: [ParagraphLink]] {
        var all: [Int: [ParagraphLink]] = [:]
        for pl in links { all[pl.left * count + pl.right] = pl.links }
        return all
    }

    /// The side-by-side alignment of two articles. `onlyThisPair`: no other pair of the story will be asked
    /// for (`diff`), so the story's links are computed for this one (see `links(_:_:onlyThisPair:)`).
    public func pair(_ left: Int, _ right: Int, onlyThisPair: Bool = false) -> PairAlignment {
        let a = articles[left], b = articles[right]
        let links = self.links(left, right, onlyThisPair: onlyThisPair)
        // The links come from the story (the other outlets vouch for them). Which unlinked neighbour joins a
        // row, and how the sentences of a row pair up, are questions about these two texts, so they use the
        // two articles' own weights: with the story's, the words every outlet repeats ("Lee", "in return")
        // weigh little, and one fact told in two wordings (ceramics vs a Go board, given in return) no longer
        // pairs, so the reader's compare view lost a change `diff` shows.
        let fa: [ParagraphFeatures], fb: [ParagraphFeatures]
        if articles.count == 2 {
            (fa, fb) = (features.paragraphs[left], features.paragraphs[right])
        } else {
            let own = StoryFeatures(articles: [a, b], parameters: parameters)
            (fa, fb) = (own.paragraphs[0], own.paragraphs[1])
        }
        let w = Float(parameters.stemWeight)
        let layout = RowBuilder.adoptNeighbours(
            RowBuilder.layout(leftCount: a.paragraphs.count, rightCount: b.paragraphs.count, links: links),
            floor: parameters.adoption
        ) { ls, rs in
            var best: Float = 0
            for i in ls { for x in fa[i].sentences { for j in rs { for y in fb[j].sentences { best = max(best, x.similarity(y, stemWeight: w)) } } } }
            return Double(best)
        }
        // Rows pair their sentences independently: on all cores (word diffs are most of a pair's cost).
        let parameters = self.parameters
        // A left paragraph linked to a right one that sits beside a better partner far away keeps a row of its
        // own; "only left" would tell the reader the right article lacks what it reports elsewhere.
        let linkedLeft = Set(links.map(\.left))
        var rows: [AlignedRow] = ParallelMap.map(layout.count) { k in
            let r = layout[k]
            let sentences = SentencePairer.pairs(
                left: SentencePairer.items(a, r.left, fa), right: SentencePairer.items(b, r.right, fb),
                parameters: parameters)
            let kind: RowKind
            if r.right.isEmpty {
                kind = r.left.contains(where: linkedLeft.contains) ? .moved : .leftOnly
            } else if r.left.isEmpty {
                kind = .rightOnly
            } else if sentences.allSatisfy({ $0.left != nil && $0.right != nil && $0.changes.isEmpty }) {
                kind = .same
            } else {
                kind = .changed
            }
            return AlignedRow(left: r.left, right: r.right, kind: kind, sentences: sentences)
        }
        let starts: [Int?] = rows.map { $0.left.isEmpty || $0.right.isEmpty ? nil : $0.right.min() }
        for k in RowBuilder.movedRows(starts) { rows[k].kind = .moved }
        return PairAlignment(left: a, right: b, links: links, rows: rows)
    }

    /// Links for every pair of articles, from one inverted index over the whole story.
    public func allLinks() -> [ArticlePairLinks] { allLinks(detailsFor: nil) }

    /// `detailsFor`: the one article pair (left < right) whose shared-detail links are wanted; the other
    /// pairs then get none (see `links(_:_:onlyThisPair:)`). Nil: every pair's.
    func allLinks(detailsFor only: (Int, Int)?) -> [ArticlePairLinks] {
        let linker = self.linker
        let candidates = StoryCandidates.generate(features: features, linker: linker)
        let floor = parameters.closureFloor
        let perPair = ParallelMap.map(candidates.count) { k in
            let c = candidates[k]
            let scored = linker.scored(c.left, c.right, c.pairs)
            let links = SplitParagraphs.links(linker: linker, c.left, c.right, kept: linker.filter(scored), scored: scored)
            let kept = Set(links.map { [$0.left, $0.right] })
            // Each paragraph's best score against the other article, so the closure knows a nearly-best pair.
            var bestLeft = [Double](repeating: 0, count: features.paragraphs[c.left].count)
            var bestRight = [Double](repeating: 0, count: features.paragraphs[c.right].count)
            for s in scored {
                bestLeft[s.left] = max(bestLeft[s.left], s.score)
                bestRight[s.right] = max(bestRight[s.right], s.score)
            }
            let near = scored.filter { $0.score >= floor && !kept.contains([$0.left, $0.right]) }
                .map {
                    LinkClosure.Candidate(left: c.left, right: c.right, pair: $0, top: max(bestLeft[$0.left], bestRight[$0.right]))
                }
            return (SharedDetails.PairCandidates(left: c.left, right: c.right, scored: scored, kept: links), near)
        }
        var details = [[ParagraphLink]](repeating: [], count: perPair.count)
        if articles.count <= parameters.detailMaxArticles {
            // Each pair's detail links depend on that pair's candidates and paragraphs alone.
            let asked = perPair.indices.filter { k in only.map { $0 == (perPair[k].0.left, perPair[k].0.right) } ?? true }
            let found = SharedDetails.links(articles: articles, features: features, pairs: asked.map { perPair[$0].0 }, floor: parameters.detailFloor)
            for (n, k) in asked.enumerated() { details[k] = found[n] }
        }
        // Shared details come after the closure and do not vouch in it: a detail says two paragraphs share
        // that fact, not that their other facts are the same.
        var closed = LinkClosure.complete(
            links: perPair.map { ArticlePairLinks(left: $0.0.left, right: $0.0.right, links: $0.0.kept) },
            nearMisses: perPair.flatMap(\.1), paragraphCounts: articles.map(\.paragraphs.count), parameters: parameters)
        for k in closed.indices where !details[k].isEmpty {
            let have = Set(closed[k].links.map { [$0.left, $0.right] })
            let extra = details[k].filter { !have.contains([$0.left, $0.right]) }
            closed[k].links = (closed[k].links + extra).sorted { ($0.left, $0.right) < ($1.left, $1.right) }
        }
        return closed
    }

    /// Groups of paragraphs across the story that report the same content; every paragraph is in exactly
    /// one group (what one outlet alone reports is a group of its own). Ordered by where the content sits
    /// in the articles on average, so the list reads like the story.
    public func groups() -> [AlignmentGroup] {
        let clusters = GroupClusterer.cluster(
            paragraphCounts: articles.map(\.paragraphs.count), links: allLinks(), threshold: parameters.groupLinkage)
        func position(_ c: [GroupClusterer.Node]) -> Double {
            c.reduce(0.0) { s, n in s + Double(n.paragraph) / Double(max(1, articles[n.article].paragraphs.count - 1)) }
                / Double(c.count)
        }
        let keyed = clusters.map { c in (pos: position(c), first: c.map { ($0.article, $0.paragraph) }.min { $0 < $1 }!, nodes: c) }
        let ordered = keyed.sorted { ($0.pos, $0.first.0, $0.first.1) < ($1.pos, $1.first.0, $1.first.1) }
        return ordered.enumerated().map { id, g in
            var byArticle: [Int: [Int]] = [:]
            for n in g.nodes { byArticle[n.article, default: []].append(n.paragraph) }
            let members = byArticle.keys.sorted().map { GroupMember(article: articles[$0].id, paragraphs: byArticle[$0]!.sorted()) }
            return AlignmentGroup(id: id, members: members, outlets: members.count)
        }
    }
}

/// Candidate paragraph pairs for a whole story, grouped by article pair.
enum StoryCandidates {
    struct ForPair {
        var left: Int
        var right: Int
        var pairs: [(Int, Int)]
    }

    static func generate(features: StoryFeatures, linker: ParagraphLinker) -> [ForPair] {
        let cap = linker.candidateDocumentFrequencyCap
        let k = linker.parameters.candidatesPerParagraph
        var nodeList: [(Int, Int)] = []
        for (a, ps) in features.paragraphs.enumerated() { for p in ps.indices { nodeList.append((a, p)) } }
        let nodes = nodeList
        var postings: [UInt32: [(Int32, Float)]] = [:]
        for (g, n) in nodes.enumerated() {
            let v = features.paragraphs[n.0][n.1].whole.stems
            for t in v.ids.indices where features.documentFrequency[Int(v.ids[t])] <= cap {
                postings[v.ids[t], default: []].append((Int32(g), v.weights[t]))
            }
        }
        let chunks = max(1, min(nodes.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let index = postings
        let partial = ParallelMap.map(chunks) { c in
                var acc = [Float](repeating: 0, count: nodes.count)
                var touched: [Int] = []
                var found: [(Int, Int)] = []
                var g = c
                while g < nodes.count {
                    let me = nodes[g]
                    let v = features.paragraphs[me.0][me.1].whole.stems
                    for t in v.ids.indices {
                        guard let list = index[v.ids[t]] else { continue }
                        for (h, w) in list where nodes[Int(h)].0 != me.0 {
                            if acc[Int(h)] == 0 { touched.append(Int(h)) }
                            acc[Int(h)] += w * v.weights[t]
                        }
                    }
                    var best = touched.map { ($0, acc[$0]) }
                    if best.count > k { best = best.max(count: k) { $0.1 < $1.1 } }
                    for (h, _) in best { found.append((min(g, h), max(g, h))) }
                    for h in touched { acc[h] = 0 }
                    touched.removeAll(keepingCapacity: true)
                    g += chunks
                }
                return found
        }
        var byPair: [Int: Set<Int>] = [:]  // article pair key -> set of (p, q) keys
        let n = features.paragraphs.count
        for list in partial {
            for (x, y) in list {
                let (a, p) = nodes[x], (b, q) = nodes[y]
                byPair[a * n + b, default: []].insert(p << 32 | q)
            }
        }
        return byPair.keys.sorted().map { key in
            ForPair(left: key / n, right: key % n, pairs: byPair[key]!.sorted().map { ($0 >> 32, $0 & 0xFFFF_FFFF) })
        }
    }
}
