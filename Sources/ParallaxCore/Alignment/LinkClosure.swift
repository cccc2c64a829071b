/// Completes the story's link graph where several outlets agree.
///
/// Outlets that report one fact each carry a paragraph about it, and those paragraphs should all link to each
/// other. Word overlap finds most of these links but misses pairs that word the fact very differently or
/// mention it in one clause of a paragraph about something else. When such a pair already
/// has at least `closureSupport` linked partners in common in other articles, and some similarity of its own
/// (`closureFloor`), the outlets around it vouch for the link. Requiring several common partners, not one,
/// is what keeps a lone pivot (a paragraph that mixes two facts) from joining paragraphs about different
/// facts; a floor keeps pairs with nothing in common apart.
enum LinkClosure {
    struct Candidate {
        var left: Int
        var right: Int
        var pair: ScoredPair
    }

    /// `links`: the filtered links per article pair; `nearMisses`: scored candidates that were not kept, at or
    /// above `parameters.closureFloor`. Returns the links with the completed ones added (sorted per pair).
    static func complete(
        links: [ArticlePairLinks], nearMisses: [Candidate], paragraphCounts: [Int], parameters: AlignmentParameters
    ) -> [ArticlePairLinks] {
        guard parameters.closureSupport > 0, parameters.closureRounds > 0, paragraphCounts.count >= 3 else { return links }
        var offsets: [Int] = []
        var total = 0
        for c in paragraphCounts { offsets.append(total); total += c }
        func node(_ a: Int, _ p: Int) -> Int { offsets[a] + p }
        var article = [Int](repeating: 0, count: total)
        for (a, c) in paragraphCounts.enumerated() { for p in 0..<c { article[offsets[a] + p] = a } }

        var result = links
        let indexOfPair = Dictionary(uniqueKeysWithValues: links.enumerated().map { ($1.left * paragraphCounts.count + $1.right, $0) })
        var pending = nearMisses.filter { $0.pair.score >= parameters.closureFloor }
        for _ in 0..<parameters.closureRounds {
            var neighbours = [[Int]](repeating: [], count: total)
            for pl in result {
                for l in pl.links {
                    let x = node(pl.left, l.left), y = node(pl.right, l.right)
                    neighbours[x].append(y)
                    neighbours[y].append(x)
                }
            }
            for i in neighbours.indices { neighbours[i].sort() }
            var added: [Int] = []
            for (k, c) in pending.enumerated() {
                let x = node(c.left, c.pair.left), y = node(c.right, c.pair.right)
                let nx = neighbours[x], ny = neighbours[y]
                var i = 0, j = 0, common = 0
                while i < nx.count && j < ny.count {
                    if nx[i] == ny[j] {
                        let a = article[nx[i]]
                        if a != c.left && a != c.right { common += 1 }
                        i += 1; j += 1
                    } else if nx[i] < ny[j] {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                if common >= parameters.closureSupport { added.append(k) }
            }
            guard !added.isEmpty else { break }
            for k in added {
                let c = pending[k]
                guard let at = indexOfPair[c.left * paragraphCounts.count + c.right] else { continue }
                result[at].links.append(ParagraphLink(left: c.pair.left, right: c.pair.right, similarity: c.pair.score))
            }
            let done = Set(added)
            pending = pending.enumerated().filter { !done.contains($0.offset) }.map(\.element)
        }
        for k in result.indices { result[k].links.sort { ($0.left, $0.right) < ($1.left, $1.right) } }
        return result
    }
}
