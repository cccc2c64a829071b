import Foundation

/// One statement cut by its attribution. Outlets print one remark as “A,” she said, “b.”, as
/// “A,” she said. “B.”, or as one run “A. B.”; a reader comparing them expects one quote, so each form is
/// one instance whose text joins the parts (as a quote over paragraphs is), and it groups with another
/// outlet's run, with A alone or with B alone.
extension QuoteExtractor {
    /// The index of the quote that continues `q` after a short attribution (“…,” she said, “…”), if any.
    static func interruption(after q: QuoteSpan, in ctx: QuoteContext) -> Int? {
        guard q.end > q.start, ctx.scalars[q.end - 1] == "," else { return nil }
        guard let ni = nextTopLevel(after: q, in: ctx) else { return nil }
        let next = ctx.spans[ni]
        let between = ScalarText.slice(ctx.text, q.markEnd, next.markStart)
        let trimmed = between.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(","), !trimmed.contains(where: { ".!?;:".contains($0) }) else { return nil }
        let words = Tokenizer.tokens(between)
        guard !words.isEmpty, words.count <= 8, words.contains(where: { AttributionLexicon.speechVerbs.contains($0.norm) }) else { return nil }
        guard let first = ctx.scalars[next.start..<next.end].first(where: { $0.properties.isAlphabetic }), first.properties.isLowercase else { return nil }
        return ni
    }

    /// The index of the quote that goes on with `q` (span `index`) after an attribution that is a sentence of
    /// its own: “We share the goal,” Harmon said. “We don't share the method.” The first part ends on a
    /// comma (the remark is not over), the attribution is one short sentence with a speech verb, and the
    /// next quote opens the very next sentence. Not when the next quote's own attribution names someone
    /// else (“…,” he said. “…,” she replied.), when the attribution is a question asked (“…,” I asked.
    /// “…”), or when the next quote is a term.
    static func resumption(after q: QuoteSpan, index: Int, in ctx: QuoteContext, attributor: QuoteAttributor) -> Int? {
        guard q.end > q.start, ctx.scalars[q.end - 1] == ",", let ni = nextTopLevel(after: q, in: ctx) else { return nil }
        let next = ctx.spans[ni]
        let between = ScalarText.slice(ctx.text, q.markEnd, next.markStart)
        let trimmed = between.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("."), !trimmed.contains(where: { "!?;:“”\"‘’".contains($0) }) else { return nil }
        let words = Tokenizer.tokens(between)
        guard !words.isEmpty, words.count <= 14,
            words.contains(where: { AttributionLexicon.speechVerbs.contains($0.norm) && !askingVerbs.contains($0.norm) }),
            !["i", "we"].contains(words[0].norm),
            let k = ctx.tokens.lastIndex(where: { $0.end <= next.markStart }), ctx.tokens[k].start >= q.markEnd,
            ctx.sentenceIndex(at: q.markEnd) == ctx.sentenceIndex(at: ctx.tokens[k].start),
            ctx.sentenceIndex(at: next.markStart) == ctx.sentenceIndex(at: ctx.tokens[k].start) + 1,
            !isTerm(next, in: ctx)
        else { return nil }
        if let own = attributor.speaker(for: ni), let first = attributor.speaker(for: index), own != first { return nil }
        return ni
    }

    private static let askingVerbs: Set<String> = ["ask", "asks", "asked", "asking", "wonder", "wondered", "wonders", "inquired", "enquired"]

    /// The first top-level quote opening at or after `q`'s closing mark. Spans are sorted by markStart.
    private static func nextTopLevel(after q: QuoteSpan, in ctx: QuoteContext) -> Int? {
        var lo = 0, hi = ctx.spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ctx.spans[mid].markStart < q.markEnd { lo = mid + 1 } else { hi = mid }
        }
        return ctx.spans[lo...].firstIndex(where: { $0.depth == 0 })
    }
}
