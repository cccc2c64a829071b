import Foundation

/// Every direct quote of one article: scanned, joined over paragraphs, told apart from scare quotes,
/// and attributed (own sentence first, then the paragraph, then the previous quote for a bare quote
/// paragraph).
enum QuoteExtractor {
    /// A quote before grouping: one or more spans (one per paragraph), in the article's contexts.
    private struct Draft {
        var parts: [(paragraph: Int, span: Int)]
        var speaker: String?
        var direct: Bool
        var partial: Bool
        var nested: Bool
        var isTerm: Bool
        /// Closed by "it said" / "they said": the speaker is a body or a group, never the last person named.
        var impersonal = false
        /// Closed by "I ask" / "we asked": the writer's own words (an interviewer's question), no one else's.
        var byWriter = false
        /// Sentences cut apart by an attribution sentence (“A,” she said. “B.”): each piece may be all another
        /// outlet quotes of the remark.
        var resumed = false
        /// How each part after the first follows the one before (`remarkText`).
        var joins: [PieceJoin] = []
    }

    static func extract(article: Article, index: Int, names: NameResolver) -> [QuoteInstance] {
        let paragraphs = article.paragraphs
        var contexts: [QuoteContext] = []
        contexts.reserveCapacity(paragraphs.count)
        let turns = transcriptTurns(paragraphs, names: names, index: index)
        for (pi, p) in paragraphs.enumerated() {
            contexts.append(QuoteContext(text: p.text, continuesQuote: contexts.last?.endsInsideQuote == true && !p.isHeading,
                                         turnFrom: turns[pi]?.from))
        }
        var drafts: [Draft] = []
        var consumed = Set<[Int]>()  // [paragraph, span] already joined into an earlier quote
        // A sub-heading that quotes someone ("Macron: 'We will recover the works'") is a headline over the
        // quote the text then gives in full, not a quote of its own.
        for (pi, ctx) in contexts.enumerated() where !paragraphs[pi].isHeading && !isPullQuote(pi, contexts: contexts)
            && !isEntryHeadline(pi, contexts: contexts)
        {
            let attributor = QuoteAttributor(ctx: ctx, names: names, article: index, paragraph: paragraphs[pi].index)
            for (si, span) in ctx.spans.enumerated() where !consumed.contains([pi, si]) {
                if si == 0, let turn = turns[pi] {
                    drafts.append(Draft(parts: [(pi, si)], speaker: turn.speaker, direct: true, partial: false, nested: false, isTerm: false))
                    continue
                }
                var parts = [(paragraph: pi, span: si)]
                var last = span
                // “The economy,” he said, “is in trouble.”: one quote interrupted by its attribution.
                let opensSentence = !isPartial(span, in: ctx)
                var resumed = false
                var joins: [PieceJoin] = []
                while last.depth == 0, !last.runsOn {
                    let ni: Int
                    if let i = interruption(after: last, in: ctx) {
                        ni = i
                        joins.append(.sameSentence)
                    } else if opensSentence, let i = resumption(after: last, index: parts.last!.span, in: ctx, attributor: attributor) {
                        ni = i
                        joins.append(.newSentence)
                        resumed = true
                    } else { break }
                    guard !consumed.contains([pi, ni]) else { joins.removeLast(); break }
                    parts.append((pi, ni))
                    consumed.insert([pi, ni])
                    last = ctx.spans[ni]
                }
                // A quote left open at the paragraph end goes on where the next paragraph opens again.
                var p = pi
                while last.depth == 0, last.runsOn, p + 1 < contexts.count,
                    let (ni, next) = contexts[p + 1].spans.enumerated().first(where: { $0.element.depth == 0 }),
                    next.markStart == leadingSpace(contexts[p + 1])
                {
                    parts.append((p + 1, ni))
                    joins.append(.paragraph)
                    consumed.insert([p + 1, ni])
                    last = next
                    p += 1
                }
                var speaker: String?
                for part in parts where speaker == nil {
                    let a = part.paragraph == pi ? attributor
                        : QuoteAttributor(ctx: contexts[part.paragraph], names: names, article: index, paragraph: paragraphs[part.paragraph].index)
                    speaker = a.speaker(for: part.span)
                    // “…,” said X, who … in Y’s group. “… [next paragraph] “…,” she said.: a quote continued over
                    // paragraphs and closed by a pronoun goes on from the quote its first paragraph attributes
                    // by name, not from whoever was named last.
                    if speaker != nil, part.paragraph != pi, let pronoun = pronounAttribution(after: contexts[part.paragraph].spans[part.span], in: contexts[part.paragraph]),
                        let j = drafts.lastIndex(where: { $0.parts[0].paragraph == pi && $0.direct && !$0.nested }),
                        let named = drafts[j].speaker, named != speaker,
                        names.isPerson(named) || names.genders[named] != nil || named.contains(" ")
                    {
                        let female = ["she", "her"].contains(pronoun)
                        if names.genders[named] == nil || names.genders[named] == female { speaker = named }
                    }
                }
                let lastPart = parts.last!
                drafts.append(Draft(
                    parts: parts, speaker: speaker, direct: speaker != nil,
                    partial: isPartial(span, in: ctx), nested: span.depth > 0,
                    isTerm: isTerm(span, in: ctx),
                    impersonal: speaker == nil && span.depth == 0
                        && attributionPronoun(after: contexts[lastPart.paragraph].spans[lastPart.span], in: contexts[lastPart.paragraph], among: ["it", "they"]) != nil,
                    byWriter: speaker == nil && span.depth == 0
                        && attributionPronoun(after: contexts[lastPart.paragraph].spans[lastPart.span], in: contexts[lastPart.paragraph], among: ["i", "we"]) != nil,
                    resumed: resumed, joins: joins))
            }
        }
        drafts = drafts.filter { !$0.isTerm }
        fillSpeakers(&drafts, contexts: contexts, paragraphs: paragraphs, names: names, index: index)
        // Words quoted inside a quote, once every outer quote has its speaker: that speaker says "I" of
        // herself, so a "she" there is someone else.
        for i in drafts.indices where drafts[i].nested {
            let (pi, si) = drafts[i].parts[0]
            let span = contexts[pi].spans[si]
            guard let outer = drafts.last(where: { d in
                !d.nested && d.parts.contains { $0.paragraph == pi && contexts[pi].spans[$0.span].start <= span.markStart && span.markEnd <= contexts[pi].spans[$0.span].end }
            }), let by = outer.speaker else { continue }
            var a = QuoteAttributor(ctx: contexts[pi], names: names, article: index, paragraph: paragraphs[pi].index)
            a.quotedBy = by
            drafts[i].speaker = a.speaker(for: si)
        }
        // Spans of the quotes nested in others, by paragraph, so each outer quote knows its own words.
        var nestedSpans: [Int: [QuoteSpan]] = [:]
        for d in drafts where d.nested { nestedSpans[d.parts[0].paragraph, default: []].append(contexts[d.parts[0].paragraph].spans[d.parts[0].span]) }
        return drafts.compactMap { d in instance(d, article: article, contexts: contexts, nested: d.nested ? [:] : nestedSpans) }
    }

    /// "she" for a quote closed by “…,” she said / “…,” said he: a personal pronoun and a speech verb right
    /// after the closing mark.
    private static func pronounAttribution(after q: QuoteSpan, in ctx: QuoteContext) -> String? {
        attributionPronoun(after: q, in: ctx, among: ["he", "she"])
    }

    private static func attributionPronoun(after q: QuoteSpan, in ctx: QuoteContext, among pronouns: Set<String>) -> String? {
        let k = ctx.firstToken(atOrAfter: q.markEnd)
        guard k + 1 < ctx.tokens.count else { return nil }
        let between = ScalarText.slice(ctx.text, q.markEnd, ctx.tokens[k].start)
        guard between.allSatisfy({ $0.isWhitespace || ",—–-".contains($0) }) else { return nil }
        let a = ctx.tokens[k].norm, b = ctx.tokens[k + 1].norm
        if pronouns.contains(a), AttributionLexicon.speechVerbs.contains(b) { return a }
        if AttributionLexicon.speechVerbs.contains(a), pronouns.contains(b) { return b }
        return nil
    }

    private static func leadingSpace(_ ctx: QuoteContext) -> Int {
        var i = 0
        while i < ctx.scalars.count, ctx.scalars[i].properties.isWhitespace { i += 1 }
        return i
    }

    /// Speakers for quotes their own sentence does not attribute.
    private static func fillSpeakers(_ drafts: inout [Draft], contexts: [QuoteContext], paragraphs: [Paragraph], names: NameResolver, index: Int) {
        // Grouped once: filtering all drafts for each draft was quadratic in a long article.
        var byParagraph: [Int: [Int]] = [:]
        for k in drafts.indices where !drafts[k].nested { byParagraph[drafts[k].parts[0].paragraph, default: []].append(k) }
        let endParagraphs = Set(drafts.map { $0.parts.last!.paragraph })
        for i in drafts.indices where drafts[i].speaker == nil && !drafts[i].nested && !drafts[i].byWriter {
            let first = drafts[i].parts[0]
            if drafts[i].impersonal {
                drafts[i].speaker = impersonalSpeaker(of: first, contexts: contexts, paragraphs: paragraphs, names: names, index: index)
                    ?? bodySpeaker(before: first.paragraph, contexts: contexts, paragraphs: paragraphs, names: names, index: index)
                continue
            }
            let ctx = contexts[first.paragraph]
            let span = ctx.spans[first.span]
            let sentence = ctx.sentenceIndex(at: span.markStart)
            let sameParagraph = byParagraph[first.paragraph] ?? []
            // An earlier sentence of the paragraph: a quote there, or a speech verb with a subject.
            let attributor = QuoteAttributor(ctx: ctx, names: names, article: index, paragraph: paragraphs[first.paragraph].index)
            var found: String? = signature(after: drafts[i].parts.last!.paragraph, contexts: contexts, paragraphs: paragraphs, names: names, index: index)
                .flatMap { isQuoteOnly(ctx) ? $0 : nil }
            if found == nil { found = attributor.participleSubject(for: first.span) }
            for s in stride(from: sentence - 1, through: 0, by: -1) where found == nil {
                let r = ctx.sentences[s]
                if let j = sameParagraph.last(where: { r.contains(ctx.spans[drafts[$0].parts[0].span].markStart) && drafts[$0].direct }) {
                    found = drafts[j].speaker
                } else {
                    found = attributor.speaker(inSentence: r)
                }
            }
            // Whose speech the sentence just before mentions ("… he used his speech to roast her. “…”").
            if found == nil, sentence > 0 { found = attributor.speechOwner(inSentence: ctx.sentences[sentence - 1]) }
            // The person the sentence just before is about ("Tom Ruiz watched from the pier. “…”").
            if found == nil, sentence > 0, !sameParagraph.contains(where: { $0 != i && ctx.sentenceIndex(at: ctx.spans[drafts[$0].parts[0].span].markStart) == sentence - 1 }) {
                found = attributor.subjectName(inSentence: ctx.sentences[sentence - 1])
            }
            // A later quote in the same paragraph that names its speaker.
            if found == nil, let j = sameParagraph.first(where: { $0 > i && drafts[$0].direct }) { found = drafts[j].speaker }
            // A paragraph that is only a quote, after one whose last sentence, past its quotes, brings in a
            // person ("“…,” Rask said. The prime minister was less certain."): that person's.
            if found == nil, standsAlone(ctx), first.paragraph > 0, endParagraphs.contains(first.paragraph - 1) {
                found = introducedAfterQuotes(in: first.paragraph - 1, contexts: contexts, paragraphs: paragraphs, names: names, index: index)
            }
            // A paragraph that is only a quote continues the previous speaker.
            if found == nil, standsAlone(ctx), first.paragraph > 0,
                let j = drafts[..<i].lastIndex(where: { !$0.nested }),
                drafts[j].parts.last!.paragraph == first.paragraph - 1 || drafts[j].parts.last!.paragraph == first.paragraph
            { found = drafts[j].speaker }
            // …or the speaker the paragraph before introduces without quoting ("Walsh doubts the plan will work.")
            if found == nil, standsAlone(ctx), first.paragraph > 0,
                !endParagraphs.contains(first.paragraph - 1)
            {
                let prev = contexts[first.paragraph - 1]
                let a = QuoteAttributor(ctx: prev, names: names, article: index, paragraph: paragraphs[first.paragraph - 1].index)
                if let last = prev.sentences.last {
                    found = a.personAsked(inSentence: last) ?? a.speaker(inSentence: last) ?? a.subjectName(inSentence: last)
                }
                // "The port's chief executive, Daniel Fuchs, welcomed the vote. The company had offered 4 percent.":
                // the person of an earlier sentence when the last one brings in no one.
                for r in prev.sentences.dropLast().suffix(2).reversed() where found == nil {
                    if let s = a.speaker(inSentence: r) ?? a.subjectName(inSentence: r), names.isKnownPerson(s) { found = s }
                }
            }
            drafts[i].speaker = found
        }
        // "“Since I was fifteen. …” He pauses. “Not that they missed me.”": a quote still without a speaker,
        // followed in its paragraph by one that has found its speaker, with no speech verb and no name between
        // them (a question the writer asks, "“…?” I ask.", keeps none), is that speaker's.
        for i in drafts.indices where drafts[i].speaker == nil && !drafts[i].nested && !drafts[i].impersonal && !drafts[i].byWriter && drafts[i].parts.count == 1 {
            let (pi, si) = drafts[i].parts[0]
            guard let j = byParagraph[pi]?.first(where: { $0 > i }), let s = drafts[j].speaker else { continue }
            let ctx = contexts[pi]
            let from = ctx.spans[si].markEnd, to = ctx.spans[drafts[j].parts[0].span].markStart
            guard to > from, !ctx.tokens.contains(where: { $0.start >= from && $0.end <= to && AttributionLexicon.speechVerbs.contains($0.norm) }),
                !ctx.runs.contains(where: { $0.start >= from && $0.end <= to })
            else { continue }
            drafts[i].speaker = s
        }
    }

    /// The person the last sentence of a paragraph brings in, when that sentence holds no quote: the subject
    /// of its speech verb, or the person (a name the story takes for one, or a role noun) it is about.
    private static func introducedAfterQuotes(in paragraph: Int, contexts: [QuoteContext], paragraphs: [Paragraph], names: NameResolver, index: Int) -> String? {
        let prev = contexts[paragraph]
        guard let last = prev.sentences.last, !prev.spans.contains(where: { $0.depth == 0 && $0.markEnd > last.lowerBound }) else { return nil }
        let a = QuoteAttributor(ctx: prev, names: names, article: index, paragraph: paragraphs[paragraph].index)
        guard let s = a.speaker(inSentence: last) ?? a.subjectName(inSentence: last) else { return nil }
        // A capitalised answer must be someone: "New Velm has pressed for the deal" is about a place.
        return s.first?.isUppercase == false || names.isKnownPerson(s) ? s : nil
    }

    /// "— Lisa A. Jackson, MD, MPH" on the line after a block quote: the person who signs it.
    private static func signature(after paragraph: Int, contexts: [QuoteContext], paragraphs: [Paragraph], names: NameResolver, index: Int) -> String? {
        guard paragraph + 1 < contexts.count else { return nil }
        let next = contexts[paragraph + 1]
        guard let first = next.text.unicodeScalars.first(where: { !$0.properties.isWhitespace }), "—–".unicodeScalars.contains(first),
            next.tokens.count <= 12, next.spans.isEmpty,
            let r = NameRuns.find(in: next.text, tokens: next.tokens).first, r.tokenRange.lowerBound == 0, !r.isOrganisation, r.wordCount >= 2
        else { return nil }
        return names.canonical(r.name, article: index, paragraph: paragraphs[paragraph + 1].index, offset: r.start, end: r.end)
    }

    /// "“A statement is not an explanation.”" alone after a paragraph that ends with that sentence: a pull
    /// quote set in the page, the writer's own words repeated for display, not a quote of anyone.
    private static func isPullQuote(_ pi: Int, contexts: [QuoteContext]) -> Bool {
        let ctx = contexts[pi]
        guard pi > 0, ctx.spans.count == 1, let q = ctx.spans.first, q.depth == 0, isQuoteOnly(ctx) else { return false }
        let words = Tokenizer.tokens(ScalarText.slice(ctx.text, q.start, q.end)).map(\.norm)
        guard words.count >= 4 else { return false }
        for back in 1...min(2, pi) {
            let before = Tokenizer.tokens(contexts[pi - back].text).map(\.norm)
            guard before.count > words.count else { continue }
            for i in 0...(before.count - words.count) where before[i] == words[0] && Array(before[i..<(i + words.count)]) == words {
                return true
            }
        }
        return false
    }

    /// Nothing but the quote (and maybe a word or two) in the paragraph.
    static func isQuoteOnly(_ ctx: QuoteContext) -> Bool {
        ctx.quoteOf.filter { $0 == nil }.count <= 2
    }

    /// A fragment inside the writer's own sentence rather than a quoted sentence.
    static func isPartial(_ q: QuoteSpan, in ctx: QuoteContext) -> Bool {
        if q.missingOpen { return false }
        let content = ctx.scalars[q.start..<q.end]
        guard let firstWord = content.first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return true }
        let startsUpper = firstWord.properties.isUppercase || firstWord.properties.numericType != nil
        if !startsUpper { return true }
        var i = q.markStart - 1
        let lo = q.depth == 0 ? 0 : (ctx.spans.last { $0.depth == q.depth - 1 && $0.start <= q.markStart }?.start ?? 0)
        while i >= lo, ctx.scalars[i].properties.isWhitespace { i -= 1 }
        if i < lo { return false }
        let prev = ctx.scalars[i]
        if ".?!:;,—–(…".unicodeScalars.contains(prev) || "”\"’'»".unicodeScalars.contains(prev) { return false }
        // "he said “We …”" without a comma
        if let k = lastToken(endingBy: q.markStart, in: ctx), AttributionLexicon.speechVerbs.contains(ctx.tokens[k].norm) {
            return false
        }
        return true
    }

    /// The last token ending at or before `offset`. Tokens are in order and do not overlap, so it is the
    /// token before the first one starting at or after `offset`, or that one's predecessor.
    static func lastToken(endingBy offset: Int, in ctx: QuoteContext) -> Int? {
        var k = ctx.firstToken(atOrAfter: offset)
        while k > 0, ctx.tokens[k - 1].end > offset { k -= 1 }
        return k > 0 ? k - 1 : nil
    }

    private static func instance(_ d: Draft, article: Article, contexts: [QuoteContext], nested: [Int: [QuoteSpan]]) -> QuoteInstance? {
        var parts: [QuotePart] = []
        var texts: [String] = []
        var commas: [Bool] = []
        var joins: [PieceJoin] = []
        var own: [String] = []
        var holdsNested = false
        for (n, p) in d.parts.enumerated() {
            let ctx = contexts[p.paragraph]
            let span = ctx.spans[p.span]
            var a = span.start, b = span.end
            while a < b, ctx.scalars[a].properties.isWhitespace { a += 1 }
            var comma = false
            while b > a, ctx.scalars[b - 1].properties.isWhitespace || ctx.scalars[b - 1] == "," {
                if ctx.scalars[b - 1] == "," { comma = true }
                b -= 1
            }
            guard b > a else { continue }
            if n > 0, !texts.isEmpty { joins.append(d.joins[n - 1]) }
            parts.append(QuotePart(paragraph: article.paragraphs[p.paragraph].index, start: a, end: b))
            texts.append(ScalarText.slice(ctx.text, a, b))
            commas.append(comma)
            // The words outside the quotes nested in this part, marks and all.
            var from = a
            for q in (nested[p.paragraph] ?? []).sorted(by: { $0.markStart < $1.markStart }) where q.markStart >= span.start && q.markEnd <= span.end && q.markEnd > from {
                if q.markStart > from { own.append(ScalarText.slice(ctx.text, from, min(b, q.markStart))) }
                from = max(from, min(b, q.markEnd))
                holdsNested = true
            }
            if b > from { own.append(ScalarText.slice(ctx.text, from, b)) }
        }
        guard let first = parts.first else { return nil }
        var i = QuoteInstance(
            article: article.id, paragraph: first.paragraph, start: first.start, end: first.end,
            text: remarkText(texts, commas: commas, joins: joins), speaker: d.speaker, partial: d.partial, nested: d.nested, parts: parts)
        if holdsNested { i.ownText = own.joined(separator: " ") }
        if d.resumed { i.pieces = texts }
        let opening = contexts[d.parts[0].paragraph]
        i.sentence = opening.sentenceIndex(at: opening.spans[d.parts[0].span].markStart)
        let closing = contexts[d.parts.last!.paragraph]
        i.endSentence = closing.sentenceIndex(at: closing.spans[d.parts.last!.span].markStart)
        i.endsParagraph = i.endSentence == closing.sentences.count - 1
        return i
    }
}
