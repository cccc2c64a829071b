import Foundation

extension QuoteAttributor {
    /// "Reporters asked Jo Roe, the port's director, how trust could be won." over a paragraph that is only a
    /// quote: the answer is the person asked, not whoever asked. The name must follow "asked" directly and be a
    /// person's (a body asked, "asked the council", leaves it to the other rules).
    func personAsked(inSentence r: Range<Int>) -> String? {
        for (k, t) in ctx.tokens.enumerated() where r.contains(t.start) && (t.norm == "asked" || t.norm == "asks") {
            guard k + 1 < ctx.tokens.count, r.contains(ctx.tokens[k + 1].start), ctx.gap(k, k + 1) == " ",
                ctx.quoteOf[k] == nil, let run = ctx.run(startingAt: k + 1), !run.isOrganisation, !run.isPossessive,
                run.wordCount >= 2
            else { continue }
            return canonical(run)
        }
        return nil
    }
}
