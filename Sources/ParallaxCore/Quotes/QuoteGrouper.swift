import Foundation

/// Groups quote instances that carry the same utterance, and says how faithfully each outlet reproduces it.
///
/// Two instances are the same utterance when their words are equal after folding quote style, case,
/// punctuation and contractions; when one is a contiguous part of the other (an outlet quoting only part);
/// or when most of their words match in order (an outlet changing a word or two). Instances in the same
/// paragraph are never merged: they are different quotes, or a quote and the quote nested inside it.
enum QuoteGrouper {
    /// Distinct wordings one word pair may index before it counts as too common to find candidates.
    static let maxPosting = 64
    /// Most wordings one wording is compared with.
    static let maxCandidates = 32
    /// Words of a quote compared at most: a real quote is well under this; a run-away quote (an opening
    /// mark never closed) would make each comparison cost its length squared.
    static let maxCompareWords = 250

    static func group(_ instances: [QuoteInstance], articleOrder: [String: Int]) -> [QuoteGroup] {
        let keys = instances.map { comparisonWords($0.text) }
        // Identical wordings are one node, so a quote carried by a thousand outlets costs one comparison.
        var nodeOf: [[String]: Int] = [:]
        var nodes: [(key: [String], members: [Int])] = []
        for (i, k) in keys.enumerated() {
            if let n = nodeOf[k] { nodes[n].members.append(i) } else {
                nodeOf[k] = nodes.count
                nodes.append((k, [i]))
            }
        }
        // Named speakers only: "a judge" or "the presenter" may well be the person another outlet names, so an
        // unnamed phrase does not keep a quote apart ("as a judge told him “busy is not a defence”" is the
        // district judge's "But busy is not a defence.").
        func speakers(_ n: Int) -> Set<String> { Set(nodes[n].members.compactMap { instances[$0].speaker.flatMap { isNamed($0) ? $0 : nil } }) }
        // A quote holding nested quotes is compared by its own words with a quote that holds none: "When a
        // minister says the panel ‘will do what it's told’, that is no slip" is not the minister's "will do
        // what it's told" that another outlet quotes alone.
        let compared = nodes.map { Array($0.key.prefix(maxCompareWords)) }
        let own: [[String]?] = nodes.map { node in
            let owns = node.members.map { instances[$0].ownText.map { Array(comparisonWords($0).prefix(maxCompareWords)) } }
            guard let first = owns.first ?? nil, owns.allSatisfy({ $0 == first }) else { return nil }
            return first
        }
        // “A,” she said. “B.” is one remark: a wording that is the same utterance as A or as B joins it, even
        // where A and B together are too long for it ("These are not anonymous stones" with more words after).
        let pieces: [[[String]]] = nodes.map { node in
            instances[node.members[0]].pieces.map(comparisonWords).filter { $0.count >= 3 }
        }
        // Candidates share a word pair (or, for very short quotes, a word): an inverted index, not all pairs.
        // A pair carried by more than `maxPosting` distinct wordings ("said the", or every pair of a
        // text made of a few words) tells nothing and would make every wording a candidate of every other,
        // so it is not used; each wording is then compared with at most `maxCandidates` others, those
        // sharing the most pairs with it. Both bounds keep grouping linear in the number of quotes.
        var index: [String: [Int]] = [:]
        var shinglesOf: [[String]] = []
        shinglesOf.reserveCapacity(nodes.count)
        for n in nodes.indices {
            let k = compared[n]
            let shingles = k.count >= 2
                ? Array(Set((k.startIndex..<(k.endIndex - 1)).map { k[$0] + " " + k[$0 + 1] })) : Array(Set(k))
            shinglesOf.append(shingles)
            for sh in shingles { index[sh, default: []].append(n) }
        }
        var shared = [Int](repeating: 0, count: nodes.count)
        var edges: [(score: Double, a: Int, b: Int)] = []
        for a in nodes.indices {
            var seen: [Int] = []
            for sh in shinglesOf[a] {
                guard let list = index[sh], list.count > 1, list.count <= maxPosting else { continue }
                for b in list where b > a {
                    if shared[b] == 0 { seen.append(b) }
                    shared[b] += 1
                }
            }
            let candidates = seen.sorted { (shared[$1], $0) < (shared[$0], $1) }.prefix(maxCandidates)
            for b in seen { shared[b] = 0 }
            for b in candidates {
                let sa = speakers(a), sb = speakers(b)
                let differ = !sa.isEmpty && !sb.isEmpty && sa.isDisjoint(with: sb)
                let ka = own[a] != nil && own[b] == nil ? own[a]! : compared[a]
                let kb = own[b] != nil && own[a] == nil ? own[b]! : compared[b]
                // One speaker's account that two outlets trim at different ends ("It was the ears. My lad said …" /
                // "My lad said … Then it turned round. I ran."): a whole run of their words in both is one remark.
                // Their own words only: words they both quote from someone else ("the company told us, 'The cranes
                // are going automatic …'") make no run.
                let sameSpeaker = !sa.isEmpty && !sb.isEmpty && !sa.isDisjoint(with: sb)
                guard let common = sharedWords(ka, kb, differ ? "a" : nil, differ ? "b" : nil)
                    ?? sharedPiece(pieces[a], kb, differ) ?? sharedPiece(pieces[b], ka, differ)
                    ?? (sameSpeaker ? sharedRun(own[a] ?? compared[a], own[b] ?? compared[b]) : nil) else { continue }
                // Two quotes that open on the same words are one act of quoting, the longer running on; that
                // beats a closer match further in (a long quote takes the group of the sentence it opens with).
                let opensAlike = ka.prefix(2) == kb.prefix(2)
                edges.append(((opensAlike ? 1 : 0) + Double(common) / Double(max(compared[a].count, compared[b].count)), a, b))
            }
        }
        // The closest pairs join first, and two quotes of one paragraph never end in one group (a quote and
        // the one nested in it, or two quotes another outlet runs together): a long quote holding two
        // sentences joins the one it is closest to, not both and everything each of them joined.
        edges.sort { ($1.score, $0.a, $0.b) < ($0.score, $1.a, $1.b) }
        var parent = Array(nodes.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var together = ParagraphMates(instances: instances, nodes: nodes.map(\.members), words: compared, edges: edges.map { ($0.a, $0.b) })
        for e in edges {
            var ra = find(e.a), rb = find(e.b)
            guard ra != rb, together.mayJoin(ra, rb), !together.joinsAnotherSentence(e.a, e.b, root: find) else { continue }
            if together.size(ra) < together.size(rb) { swap(&ra, &rb) }
            parent[rb] = ra
            together.join(rb, into: ra)
        }
        var clusters: [Int: [Int]] = [:]
        for n in nodes.indices { clusters[find(n), default: []] += nodes[n].members }
        func position(_ q: QuoteInstance) -> (Int, Int, Int) { (articleOrder[q.article] ?? 0, q.paragraph, q.start) }
        var groups: [QuoteGroup] = clusters.values.map { members in
            let sorted = members.sorted { position(instances[$0]) < position(instances[$1]) }
            return makeGroup(sorted.map { instances[$0] }, keys: sorted.map { keys[$0] })
        }
        groups.sort { position($0.instances[0]) < position($1.instances[0]) }
        for i in groups.indices { groups[i].id = i + 1 }
        return groups
    }

    private static func makeGroup(_ pieces: [QuoteInstance], keys pieceKeys: [[String]]) -> QuoteGroup {
        let members = OutletRows.merge(pieces)
        let keys = members.count == pieces.count ? pieceKeys : members.map { comparisonWords($0.text) }
        // Canonical: the wording most outlets carry, preferring whole quotes over fragments, then the longest.
        var counts: [[String]: Int] = [:]
        for (m, k) in zip(members, keys) where !m.partial && !m.nested { counts[k, default: 0] += 1 }
        let best = members.indices.max { a, b in
            let ra = (!members[a].partial && !members[a].nested ? 1 : 0, counts[keys[a], default: 0], keys[a].count, -a)
            let rb = (!members[b].partial && !members[b].nested ? 1 : 0, counts[keys[b], default: 0], keys[b].count, -b)
            return ra < rb
        }!
        let canonical = members[best].text
        let canonicalKey = keys[best]
        let outlets = Set(members.map(\.article)).count
        let agreement: QuoteAgreement = outlets < 2 ? .single : (keys.allSatisfy { $0 == canonicalKey } ? .verbatim : .variant)
        var withChanges = members
        // "“The panel will do what it's told” is not a gaffe.": words the writer repeats with no attribution
        // are those of whoever the same article quoted them from before.
        for i in withChanges.indices where withChanges[i].speaker == nil && !withChanges[i].nested {
            if let earlier = withChanges[..<i].last(where: { $0.article == withChanges[i].article && !$0.nested && $0.speaker != nil }) {
                withChanges[i].speaker = earlier.speaker
            }
        }
        for i in withChanges.indices where keys[i] != canonicalKey {
            withChanges[i].changes = WordDiff.changes(canonical, members[i].text)
                .filter { comparisonWords($0.left) != comparisonWords($0.right) }
                .map { QuoteChange(canonical: $0.left, instance: $0.right) }
        }
        // Speaker: the name most instances give; a name beats an unnamed phrase.
        var speakerVotes: [String: Int] = [:]
        for m in members { if let s = m.speaker { speakerVotes[s, default: 0] += isNamed(s) ? 100 : 1 } }
        let speaker = speakerVotes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        return QuoteGroup(id: 0, speaker: speaker, text: canonical, agreement: agreement, instances: withChanges)
    }

    /// The most words one piece of a cut remark shares with wording `other` when they are one utterance.
    private static func sharedPiece(_ pieces: [[String]], _ other: [String], _ differ: Bool) -> Int? {
        pieces.compactMap { sharedWords(Array($0.prefix(maxCompareWords)), other, differ ? "a" : nil, differ ? "b" : nil) }.max()
    }

    /// Words in a row that one speaker's two quotes both hold, when at least `sharedRunWords`, else nil.
    static func sharedRun(_ a: [String], _ b: [String]) -> Int? {
        guard a.count >= sharedRunWords, b.count >= sharedRunWords else { return nil }
        var best = 0
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var row = [Int](repeating: 0, count: b.count + 1)
            for (j, y) in b.enumerated() where x == y {
                row[j + 1] = previous[j] + 1
                best = max(best, row[j + 1])
            }
            previous = row
        }
        return best >= sharedRunWords ? best : nil
    }

    /// Eight words in a row are a sentence or most of one: a speaker's stock phrase is shorter.
    static let sharedRunWords = 8

    private static func isNamed(_ s: String) -> Bool { s.first?.isUppercase ?? false }

    static func sameUtterance(_ a: [String], _ b: [String], _ sa: String?, _ sb: String?) -> Bool {
        sharedWords(a, b, sa, sb) != nil
    }

    /// The number of words two wordings share in order when they are one utterance, else nil.
    static func sharedWords(_ a: [String], _ b: [String], _ sa: String?, _ sb: String?) -> Int? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        if a == b { return a.count }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        let differentSpeakers = sa != nil && sb != nil && sa != sb
        if short.count >= 3, !differentSpeakers || short.count >= 6, contains(long, short) { return short.count }
        let l = lcs(a, b)
        let ratio = Double(l) / Double(long.count)
        let shortRatio = Double(l) / Double(short.count)
        if differentSpeakers { return l >= 5 && ratio >= 0.8 ? l : nil }
        return l >= 4 && (ratio >= 0.6 || shortRatio >= 0.8 && l >= 5) ? l : nil
    }

    private static func contains(_ long: [String], _ short: [String]) -> Bool {
        guard short.count <= long.count else { return false }
        for i in 0...(long.count - short.count) where Array(long[i..<(i + short.count)]) == short { return true }
        return false
    }

    private static func lcs(_ a: [String], _ b: [String]) -> Int {
        var prev = [Int](repeating: 0, count: b.count + 1)
        var cur = prev
        for x in a {
            for (j, y) in b.enumerated() { cur[j + 1] = x == y ? prev[j] + 1 : max(prev[j + 1], cur[j]) }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    /// Words compared for sameness: the word diff's (folded, punctuation dropped, contractions expanded,
    /// British and American spellings as one), so a quote is verbatim exactly when the diff shows no change.
    static func comparisonWords(_ text: String) -> [String] { WordDiff.comparisonWords(text) }
}
