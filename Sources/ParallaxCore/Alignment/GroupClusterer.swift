import Collections
import Foundation

/// Links between the paragraphs of two articles of a story (`left` < `right` article index).
public struct ArticlePairLinks: Sendable {
    public var left: Int
    public var right: Int
    public var links: [ParagraphLink]
}

/// N-way groups by average-linkage clustering over paragraph links.
///
/// Single-link transitive closure snowballs: A≈B, B≈C, C≈D puts A and D together though they share
/// nothing. Average linkage merges two groups only while the mean similarity over all their cross-article
/// paragraph pairs (a missing link counts 0) stays above the threshold, so a chain of weak links cannot
/// pull unrelated paragraphs in. Paragraphs of the same article are not compared with each other (they are
/// never linked), so one outlet may contribute two paragraphs to a group when it splits the content.
enum GroupClusterer {
    struct Node: Hashable {
        var article: Int
        var paragraph: Int
    }

    private struct Candidate: Comparable {
        var score: Double
        var a: Int
        var b: Int
        var va: Int
        var vb: Int
        static func < (x: Candidate, y: Candidate) -> Bool { (x.score, y.a, y.b) < (y.score, x.a, x.b) }
    }

    static func cluster(paragraphCounts: [Int], links: [ArticlePairLinks], threshold: Double) -> [[Node]] {
        var offsets: [Int] = []
        var total = 0
        for c in paragraphCounts { offsets.append(total); total += c }
        var articleOf = [Int](repeating: 0, count: total)
        for (a, c) in paragraphCounts.enumerated() { for p in 0..<c { articleOf[offsets[a] + p] = a } }

        var members = (0..<total).map { [$0] }
        var articleCounts = (0..<total).map { [articleOf[$0]: 1] }
        var neighbours = [[Int: Double]](repeating: [:], count: total)
        var version = [Int](repeating: 0, count: total)
        var alive = [Bool](repeating: true, count: total)
        for pl in links {
            for l in pl.links {
                let x = offsets[pl.left] + l.left, y = offsets[pl.right] + l.right
                neighbours[x][y, default: 0] += l.similarity
                neighbours[y][x, default: 0] += l.similarity
            }
        }
        func linkage(_ a: Int, _ b: Int, _ sum: Double) -> Double {
            var same = 0
            let (small, large) = articleCounts[a].count < articleCounts[b].count ? (a, b) : (b, a)
            for (art, n) in articleCounts[small] { same += n * (articleCounts[large][art] ?? 0) }
            let pairs = members[a].count * members[b].count - same
            return pairs > 0 ? sum / Double(pairs) : 0
        }
        var heap = Heap<Candidate>()
        for x in 0..<total {
            for (y, s) in neighbours[x] where x < y {
                heap.insert(Candidate(score: linkage(x, y, s), a: x, b: y, va: 0, vb: 0))
            }
        }
        while let c = heap.popMax() {
            guard alive[c.a], alive[c.b], version[c.a] == c.va, version[c.b] == c.vb else { continue }
            guard c.score >= threshold else { break }
            let (keep, gone) = members[c.a].count >= members[c.b].count ? (c.a, c.b) : (c.b, c.a)
            members[keep] += members[gone]
            members[gone] = []
            for (art, n) in articleCounts[gone] { articleCounts[keep][art, default: 0] += n }
            articleCounts[gone] = [:]
            alive[gone] = false
            neighbours[keep][gone] = nil
            for (o, s) in neighbours[gone] where o != keep {
                neighbours[keep][o, default: 0] += s
                neighbours[o][gone] = nil
                neighbours[o][keep, default: 0] += s
            }
            neighbours[gone] = [:]
            version[keep] += 1
            for (o, s) in neighbours[keep] {
                heap.insert(Candidate(
                    score: linkage(keep, o, s), a: min(keep, o), b: max(keep, o),
                    va: version[min(keep, o)], vb: version[max(keep, o)]))
            }
        }
        return (0..<total).filter { alive[$0] }.map { root in
            members[root].sorted().map { g in Node(article: articleOf[g], paragraph: g - offsets[articleOf[g]]) }
        }
    }
}
