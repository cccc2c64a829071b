import Collections
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

    static func cluster(paragraphCounts: [Int], links: [ArticlePairLinks], threshold: Double) -> [[Node]] {
        var offsets: [Int] = []
        var total = 0
        for c in paragraphCounts { offsets.append(total); total += c }
        var articleOf = [Int](repeating: 0, count: total)
        for (a, c) in paragraphCounts.enumerated() { for p in 0..<c { articleOf[offsets[a] + p] = a } }

        var members = (0..<total).map { [$0] }
        var articleCounts = (0..<total).map { [articleOf[$0]: 1] }
        var neighbours = [[Int: Double]](repeating: [:], count: total)  // links between two groups
        var similarity = [[Int: Double]](repeating: [:], count: total)  // their summed similarity
        var version = [Int](repeating: 0, count: total)
        var alive = [Bool](repeating: true, count: total)
        for pl in links {
            for l in pl.links {
                let x = offsets[pl.left] + l.left, y = offsets[pl.right] + l.right
                neighbours[x][y] = 1
                neighbours[y][x] = 1
                similarity[x][y] = l.similarity
                similarity[y][x] = l.similarity
            }
        }
        func candidate(_ a: Int, _ b: Int) -> Candidate {
            var same = 0
            let (small, large) = articleCounts[a].count < articleCounts[b].count ? (a, b) : (b, a)
            for (art, n) in articleCounts[small] { same += n * (articleCounts[large][art] ?? 0) }
            let pairs = Double(max(1, members[a].count * members[b].count - same))
            let (x, y) = (min(a, b), max(a, b))
            return Candidate(
                score: neighbours[a][b, default: 0] / pairs, similarity: similarity[a][b, default: 0] / pairs,
                a: x, b: y, va: version[x], vb: version[y])
        }
        var heap = Heap<Candidate>()
        for x in 0..<total {
            for y in neighbours[x].keys where x < y { heap.insert(candidate(x, y)) }
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
            neighbours[keep][gone] = nil
            similarity[keep][gone] = nil
            for (o, n) in neighbours[gone] where o != keep {
                let sim = similarity[gone][o] ?? 0
                neighbours[keep][o, default: 0] += n
                neighbours[o][gone] = nil
                neighbours[o][keep, default: 0] += n
                similarity[keep][o, default: 0] += sim
                similarity[o][gone] = nil
                similarity[o][keep, default: 0] += sim
            }
            neighbours[gone] = [:]
            similarity[gone] = [:]
            version[keep] += 1
            for o in neighbours[keep].keys { heap.insert(candidate(keep, o)) }
        }
        var label = [Int](repeating: 0, count: total)
        for root in 0..<total where alive[root] { for g in members[root] { label[g] = root } }
        label = refine(label: label, articleOf: articleOf, links: links, offsets: offsets, threshold: threshold)
        var groups: [Int: [Int]] = [:]
        for g in 0..<total { groups[label[g], default: []].append(g) }
        return groups.keys.sorted().map { root in
            groups[root]!.map { g in Node(article: articleOf[g], paragraph: g - offsets[articleOf[g]]) }
        }
    }

    /// Local moves: each paragraph in turn goes to the group where its links minus `threshold` × its
    /// cross-article pairs count most (staying put on ties, alone when every group costs more than it
    /// brings), until nothing moves. `label[g]` is the group of paragraph `g` (any integer id).
    static func refine(label: [Int], articleOf: [Int], links: [ArticlePairLinks], offsets: [Int], threshold: Double) -> [Int] {
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
        var size: [Int: Int] = [:]
        var perArticle: [Int: [Int: Int]] = [:]  // group -> article -> members
        for g in 0..<total {
            size[label[g], default: 0] += 1
            perArticle[label[g], default: [:]][articleOf[g], default: 0] += 1
        }
        var fresh = (label.max() ?? 0) + 1
        for _ in 0..<20 {
            var moved = false
            for g in 0..<total where !adjacent[g].isEmpty {
                let here = label[g], art = articleOf[g]
                var linked: [Int: Int] = [:]
                for o in adjacent[g] where articleOf[o] != art { linked[label[o], default: 0] += 1 }
                func gain(_ group: Int) -> Double {
                    let others = (size[group] ?? 0) - (perArticle[group]?[art] ?? 0)
                    return Double(linked[group] ?? 0) - threshold * Double(others)
                }
                // Its own group without it: it does not count against itself.
                let stay = Double(linked[here] ?? 0) - threshold * Double(size[here]! - perArticle[here]![art]!)
                var best = (gain: stay, group: here)
                for group in linked.keys.sorted() where group != here {
                    let v = gain(group)
                    if v > best.gain + 1e-9 { best = (v, group) }
                }
                if best.gain < -1e-9 && size[here]! > 1 {
                    best = (0, fresh)
                    fresh += 1
                }
                guard best.group != here else { continue }
                size[here]! -= 1
                perArticle[here]![art]! -= 1
                size[best.group, default: 0] += 1
                perArticle[best.group, default: [:]][art, default: 0] += 1
                label[g] = best.group
                moved = true
            }
            if !moved { break }
        }
        return label
    }
}
