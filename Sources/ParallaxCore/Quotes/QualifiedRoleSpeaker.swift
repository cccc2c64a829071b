import Foundation

extension QuoteAttributor {
    /// "said Millbrook resident Jo Roe", "said Harbour Rail spokesman Tom Ruiz": a place or a body that
    /// qualifies a lower-case role (one to three words, the last a role), and the person named right after it,
    /// who is the speaker. Nil when anything else (a comma, a verb, a preposition) comes between.
    func personAfterQualifiedRole(_ seq: [Int], from k: Int, qualifier r: NameRun) -> String? {
        guard let q = seq[k...].firstIndex(where: { $0 >= r.tokenRange.upperBound }) else { return nil }
        var j = q
        while j < seq.count, j < q + 3, !ctx.tokens[seq[j]].isCapitalized, ctx.gap(seq[j - 1], seq[j]) == " " { j += 1 }
        guard j > q, j < seq.count, AttributionLexicon.roles.contains(norm(seq[j - 1])), ctx.gap(seq[j - 1], seq[j]) == " ",
            let person = ctx.run(startingAt: seq[j]), !person.isOrganisation, !person.isPossessive, person.wordCount >= 2
        else { return nil }
        return canonical(person)
    }
}
