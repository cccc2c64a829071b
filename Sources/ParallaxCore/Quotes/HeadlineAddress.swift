import Foundation

/// "Judge to Roe: ‘When will the lies end?’", "Reyes to jurors: “…”": a headline's or sub-heading's shorthand
/// for someone saying words to someone. The speaker is the one before "to"; a role word alone there ("Judge")
/// is the person of the story who holds it.
extension QuoteAttributor {
    func headlineAddress(_ toks: [Int]) -> String? {
        guard toks.count >= 3, toks.count <= 8, let last = toks.last,
            case let after = ctx.tokens[last].end, after < ctx.scalars.count, ctx.scalars[after] == ":",
            let t = toks.firstIndex(where: { norm($0) == "to" }), t >= 1, t <= 3, t + 1 < toks.count,
            ctx.tokens[toks[0]].isCapitalized, ctx.tokens[toks[t + 1]].isCapitalized || toks.count - t <= 3,
            !toks.contains(where: isVerb),
            !(1..<toks.count).contains(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { ",.;(".contains($0) }) })
        else { return nil }
        if t == 1, case let w = NameRuns.stripPossessive(norm(toks[0])), AttributionLexicon.roles.contains(w) || AttributionLexicon.titles.contains(w),
            ctx.run(startingAt: toks[0]).map({ $0.tokenRange.upperBound <= toks[0] + 1 || $0.name.isEmpty }) ?? true
        {
            return names.roleAntecedent(w, article: article, paragraph: paragraph, offset: ctx.tokens[toks[0]].start)
        }
        guard let r = ctx.run(startingAt: toks[0]), !r.isOrganisation, !r.isPossessive,
            r.tokenRange.upperBound - 1 == toks[t - 1]
        else { return nil }
        return canonical(r)
    }
}
