import Foundation

/// A subject of two conjuncts, a named person and a group or a relative ("Jo Roe and the residents' group have
/// said …", "Jo Roe and her husband said …"): the person is the one a quote ledger can name; the group after
/// "and" is no speaker of its own, and the words up to the verb ("… have already") no description of one.
extension QuoteAttributor {
    /// The person named before "and" when the subject of the verb at `v` is "Name and the/her/their … (have)
    /// (already)"; nil for two names ("Smith and Jones said") or a comma between the conjuncts ("Smith, and
    /// the others, said").
    func conjoinedPerson(_ toks: [Int], verb v: Int) -> String? {
        var k = v - 1
        while k >= 0, isModifier(toks[k]) || Self.auxiliaries.contains(norm(toks[k])) { k -= 1 }
        guard k >= 2 else { return nil }
        if let first = firstOfTwoNames(toks, lastBeforeVerb: k) { return first }
        // The second conjunct: a determiner or a possessive, then at most four words, with spaces only between.
        guard let and = (max(1, k - 5)..<k).last(where: { norm(toks[$0]) == "and" }),
              Self.groupOpeners.contains(norm(toks[and + 1])),
              !(and..<v).contains(where: { ctx.gap(toks[$0], toks[$0 + 1]).contains(where: { ",;:.()–—\"“”".contains($0) }) }),
              ctx.gap(toks[and - 1], toks[and]) == " ",
              let r = ctx.run(endingAt: toks[and - 1]), !r.isOrganisation, !r.isPossessive
        else { return nil }
        let name = canonical(r)
        return names.isPerson(name) ? name : nil
    }

    /// "“…,” Ruth Cole and Sam Ade explained": two people's names joined by "and", spaces only between, right
    /// before the verb. The ledger names one speaker per remark; the first named is the one a following "he
    /// added" continues ("Okoro and Nair both said …. He added:" is Okoro's) and the one `conjoinedPerson`
    /// keeps before a group, so the first is given; before, the run next to the verb (the second) was.
    func firstOfTwoNames(_ toks: [Int], lastBeforeVerb k: Int) -> String? {
        guard let second = ctx.run(endingAt: toks[k]), !second.isOrganisation, !second.isPossessive,
              let s = toks.firstIndex(of: second.tokenRange.lowerBound), s >= 2, norm(toks[s - 1]) == "and",
              ctx.gap(toks[s - 1], toks[s]) == " ", ctx.gap(toks[s - 2], toks[s - 1]) == " ",
              let first = ctx.run(endingAt: toks[s - 2]), !first.isOrganisation, !first.isPossessive
        else { return nil }
        let a = canonical(first), b = canonical(second)
        return names.isPerson(a) && names.isPerson(b) ? a : nil
    }

    static let auxiliaries: Set<String> = ["have", "has", "had", "both", "all", "jointly"]
    static let groupOpeners: Set<String> = ["the", "his", "her", "their", "its", "other", "fellow"]
}
