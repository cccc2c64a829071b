import HeapModule
import Foundation

/// Links between the paragraphs of two articles of a story (`left` < `right` article index).
public struct ArticlePairLinks: Sendable {
    public var left: Int
    public var right: Int
    public var links: [ParagraphLink]
}

/// N-way groups: the partition of the link graph that agrees with the most links.
///
/// Single-link transitive closure snowballs: A≈B, B≈C, C≈D puts A and D together though they share
/// nothing. Here two groups merge only while more of their cross-article paragraph pairs are linked than
/// the threshold's share (average linkage with each link counting 1, a missing link 0), so a chain of
/// links cannot pull unrelated paragraphs in. Counting links rather than summing similarities is what lets
/// a group gather the paraphrases of one fact: they link at 0.2–0.3 and a sum of similarities stays under
/// any threshold that keeps different facts apart. Then single paragraphs move to the group they agree with
/// most (local moves of correlation clustering), which repairs the merges made early on a partial view.
/// Paragraphs of the same article are not compared with each other (they are never linked), so one outlet
/// may contribute two paragraphs to a group when it splits the content.
enum GroupClusterer {
    struct Node: Hashable {
        var article: Int
        var paragraph: Int
    }

    private struct Candidate: Comparable {
        /// Share of the cross-article pairs that are linked; among equal shares, the mean similarity decides.
        var score: Double
        var similarity: Double
        var a: Int
        var b: Int
        var va: Int
        var vb: Int
        static func < (x: Candidate, y: Candidate) -> Bool { (x.score, x.similarity, y.a, y.b) < (y.score, y.similarity, x.a, x.b) }
    }

    /// Links between two groups and their summed similarity.
    private struct Tie {
        var links: Double
        var similarity: Double
    }

    static func cluster(paragraphCounts: [Int], links: [ArticlePairLinks], threshold: Double) -> [[Node]] {
        var offsets: [Int] = []
        var total = 0
        for c in paragraphCounts { offsets.append(total); total += c }
        var articleOf = [Int](repeating: 0, count: total)
        for (a, c) in paragraphCounts.enumerated() { for p in 0..<c { articleOf[offsets[a] + p] = a } }

        var members = (0..<total).map { [$0] }
        var articleCounts = (0..<total).map { [articleOf[$0]: 1] }
        var ties = [[Int: Tie]](repeating: [:], count: total)
        var version = [Int](repeating: 0, count: total)
        var alive = [Bool](repeating: true, count: total)
        for pl in links {
            for l in pl.links {
                let x = offsets[pl.left] + l.left, y = offsets[pl.right] + l.right
                ties[x][y] = Tie(links: 1, similarity: l.similarity)
                ties[y][x] = Tie(links: 1, similarity: l.similarity)
            }
        }
        func candidate(_ a: Int, _ b: Int, _ tie: Tie) -> Candidate {
            var same = 0
            let (small, large) = articleCounts[a].count < articleCounts[b].count ? (a, b) : (b, a)
            for (art, n) in articleCounts[small] { same += n * (articleCounts[large][art] ?? 0) }
            let pairs = Double(max(1, members[a].count * members[b].count - same))
            let (x, y) = (min(a, b), max(a, b))
            return Candidate(
                score: tie.links / pairs, similarity: tie.similarity / pairs, a: x, b: y, va: version[x], vb: version[y])
        }
        var heap = Heap<Candidate>()
        for x in 0..<total {
            for (y, tie) in ties[x] where x < y { heap.insert(candidate(x, y, tie)) }
        }
        while let c = heap.popMax() {
            guard alive[c.a], alive[c.b], version[c.a] == c.va, version[c.b] == c.vb else { continue }
            guard c.score > threshold else { break }
            let (keep, gone) = members[c.a].count >= members[c.b].count ? (c.a, c.b) : (c.b, c.a)
            members[keep] += members[gone]
            members[gone] = []
            for (art, n) in articleCounts[gone] { articleCounts[keep][art, default: 0] += n }
            articleCounts[gone] = [:]
            alive[gone] = false
            ties[keep][gone] = nil
            for (o, t) in ties[gone] where o != keep {
                ties[o][gone] = nil
                let sum = ties[keep][o].map { Tie(links: $0.links + t.links, similarity: $0.similarity + t.similarity) } ?? t
                ties[keep][o] = sum
                ties[o][keep] = sum
            }
            ties[gone] = [:]
            version[keep] += 1
            for (o, tie) in ties[keep] { heap.insert(candidate(keep, o, tie)) }
        }
        var label = [Int](repeating: 0, count: total)
        for root in 0..<total where alive[root] { for g in members[root] { label[g] = root } }
        label = refine(label: label, articleOf: articleOf, articles: paragraphCounts.count, links: links, offsets: offsets, threshold: threshold)
        var groups: [Int: [Int]] = [:]
        for g in 0..<total { groups[label[g], default: []].append(g) }
        return groups.keys.sorted().map { root in
            groups[root]!.map { g in Node(article: articleOf[g], paragraph: g - offsets[articleOf[g]]) }
        }
    }

    /// Local moves: each paragraph in turn goes to the group where its links minus `threshold` × its
    /// cross-article pairs count most (staying put on ties, alone when every group costs more than it
    /// brings), until nothing moves. `label[g]` is the group of paragraph `g`, below `label.count`.
    static func refine(
        label: [Int], articleOf: [Int], articles: Int, links: [ArticlePairLinks], offsets: [Int], threshold: Double
    ) -> [Int] {
        let total = label.count
        var label = label
        var adjacent = [[Int]](repeating: [], count: total)
        for pl in links {
            for l in pl.links {
                let x = offsets[pl.left] + l.left, y = offsets[pl.right] + l.right
                adjacent[x].append(y)
                adjacent[y].append(x)
            }
        }
        // A paragraph leaving for a group of its own takes the label of an empty group: there are as many
        // labels as paragraphs and the one it leaves keeps another member, so one is free.
        var size = [Int](repeating: 0, count: total)
        var perArticle: [Int: Int] = [:]  // group * articles + article -> members
        for g in 0..<total {
            size[label[g]] += 1
            perArticle[label[g] * articles + articleOf[g], default: 0] += 1
        }
        var linked: [Int: Int] = [:]
        var empty = 0
        for _ in 0..<20 {
            var moved = false
            for g in 0..<total where !adjacent[g].isEmpty {
                let here = label[g], art = articleOf[g]
                linked.removeAll(keepingCapacity: true)
                for o in adjacent[g] where articleOf[o] != art { linked[label[o], default: 0] += 1 }
                func others(_ group: Int) -> Int { size[group] - (perArticle[group * articles + art] ?? 0) }
                // In its own group it does not count against itself.
                let stay = Double(linked[here] ?? 0) - threshold * Double(others(here))
                var best = (gain: stay, group: here)
                for (group, n) in linked where group != here {
                    let v = Double(n) - threshold * Double(others(group))
                    if v > best.gain + 1e-9 || (v > best.gain - 1e-9 && best.group != here && group < best.group) {
                        best = (v, group)
                    }
                }
                if best.gain < -1e-9 && size[here] > 1 {
                    if size[empty] > 0 { empty = size.firstIndex(of: 0)! }
                    best = (0, empty)
                }
                guard best.group != here else { continue }
                size[here] -= 1
                perArticle[here * articles + art]! -= 1
                size[best.group] += 1
                perArticle[best.group * articles + art, default: 0] += 1
                label[g] = best.group
                moved = true
            }
            if !moved { break }
        }
        return label
    }
}
