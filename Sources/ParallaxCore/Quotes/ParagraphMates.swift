import Foundation

/// Which quotes of one paragraph may stand in one group (`QuoteGrouper`).
///
/// Two quotes of one paragraph are different quotes — a quote and the one nested in it, or two remarks —
/// so a third outlet's longer quote holding both must not put them in one group: it would glue two
/// utterances (and everything each was grouped with) into one. The exception is one remark quoted in
/// pieces within one sentence ("she had raised it “privately and clearly” and would do so “until he is
/// home”"): pieces that one sentence of another outlet's quote holds together are one utterance. Two pieces
/// each holding a different sentence of that quote ("explained that “…” and that “…”") stay apart.
struct ParagraphMates {
    private let instances: [QuoteInstance]
    private let nodeOf: [Int]
    private let words: [[String]]
    private let texts: [String]
    private var neighbours: [Set<Int>]
    /// Per cluster root: for each "article|paragraph" its quotes there (instance indices).
    private var byParagraph: [[String: [Int]]]
    private var pieces: [[Int]: Bool] = [:]
    private var sentenceWords: [Int: [[String]]] = [:]
    private var sentenceIndex: [[Int]: Int?] = [:]
    /// Per wording: every outlet quoting it quotes a fragment inside its own sentence.
    private let fragment: [Bool]
    /// Per wording: the words of each piece of a remark cut by an attribution sentence (“A,” she said. “B.”).
    private let cut: [[[String]]]
    private let members: [[Int]]
    /// Per instance: its place among the article's quotes outside nested ones, in reading order.
    private let order: [Int]

    init(instances: [QuoteInstance], nodes: [[Int]], words: [[String]], edges: [(Int, Int)]) {
        self.instances = instances
        self.words = words
        var nodeOf = [Int](repeating: 0, count: instances.count)
        for (n, members) in nodes.enumerated() { for m in members { nodeOf[m] = n } }
        self.nodeOf = nodeOf
        texts = nodes.map { instances[$0[0]].text }
        fragment = nodes.map { $0.allSatisfy { instances[$0].partial } }
        cut = nodes.map { instances[$0[0]].pieces.map { Array(QuoteGrouper.comparisonWords($0).prefix(QuoteGrouper.maxCompareWords)) } }
        members = nodes
        var order = [Int](repeating: 0, count: instances.count)
        let outer = instances.indices.filter { !instances[$0].nested }
        for list in Dictionary(grouping: outer, by: { instances[$0].article }).values {
            for (k, i) in list.sorted(by: { (instances[$0].paragraph, instances[$0].start) < (instances[$1].paragraph, instances[$1].start) }).enumerated() {
                order[i] = k
            }
        }
        self.order = order
        var nb = [Set<Int>](repeating: [], count: nodes.count)
        for (a, b) in edges { nb[a].insert(b); nb[b].insert(a) }
        neighbours = nb
        byParagraph = nodes.map { members in
            var d: [String: [Int]] = [:]
            for m in members { for p in instances[m].parts { d["\(instances[m].article)|\(p.paragraph)", default: []].append(m) } }
            return d
        }
    }

    func size(_ root: Int) -> Int { byParagraph[root].count }

    /// Whether the clusters rooted at `a` and `b` may become one: every pair of their quotes sharing a
    /// paragraph is one remark in pieces.
    mutating func mayJoin(_ a: Int, _ b: Int) -> Bool {
        let (small, large) = byParagraph[a].count <= byParagraph[b].count ? (byParagraph[a], byParagraph[b]) : (byParagraph[b], byParagraph[a])
        for (key, xs) in small {
            guard let ys = large[key] else { continue }
            for x in xs { for y in ys where !areOneRemark(x, y) { return false } }
        }
        return true
    }

    mutating func join(_ b: Int, into a: Int) {
        byParagraph[a].merge(byParagraph[b]) { $0 + $1 }
        byParagraph[b] = [:]
    }

    /// Whether joining wordings `a` and `b` would put a quote of one sentence of a longer quote with
    /// another quote of a different sentence of it: an outlet quoting three sentences at once is not a
    /// reason to join the three sentences other outlets quote apart ("The ground was saturated. … We have
    /// 400 people in the mud" with the wire's "We have 400 people in the mud"), once the longer quote has
    /// the group of another of its sentences.
    mutating func joinsAnotherSentence(_ a: Int, _ b: Int, root: (Int) -> Int) -> Bool {
        for (short, long) in [(a, b), (b, a)] {
            let parts = sentences(long)
            // A fragment ("urged fans to “sing rather than mourn”") is a piece of the whole statement, whichever
            // sentence it comes from; a whole sentence quoted alone is a remark of its own.
            guard parts.count >= 2, !fragment[short], sentences(short).count == 1, let j = sentenceOf(short, in: long) else { continue }
            let home = root(long)
            for n in neighbours[long] where n != short && root(n) == home && sentences(n).count == 1 {
                if let k = sentenceOf(n, in: long), k != j, !(cut[long].count > 1 && (shareParagraph(n, short) || apart(n, short, in: long))),
                    !inOrder(n, k, short, j) { return true }
            }
        }
        return false
    }

    /// The sentence of `long` that the one-sentence wording `short` matches best.
    private mutating func sentenceOf(_ short: Int, in long: Int) -> Int? {
        let key = [short, long]
        if let known = sentenceIndex[key] { return known }
        var best: (index: Int, words: Int)? = nil
        for (i, s) in sentences(long).enumerated() {
            if let c = QuoteGrouper.sharedWords(words[short], s, nil, nil), c > (best?.words ?? 0) { best = (i, c) }
        }
        sentenceIndex[key] = best?.index
        return best?.index
    }

    /// Whether two quotes of one article are the speaker going on: the same speaker, one right after the
    /// other (no quote between them), the later one in the very next sentence — of the same paragraph, or
    /// the first of the next when the earlier one's sentence closes its paragraph (“A,” she said. ¶ “B.”, or
    /// ¶ She added: “B.”). A sentence of the writer's own between them is not the speaker going on.
    private func consecutive(_ x: Int, _ y: Int) -> Bool {
        let a = instances[x], b = instances[y]
        guard !a.nested, !b.nested, a.article == b.article, abs(order[x] - order[y]) == 1, let s = a.speaker, s == b.speaker else { return false }
        let (early, late) = order[x] < order[y] ? (a, b) : (b, a)
        let endParagraph = early.parts.last?.paragraph ?? early.paragraph
        if late.paragraph == endParagraph { return late.sentence == early.endSentence + 1 }
        return late.paragraph == endParagraph + 1 && early.endsParagraph && late.sentence == 0
    }

    /// Whether wordings `m` (matching sentence `k` of a longer quote) and `n` (matching its sentence `j`)
    /// are consecutive quotes of one outlet in the order of those sentences: one remark that outlet gives in
    /// pieces (“A,” she said. [next paragraph] “B.”), which the longer quote holds whole.
    private func inOrder(_ m: Int, _ k: Int, _ n: Int, _ j: Int) -> Bool {
        members[m].contains { x in
            members[n].contains { y in
                guard consecutive(x, y) else { return false }
                let xFirst = (instances[x].paragraph, instances[x].start) < (instances[y].paragraph, instances[y].start)
                return xFirst == (k < j)
            }
        }
    }

    /// Whether wordings `m` and `n` are the same utterance as different pieces of the cut remark `long`
    /// (“A,” she said. “B.”): outlets quoting A and B apart quote that one remark.
    private func apart(_ m: Int, _ n: Int, in long: Int) -> Bool {
        let pm = cut[long].indices.filter { QuoteGrouper.sharedWords(words[m], cut[long][$0], nil, nil) != nil }
        let pn = cut[long].indices.filter { QuoteGrouper.sharedWords(words[n], cut[long][$0], nil, nil) != nil }
        return pm.contains { i in pn.contains { $0 != i } }
    }

    /// Whether two wordings are quoted in one paragraph of one article.
    private func shareParagraph(_ m: Int, _ n: Int) -> Bool {
        members[m].contains { x in
            members[n].contains { y in instances[x].article == instances[y].article && instances[x].paragraph == instances[y].paragraph }
        }
    }

    private mutating func areOneRemark(_ x: Int, _ y: Int) -> Bool {
        let a = instances[x], b = instances[y]
        guard !a.nested, !b.nested, a.article == b.article, a.paragraph == b.paragraph else { return false }
        let nx = nodeOf[x], ny = nodeOf[y]
        let key = [min(nx, ny), max(nx, ny)]
        if let known = pieces[key] { return known }
        var found = false
        for n in neighbours[nx].intersection(neighbours[ny]) where !found {
            // “The river does not carry a passport.” … “Today we stop arguing.” in one paragraph, where another
            // outlet has “The river …,” he said. “… Today we stop arguing.”: two pieces of that cut remark.
            if a.sentence != b.sentence {
                let px = cut[n].indices.filter { QuoteGrouper.sharedWords(words[nx], cut[n][$0], nil, nil) != nil }
                let py = cut[n].indices.filter { QuoteGrouper.sharedWords(words[ny], cut[n][$0], nil, nil) != nil }
                found = px.contains { i in py.contains { $0 != i } }
                // “Died peacefully …,” her family said. They added: “She asked us …”, where another outlet runs the
                // whole statement: the pieces of one remark the speaker went on with.
                if !found, consecutive(x, y) {
                    let sx = sentences(n).indices.filter { QuoteGrouper.sharedWords(words[nx], sentences(n)[$0], nil, nil) != nil }
                    let sy = sentences(n).indices.filter { QuoteGrouper.sharedWords(words[ny], sentences(n)[$0], nil, nil) != nil }
                    let (early, late) = (a.paragraph, a.start) < (b.paragraph, b.start) ? (sx, sy) : (sy, sx)
                    found = early.contains { i in late.contains { $0 > i } }
                }
                continue
            }
            found = sentences(n).contains { s in
                QuoteGrouper.sharedWords(words[nx], s, nil, nil) != nil && QuoteGrouper.sharedWords(words[ny], s, nil, nil) != nil
            }
        }
        pieces[key] = found
        return found
    }

    /// The words of each sentence of a wording.
    private mutating func sentences(_ n: Int) -> [[String]] {
        if let s = sentenceWords[n] { return s }
        let s = Self.sentences(texts[n]).map { Array(QuoteGrouper.comparisonWords($0).prefix(QuoteGrouper.maxCompareWords)) }.filter { !$0.isEmpty }
        sentenceWords[n] = s
        return s
    }

    /// A quote's text cut where a sentence ends and the next begins with a capital, a digit or a mark.
    static func sentences(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var out: [String] = []
        var from = 0
        var i = 0
        while i < s.count {
            if ".?!…".unicodeScalars.contains(s[i]) {
                var j = i + 1
                while j < s.count, "”’\"')".unicodeScalars.contains(s[j]) { j += 1 }
                var k = j
                while k < s.count, s[k].properties.isWhitespace { k += 1 }
                if k > j, k < s.count, s[k].properties.isUppercase || s[k].properties.numericType != nil || "“‘\"'".unicodeScalars.contains(s[k]) {
                    out.append(String(String.UnicodeScalarView(s[from..<j])))
                    from = k
                    i = k
                    continue
                }
            }
            i += 1
        }
        if from < s.count { out.append(String(String.UnicodeScalarView(s[from...]))) }
        return out
    }
}
