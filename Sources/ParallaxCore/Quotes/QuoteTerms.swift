import Foundation

/// Quoted words no one said: scare quotes, names given to things, titles of works.
extension QuoteExtractor {
    /// One- or two-word quotes are terms (scare quotes, titles) unless they stand as an utterance.
    static func isTerm(_ q: QuoteSpan, in ctx: QuoteContext) -> Bool {
        var words = 0
        var k = ctx.firstToken(atOrAfter: q.start)
        var capitalised = 0
        var lowercaseContent = 0
        while k < ctx.tokens.count, ctx.tokens[k].start < q.end, words <= 12 {
            let t = ctx.tokens[k]
            if t.end <= q.end {
                words += 1
                if t.isCapitalized { capitalised += 1 }
                else if !t.isNumber, !titleCaseSmallWords.contains(t.norm) { lowercaseContent += 1 }
            }
            k += 1
        }
        if words == 0 { return true }
        // "published in the journal (“A Vaccine — Preliminary Report”)": a title cited in brackets.
        if q.markStart > 0, q.markEnd < ctx.scalars.count, ctx.scalars[q.markStart - 1] == "(", ctx.scalars[q.markEnd] == ")" { return true }
        // “What's Love Got to Do With It?”, ‘QUEEN OF ROCK AND SOUL’: every word capitalised is a title, a
        // slogan or a heading; people's words are not written so.
        if (3...10).contains(words), lowercaseContent == 0, ctx.tokens[ctx.firstToken(atOrAfter: q.start)].isCapitalized { return true }
        if words <= 5, isNamed(q, in: ctx) { return true }
        if words <= 12, isWrittenOnSomething(q, in: ctx) { return true }
        if words <= 12, isWorkTitle(q, in: ctx, titleCased: capitalised * 2 >= words) { return true }
        guard words <= 2 else { return false }
        var i = q.markStart - 1
        while i >= 0, ctx.scalars[i].properties.isWhitespace { i -= 1 }
        if i < 0 || ":".unicodeScalars.contains(ctx.scalars[i]) { return false }
        if ".?!".unicodeScalars.contains(ctx.scalars[i]) { return false }
        if ctx.scalars[i] == ",", let k = lastToken(endingBy: i, in: ctx),
            AttributionLexicon.speechVerbs.contains(ctx.tokens[k].norm)
        { return false }
        return true
    }

    /// "known as the ‘King of Clay’", "dubbed “the Iron Lady”", "the so-called ‘Ghost’": a name given to
    /// something, not words someone said.
    private static func isNamed(_ q: QuoteSpan, in ctx: QuoteContext) -> Bool {
        guard let k = lastToken(endingBy: q.markStart, in: ctx) else { return false }
        var w = ctx.tokens[k].norm
        var j = k
        if w == "the" || w == "a", j > 0 { j -= 1; w = ctx.tokens[j].norm }
        if ["dubbed", "nicknamed", "so-called", "styled", "billed"].contains(w) { return true }
        return w == "as" && j > 0 && ["known", "dubbed", "billed"].contains(ctx.tokens[j - 1].norm)
    }

    /// "her book ‘White Torture: Interviews with …’", "a report titled “…”", "a group called “Women for
    /// Peace”": the title of a work or the name of a thing, which no one said.
    private static func isWorkTitle(_ q: QuoteSpan, in ctx: QuoteContext, titleCased: Bool) -> Bool {
        guard let k = lastToken(endingBy: q.markStart, in: ctx) else { return false }
        guard ctx.scalars[q.start...].first(where: { !$0.properties.isWhitespace })?.properties.isUppercase == true else { return false }
        let gap = ScalarText.slice(ctx.text, ctx.tokens[k].end, q.markStart)
        guard !gap.contains(where: { ",:;.".contains($0) }) else { return false }
        let w = ctx.tokens[k].norm
        if ["titled", "entitled"].contains(w) { return true }
        if titleCased, ["called", "named"].contains(w) { return true }
        return titleCased && workNouns.contains(w)
    }

    /// Words a title-cased title leaves in lower case.
    static let titleCaseSmallWords: Set<String> = ["a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from", "as", "nor", "vs", "via"]

    static let workNouns: Set<String> = [
        "book", "novel", "memoir", "biography", "essay", "poem", "film", "movie", "documentary", "album", "song",
        "single", "play", "musical", "opera", "series", "show", "podcast", "report", "paper", "study", "exhibition",
    ]
}
