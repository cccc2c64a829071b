import Foundation

/// Lines a page sets over a quote rather than quotes of their own.
extension QuoteExtractor {
    /// "'I've never seen the sea like it'", "Mayor: 'Pontelisca has lost its heart'", "“Before them”: Albrecht on
    /// the Marek case": a live entry's headline (cleaning keeps it as a short paragraph) quoting words the entry
    /// then gives in full, with their speaker. The headline is the outlet's label for that quote, not the
    /// speaker saying it again; given to whoever was named last it went to the wrong person ("his office").
    static func isEntryHeadline(_ pi: Int, contexts: [QuoteContext]) -> Bool {
        let ctx = contexts[pi]
        let top = ctx.spans.filter { $0.depth == 0 }
        guard top.count == 1, let q = top.first, !q.runsOn, ctx.tokens.count <= 14 else { return false }
        // A headline has no full stop: "“We will be back.”" alone is someone's sentence.
        guard let last = ctx.scalars.last(where: { !$0.properties.isWhitespace }), !".!?".unicodeScalars.contains(last),
            let lastWord = ctx.scalars[q.start..<q.end].last(where: { !$0.properties.isWhitespace && !"\"'’”".unicodeScalars.contains($0) }),
            !".!?".unicodeScalars.contains(lastWord)
        else { return false }
        let words = Tokenizer.tokens(ScalarText.slice(ctx.text, q.start, q.end)).map(\.norm)
        guard words.count >= 2 else { return false }
        for next in contexts[(pi + 1)...].prefix(4) {
            for s in next.spans where s.depth == 0 {
                let quoted = Tokenizer.tokens(ScalarText.slice(next.text, s.start, s.end)).map(\.norm)
                guard quoted.count >= words.count else { continue }
                for i in 0...(quoted.count - words.count) where quoted[i] == words[0] && Array(quoted[i..<(i + words.count)]) == words {
                    return true
                }
            }
        }
        return false
    }

    /// "placards reading “Books not budgets”", "a banner that read ‘…’", "T-shirts saying …": words written on
    /// something a crowd carries, not said by anyone (given to the next person quoted, they were hers).
    static func isWrittenOnSomething(_ q: QuoteSpan, in ctx: QuoteContext) -> Bool {
        var k = ctx.firstToken(atOrAfter: q.markStart) - 1
        guard k >= 1, ["reading", "read", "saying", "says", "declaring", "proclaiming"].contains(ctx.tokens[k].norm),
            !ScalarText.slice(ctx.text, ctx.tokens[k].end, q.markStart).contains(where: { ".;".contains($0) })
        else { return false }
        if k >= 2, ["that", "which"].contains(ctx.tokens[k - 1].norm) { k -= 1 }
        return (max(0, k - 3)..<k).contains { writtenThings.contains(ctx.tokens[$0].norm) }
    }

    static let writtenThings: Set<String> = [
        "placard", "placards", "banner", "banners", "sign", "signs", "poster", "posters", "t-shirt", "t-shirts",
        "shirts", "slogan", "slogans", "graffiti", "billboard", "billboards", "flag", "flags", "sticker", "stickers",
    ]
}
