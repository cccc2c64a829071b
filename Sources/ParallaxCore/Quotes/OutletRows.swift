import Foundation

/// One row per outlet per remark. A reader of the ledger counts outlets by its rows, so an outlet that
/// teases a remark in its opening ("calling the cuts “a slap in the face”") and quotes it in full later, or
/// that gives one remark in pieces another outlet runs together, is one instance of the group, not two.
enum OutletRows {
    /// `members` in reading order; the instances of one article (outside nested quotes) merged: a fragment
    /// inside the writer's own sentence whose words another piece of the same article holds (a teaser before
    /// the full quote) is kept only as a `part` (so a reader still marks it in the text); pieces with words of
    /// their own are joined in reading order into one text. The same words quoted again in full stay a row of
    /// their own: said again on another occasion, or the writer repeating them.
    static func merge(_ members: [QuoteInstance]) -> [QuoteInstance] {
        var byArticle: [String: [Int]] = [:]
        for (i, m) in members.enumerated() where !m.nested { byArticle[m.article, default: []].append(i) }
        guard byArticle.values.contains(where: { $0.count > 1 }) else { return members }
        var out = members
        var dropped = Set<Int>()
        for (_, idx) in byArticle where idx.count > 1 {
            let keys = idx.map { QuoteGrouper.comparisonWords(members[$0].text) }
            func same(_ a: Int, _ b: Int) -> Bool {
                !keys[a].isEmpty && !keys[b].isEmpty && QuoteGrouper.sharedWords(keys[a], keys[b], nil, nil) != nil
            }
            // A teaser: a fragment that is the same utterance as a longer piece, or as a whole quote of it.
            let repeats = idx.indices.filter { a in
                members[idx[a]].partial && idx.indices.contains { b in
                    b != a && same(a, b) && (keys[a].count < keys[b].count || keys[a].count == keys[b].count && (!members[idx[b]].partial || b < a))
                }
            }
            var kept: [Int] = []
            for k in idx.indices where !repeats.contains(k) && !kept.contains(where: { same($0, k) }) { kept.append(k) }
            guard let first = kept.first, kept.count > 1 || !repeats.isEmpty else { continue }
            var m = members[idx[first]]
            for k in kept.dropFirst() {
                let next = members[idx[k]]
                m.text = joined(m.text, next.text)
                m.parts += next.parts
                m.partial = m.partial && next.partial
                dropped.insert(idx[k])
            }
            let hosts = repeats.filter { r in kept.contains { same(r, $0) } }
            for r in hosts {
                m.parts += members[idx[r]].parts
                dropped.insert(idx[r])
            }
            // The speaker a piece names beats an unnamed phrase another gives ("a judge" in a standfirst, the
            // judge's name where the article quotes her in full).
            let speakers = (kept + hosts).compactMap { members[idx[$0]].speaker }
            m.speaker = speakers.first { $0.first?.isUppercase == true } ?? speakers.first
            m.ownText = nil
            out[idx[first]] = m
        }
        return out.indices.filter { !dropped.contains($0) }.map { out[$0] }
    }

    /// Two pieces of one remark as one text: after a piece's own stop a space; before a piece that opens a
    /// sentence a full stop; between fragments of one sentence an ellipsis, since words stand between them.
    static func joined(_ a: String, _ b: String) -> String {
        let last = a.unicodeScalars.last { !"’'”\")".unicodeScalars.contains($0) }
        if let last, ".?!…".unicodeScalars.contains(last) { return a + " " + b }
        let opens = b.unicodeScalars.first { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        if let opens, opens.properties.isUppercase || opens.properties.numericType != nil { return a + ". " + b }
        return a + " … " + b
    }
}
