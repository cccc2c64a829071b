/// Completes the story's link graph where several outlets agree.
///
/// Outlets that report one fact each carry a paragraph about it, and those paragraphs should all link to each
/// other. Word overlap finds most of these links but misses pairs that word the fact very differently or
/// mention it in one clause of a paragraph about something else. When such a pair already
/// has at least `closureSupport` linked partners in common in other articles, and some similarity of its own
/// (`closureFloor`), the outlets around it vouch for the link. Requiring several common partners, not one,
/// is what keeps a lone pivot (a paragraph that mixes two facts) from joining paragraphs about different
/// facts; a floor keeps pairs with nothing in common apart.
///
/// Two common partners are enough for a pair that is nearly the best match of both its paragraphs
/// (`closurePairRelative` of the higher of their two best scores against the other article) when each of the two
/// paragraphs links firmly (`closurePairAnchor`) to one of those partners, and the two partners are a fair share
/// (`closurePairShare`) of either paragraph's links. Each paragraph then likes the other best in its article, and
/// both certainly report what the two vouching outlets report. A paragraph linked to many (a lede merging facts, a
/// column touching every fact) has two partners in common with many paragraphs by chance, so there two say little;
/// and a pair one of whose paragraphs links only weakly to the partners is two facts of one topic (docs/alignment.md,
/// links36: 15 links more over the 20 gold stories and the seeds, 13 of them right).
enum LinkClosure {
    struct Candidate {
        var left: Int
        var right: Int
        var pair: ScoredPair
        /// The higher of the two paragraphs' best scores against the other article (the filter's `relative`
        /// reads the same). Unknown (infinity): the pair is not taken for nearly the best.
        var top: Double = .infinity
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
        let pairRelative = parameters.closurePairRelative, pairAnchor = parameters.closurePairAnchor
        let pairShare = parameters.closurePairShare
        let indexOfPair = Dictionary(uniqueKeysWithValues: links.enumerated().map { ($1.left * paragraphCounts.count + $1.right, $0) })
        var pending = nearMisses.filter { $0.pair.score >= parameters.closureFloor }
        for _ in 0..<parameters.closureRounds {
            // Per node, its linked partners and the links' similarities, sorted by partner.
            var neighbours = [[(node: Int, similarity: Double)]](repeating: [], count: total)
            for pl in result {
                for l in pl.links {
                    let x = node(pl.left, l.left), y = node(pl.right, l.right)
                    neighbours[x].append((y, l.similarity))
                    neighbours[y].append((x, l.similarity))
                }
            }
            for i in neighbours.indices { neighbours[i].sort { $0.node < $1.node } }
            var added: [Int] = []
            for (k, c) in pending.enumerated() {
                let x = node(c.left, c.pair.left), y = node(c.right, c.pair.right)
                let nx = neighbours[x], ny = neighbours[y]
                var i = 0, j = 0, common = 0
                // The firmest link of each of the two to a common partner.
                var firmX = 0.0, firmY = 0.0
                while i < nx.count && j < ny.count {
                    if nx[i].node == ny[j].node {
                        let a = article[nx[i].node]
                        if a != c.left && a != c.right {
                            common += 1
                            firmX = max(firmX, nx[i].similarity)
                            firmY = max(firmY, ny[j].similarity)
                        }
                        i += 1; j += 1
                    } else if nx[i].node < ny[j].node {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                if common >= parameters.closureSupport {
                    added.append(k)
                } else if pairRelative > 0, common >= 2, !c.pair.quotationWithoutSpeaker,
                          c.pair.score >= pairRelative * c.top, min(firmX, firmY) >= pairAnchor,
                          Double(common) >= pairShare * Double(max(nx.count, ny.count)) {
                    added.append(k)
                }
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
