import Foundation

/// Words a crowd cried out: "to cries of ‘Oh my God’ from locals", "chants of “Out, out” from the stands". The
/// quote names no speaker in its sentence, so without this the person the sentence before is about would get it;
/// the crowd after "from" cried it.
extension QuoteAttributor {
    static let cryNouns: Set<String> = [
        "cries", "cry", "shouts", "shout", "chants", "chant", "screams", "scream", "calls", "gasps", "cheers", "roars", "jeers", "yells",
    ]

    /// The crowd named after "from" (up to four words, stopping at a participle, a preposition or punctuation),
    /// when the quote stands right after "<cries> of" and right before "from"; nil otherwise.
    func crowdCrying(before: [Int], after: [Int], quoteEnd: Int) -> String? {
        guard before.count >= 2, norm(before[before.count - 1]) == "of", Self.cryNouns.contains(norm(before[before.count - 2])),
            after.count >= 2, norm(after[0]) == "from",
            ScalarText.string(ctx.scalars[quoteEnd..<ctx.tokens[after[0]].start]).allSatisfy({ $0.isWhitespace })
        else { return nil }
        var e = 1
        while e < after.count, e <= 4, ctx.gap(after[e - 1], after[e]).allSatisfy({ $0 == " " }) || e == 1 {
            let w = norm(after[e])
            // "from locals transfixed by the scene": a participle and what follows describe the crowd.
            let next = e + 1 < after.count ? norm(after[e + 1]) : ""
            let pastParticiple = next == "by" || w.hasSuffix("ed") && AttributionLexicon.prepositions.contains(next)
            if e > 1, w.hasSuffix("ing") || pastParticiple || AttributionLexicon.prepositions.contains(w) || AttributionLexicon.relativePronouns.contains(w) { break }
            e += 1
        }
        guard e > 1 else { return nil }
        if let r = ctx.run(startingAt: after[1]) { return canonical(r) }
        return ScalarText.slice(ctx.text, ctx.tokens[after[1]].start, ctx.tokens[after[e - 1]].end)
    }
}
