import Foundation

/// Lays out two linked articles as display rows: the left article in its own order; each right paragraph
/// beside the left paragraph it matches best; right-only paragraphs next to their nearest linked
/// neighbour; a row whose right side breaks the reading order of the right article marked as moved.
enum RowBuilder {
    /// Groups paragraphs into rows (without sentences or kinds). Every paragraph lands in exactly one row.
    static func layout(leftCount: Int, rightCount: Int, links: [ParagraphLink]) -> [(left: [Int], right: [Int])] {
        // Each right paragraph sits beside its best left partner (ties: the earlier paragraph).
        var anchor = [Int?](repeating: nil, count: rightCount)
        var anchorSim = [Double](repeating: -1, count: rightCount)
        var partners = [[Int]](repeating: [], count: leftCount)
        for l in links where l.left < leftCount && l.right < rightCount {
            partners[l.left].append(l.right)
            if l.similarity > anchorSim[l.right] || (l.similarity == anchorSim[l.right] && l.left < anchor[l.right]!) {
                anchor[l.right] = l.left
                anchorSim[l.right] = l.similarity
            }
        }
        // Rows keyed by a representative left paragraph (union-find over adjacent merges).
        var parent = Array(0..<leftCount)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var hasAnchored = [Bool](repeating: false, count: leftCount)
        for case let a? in anchor { hasAnchored[a] = true }
        // A left paragraph whose partners all sit beside an adjacent paragraph joins that row: one right
        // paragraph covers both (a merge). Far away, it stays alone; its link is still reported.
        for i in 0..<leftCount where !hasAnchored[i] && !partners[i].isEmpty {
            let adjacent = partners[i].compactMap { anchor[$0] }.filter { abs($0 - i) == 1 }
            if let a = adjacent.min() { parent[find(i)] = find(a) }
        }
        var rowsByRoot: [Int: (left: [Int], right: [Int])] = [:]
        for i in 0..<leftCount { rowsByRoot[find(i), default: ([], [])].left.append(i) }
        for j in 0..<rightCount { if let a = anchor[j] { rowsByRoot[find(a)]!.right.append(j) } }
        var rows = rowsByRoot.values.sorted { $0.left[0] < $1.left[0] }
        // Right-only paragraphs: after the row of the nearest preceding linked right paragraph, else before
        // the row of the nearest following one; with no links at all, after everything.
        var rowOfRight = [Int?](repeating: nil, count: rightCount)
        for (k, r) in rows.enumerated() { for j in r.right { rowOfRight[j] = k } }
        // The row of the nearest linked right paragraph after each position, found in one backward pass (a
        // search per paragraph was quadratic in a long article with few links).
        var nextRow = [Int?](repeating: nil, count: rightCount + 1)
        for j in stride(from: rightCount - 1, through: 0, by: -1) { nextRow[j] = rowOfRight[j] ?? nextRow[j + 1] }
        var after = [Int: [Int]](), before = [Int: [Int]](), tail: [Int] = []
        var previousRow: Int?  // row of the nearest linked right paragraph before j
        for j in 0..<rightCount {
            if let k = rowOfRight[j] { previousRow = k; continue }
            if let p = previousRow {
                after[p, default: []].append(j)
            } else if let n = nextRow[j + 1] {
                before[n, default: []].append(j)
            } else {
                tail.append(j)
            }
        }
        var out: [(left: [Int], right: [Int])] = []
        for (k, r) in rows.enumerated() {
            for j in before[k] ?? [] { out.append(([], [j])) }
            out.append(r)
            for j in after[k] ?? [] { out.append(([], [j])) }
        }
        for j in tail { out.append(([], [j])) }
        rows = out
        return rows
    }

    /// Indices of rows (among those given, by position) whose right side is out of the right article's
    /// order: those outside a longest increasing run of right positions.
    static func movedRows(_ rightStarts: [Int?]) -> Set<Int> {
        let present = rightStarts.enumerated().compactMap { k, v in v.map { (k, $0) } }
        guard present.count > 1 else { return [] }
        // Longest increasing subsequence with predecessor links (patience sorting).
        var tails: [Int] = []  // index into present
        var prev = [Int?](repeating: nil, count: present.count)
        for (idx, item) in present.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if present[tails[mid]].1 < item.1 { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { prev[idx] = tails[lo - 1] }
            if lo == tails.count { tails.append(idx) } else { tails[lo] = idx }
        }
        var inRun = Set<Int>()
        var cur = tails.last
        while let c = cur { inRun.insert(present[c].0); cur = prev[c] }
        return Set(present.map(\.0)).subtracting(inRun)
    }

    /// Unlinked paragraphs right next to a linked row join it when one of their sentences matches one of
    /// the row's other side at `floor` or better: a paragraph split in two by one outlet, whose second half
    /// is too paraphrased to link on its own, then shows its words changed instead of standing apart.
    /// The left side stays contiguous and in order. `similarity(leftParagraphs, rightParagraphs)`.
    static func adoptNeighbours(
        _ rows: [(left: [Int], right: [Int])], floor: Double, similarity: ([Int], [Int]) -> Double
    ) -> [(left: [Int], right: [Int])] {
        var rows = rows
        var removed = Set<Int>()
        for k in rows.indices where !rows[k].left.isEmpty && !rows[k].right.isEmpty && !removed.contains(k) {
            for direction in [1, -1] {
                var m = k + direction
                var steps = 0
                while m >= 0, m < rows.count, steps < 2, !removed.contains(m),
                    rows[m].left.isEmpty != rows[m].right.isEmpty
                {
                    let r = rows[m]
                    if r.left.isEmpty {
                        if similarity(rows[k].left, r.right) >= floor {
                            rows[k].right = (rows[k].right + r.right).sorted()
                            removed.insert(m)
                        }
                    } else {
                        let edge = direction > 0 ? rows[k].left.max()! + 1 : rows[k].left.min()! - 1
                        guard r.left == [edge] else { break }
                        if similarity(r.left, rows[k].right) >= floor {
                            rows[k].left = (rows[k].left + r.left).sorted()
                            removed.insert(m)
                        } else {
                            break
                        }
                    }
                    m += direction
                    steps += 1
                }
            }
        }
        return rows.indices.filter { !removed.contains($0) }.map { rows[$0] }
    }
}
