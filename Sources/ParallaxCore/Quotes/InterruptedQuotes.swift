import Foundation

/// One statement cut by its attribution. Outlets print one remark as “A,” she said, “b.”, as
/// “A,” she said. “B.”, or as one run “A. B.”; a reader comparing them expects one quote, so each form is
/// one instance whose text joins the parts (as a quote over paragraphs is), and it groups with another
/// outlet's run, with A alone or with B alone.
extension QuoteExtractor {
    /// The index of the quote that continues `q` after a short attribution (“…,” she said, “…”), if any.
    static func interruption(after q: QuoteSpan, in ctx: QuoteContext) -> Int? {
        guard lastStop(of: q, in: ctx) == ",", let ni = nextTopLevel(after: q, in: ctx) else { return nil }
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
    /// comma, or on a stop of its own (“We have run out of patience.” Baird said. “The minister must act.”:
    /// the speaker goes on all the same), the attribution is one short sentence with a speech verb, and the
    /// next quote opens the very next sentence. Not when the next quote's own attribution names someone
    /// else (“…,” he said. “…,” she replied.), when the attribution is a question asked (“…,” I asked.
    /// “…”), or when the next quote is a term.
    static func resumption(after q: QuoteSpan, index: Int, in ctx: QuoteContext, attributor: QuoteAttributor) -> Int? {
        guard let stop = lastStop(of: q, in: ctx), ",.?!".unicodeScalars.contains(stop), let ni = nextTopLevel(after: q, in: ctx) else { return nil }
        let next = ctx.spans[ni]
        let between = ScalarText.slice(ctx.text, q.markEnd, next.markStart)
        let trimmed = between.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("."), !hasMarkOtherThanApostrophe(trimmed) else { return nil }
        let words = Tokenizer.tokens(between)
        // A press release's attribution carries the whole job title ("said Professor Jane Roe, Chair of
        // Cardiology at the University of Eastmoor and the trial's chief investigator."): up to 24 words.
        guard !words.isEmpty, words.count <= 24,
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

    /// Whether an attribution holds a stop other than its last, or a quotation mark: an apostrophe between
    /// two letters ("the trial’s chief investigator") is no quotation mark.
    static func hasMarkOtherThanApostrophe(_ s: String) -> Bool {
        let sc = Array(s.unicodeScalars)
        for (k, c) in sc.enumerated() where "!?;:“”\"‘’".unicodeScalars.contains(c) {
            if c == "’" || c == "'", k > 0, k + 1 < sc.count, sc[k - 1].properties.isAlphabetic, sc[k + 1].properties.isAlphabetic { continue }
            return true
        }
        return false
    }

    /// The last mark of a quote's words before any closing marks of a quote nested at its end ("… said,
    /// 'book the studio,'" ends on the comma).
    static func lastStop(of q: QuoteSpan, in ctx: QuoteContext) -> Unicode.Scalar? {
        var i = q.end - 1
        while i >= q.start, ctx.scalars[i].properties.isWhitespace || "’'”\"".unicodeScalars.contains(ctx.scalars[i]) { i -= 1 }
        return i >= q.start ? ctx.scalars[i] : nil
    }

    /// How a piece of one remark follows the piece before it.
    enum PieceJoin {
        /// “A,” she said, “b.”: the sentence goes on.
        case sameSentence
        /// “A,” she said. “B.”: the next piece opens a sentence.
        case newSentence
        /// A quote left open at a paragraph end goes on in the next paragraph.
        case paragraph
    }

    /// Verbs that go on with the first piece's subject ("The economy," he said, "is in trouble."): no comma
    /// stood there in what was said.
    static let goingOnVerbs: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "shall", "may",
        "might", "must", "does", "did", "do", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
        "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "doesn't", "didn't", "don't", "remains", "seems",
    ]

    /// The words of one remark's pieces as the speaker said them: “A,” she said, “b.” reads "A, b" (the comma
    /// before the attribution kept) unless b goes on with A's subject ("The economy is in trouble"); “A,” she said. “B.” reads "A. B" (the comma that only led into
    /// the attribution becomes the stop the sentence had); a piece's own stop, dash or ellipsis stays, and a
    /// quote over paragraphs is joined with a space. `commas[i]` says that piece `i` lost a trailing comma.
    static func remarkText(_ texts: [String], commas: [Bool], joins: [PieceJoin]) -> String {
        guard var out = texts.first else { return "" }
        for i in 1..<max(1, texts.count) {
            switch joins[i - 1] {
            case .paragraph: out += " "
            case .sameSentence:
                // "If we wait," he said, "we lose." keeps its comma; "The economy," he said, "is in trouble." had
                // none: the comma only set off the attribution when the sentence goes on with its verb.
                let opening = texts[i].split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).first.map { $0.lowercased().replacingOccurrences(of: "’", with: "'") } ?? ""
                out += commas[i - 1] && !Self.goingOnVerbs.contains(opening) ? ", " : " "
            case .newSentence:
                // "… book the studio,'" before a new sentence: the nested quote's comma becomes its stop.
                var tail = out.unicodeScalars.count
                let scalars = Array(out.unicodeScalars)
                while tail > 0, "’'”\"".unicodeScalars.contains(scalars[tail - 1]) { tail -= 1 }
                if tail < scalars.count, tail > 0, scalars[tail - 1] == "," {
                    out = ScalarText.string(scalars[..<(tail - 1)]) + "." + ScalarText.string(scalars[tail...])
                }
                let last = out.unicodeScalars.last { !"’'”\")".unicodeScalars.contains($0) }
                out += last.map { ".?!…—–-:;".unicodeScalars.contains($0) } == true ? " " : ". "
            }
            out += texts[i]
        }
        return out
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
