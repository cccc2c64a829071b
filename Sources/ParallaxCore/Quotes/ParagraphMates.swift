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

    init(instances: [QuoteInstance], nodes: [[Int]], words: [[String]], edges: [(Int, Int)]) {
        self.instances = instances
        self.words = words
        var nodeOf = [Int](repeating: 0, count: instances.count)
        for (n, members) in nodes.enumerated() { for m in members { nodeOf[m] = n } }
        self.nodeOf = nodeOf
        texts = nodes.map { instances[$0[0]].text }
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

    private mutating func areOneRemark(_ x: Int, _ y: Int) -> Bool {
        let a = instances[x], b = instances[y]
        guard !a.nested, !b.nested, a.article == b.article, a.paragraph == b.paragraph, a.sentence == b.sentence else { return false }
        let nx = nodeOf[x], ny = nodeOf[y]
        let key = [min(nx, ny), max(nx, ny)]
        if let known = pieces[key] { return known }
        var found = false
        for n in neighbours[nx].intersection(neighbours[ny]) where !found {
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
