import Foundation

/// Who said a quote, from the words around it in its paragraph.
///
/// The rules read the text the way a copy editor does: a speech verb next to the quote ("Kim said", "said
/// Kim", "Xi replied:"), its subject found by position (the name before the verb, the name an appositive or a
/// "who" clause hangs on, or the subject of the clause for "… and replied" / "…, adding"), pronouns resolved
/// to the most recent person, and unnamed speakers kept as their phrase ("one user"). When nothing in the
/// sentence names a speaker the answer is `nil`: the caller then looks at neighbouring sentences.
struct QuoteAttributor {
    let ctx: QuoteContext
    let names: NameResolver
    let article: Int
    let paragraph: Int
    /// When attributing a quote nested in another: the outer quote's speaker.
    var quotedBy: String? = nil

    /// Whom a pronoun at `offset` stands for. Inside a quote a "she" or "he" is never its speaker, who says
    /// "I" of herself; whom else it means the article's names rarely tell ("She used to say, ‘…’" of a
    /// grandmother never named), so it is left unknown rather than given to the next person back, unless the
    /// sentence where the speaker last spoke reports on someone ("Delury suggested that Lee's exchange …").
    func antecedent(offset: Int, pronoun: String = "") -> String? {
        let p = names.pronounAntecedent(article: article, paragraph: paragraph, offset: offset, pronoun: pronoun)
        // …and a kin phrase the story brought in after that person ("her late husband") is nearer still.
        if quotedBy != nil, let kin = names.kinAntecedent(article: article, paragraph: paragraph, offset: offset, pronoun: pronoun, after: p) { return kin }
        if quotedBy == nil, let u = unnamedSpeaker(before: offset, pronoun: pronoun) { return u }
        guard let p, p == quotedBy else { return p }
        // …unless the sentence that has the speaker speaking reports on someone ("X suggested that Lee's …").
        return names.reportedPerson(besides: p, article: article, paragraph: paragraph, offset: offset, pronoun: pronoun)
    }

    /// Speaker for the span at `index` in `ctx.spans`, from its own sentence only.
    func speaker(for index: Int) -> String? {
        let q = ctx.spans[index]
        let (lo, hi) = container(of: q)
        let startOfSentence = sentenceStart(for: q, lo: lo)
        let before = eligible(from: startOfSentence, to: q.markStart, depth: q.depth, last: Self.windowBefore)
        let after = eligible(from: q.markEnd, to: hi, depth: q.depth, first: Self.windowAfter)
        let startsSentence = before.isEmpty
        if let c = crowdCrying(before: before, after: after, quoteEnd: q.markEnd) { return c }
        // "On the January window: “…”": the topic before the colon names no speaker (`TopicIntroduction`).
        if q.depth == 0, let c = TopicIntroduction.colon(in: ctx.text, tokens: ctx.tokens), c < q.markStart,
            startOfSentence <= c, !ctx.tokens.contains(where: { $0.start > c && $0.end <= q.markStart })
        { return speakerAfter(after, quoteEnd: q.markEnd) }
        if startsSentence {
            return speakerAfter(after, quoteEnd: q.markEnd) ?? speakerBefore(before)
        }
        return speakerBefore(before) ?? reportedSentenceSubject(before, after: after, quoteEnd: q.markEnd) ?? speakerAfter(after, quoteEnd: q.markEnd)
    }

    /// Speaker named by a speech verb anywhere in the sentence range (used for earlier sentences).
    func speaker(inSentence r: Range<Int>) -> String? {
        let toks = eligible(from: r.lowerBound, to: r.upperBound, depth: 0)
        return speakerBefore(toks)
    }

    /// "He died in March, and his granddaughter Hana Aukett accepted, dedicating it “to every …”": with no speech
    /// verb, a participle set off by a comma at most three words before the quote hangs on the clause before the
    /// comma, whose named subject says the words.
    func participleSubject(for index: Int) -> String? {
        let q = ctx.spans[index]
        let r = ctx.sentences[ctx.sentenceIndex(at: q.markStart)]
        let toks = eligible(from: r.lowerBound, to: q.markStart, depth: 0)
        guard let p = toks.indices.last(where: { k in
            k > 0 && norm(toks[k]).hasSuffix("ing") && !ctx.tokens[toks[k]].isCapitalized && ctx.gap(toks[k - 1], toks[k]).contains(",")
        }), toks.count - p <= 3, !toks[p...].contains(where: isVerb)
        else { return nil }
        guard let s = clauseSubject(Array(toks[..<p]), before: p, namesOnly: true), s.first?.isUppercase == true, names.isPerson(s) else { return nil }
        return s
    }

    /// The named subject of a sentence without a speech verb ("Tom Ruiz, 74, watched from the pier."),
    /// for a quote that follows it in the same paragraph.
    func subjectName(inSentence r: Range<Int>) -> String? {
        let toks = eligible(from: r.lowerBound, to: r.upperBound, depth: 0)
        guard !toks.isEmpty else { return nil }
        // "The prime minister was asked about …": a role noun as the subject is a person, named or not; a
        // name later in the sentence is its object.
        if let s = roleSubject(toks) { return s }
        // Only a name: an unnamed phrase there is what the sentence is about ("any thing which will …"), not
        // someone who goes on speaking.
        guard let s = clauseSubject(toks, before: toks.count, namesOnly: true), s.first?.isUppercase == true else { return nil }
        // "Heavy rain … has hampered the rescue.": one capitalised word that no one takes for a person.
        guard s.contains(" ") || names.isPerson(s) else { return nil }
        return s
    }

    // MARK: - Token selection

    private func container(of q: QuoteSpan) -> (Int, Int) {
        guard q.depth > 0 else { return (0, ctx.scalars.count) }
        let outer = ctx.spans.last { $0.depth == q.depth - 1 && $0.start <= q.markStart && q.markEnd <= max($0.end, $0.markEnd) }
        return outer.map { ($0.start, $0.end) } ?? (0, ctx.scalars.count)
    }

    private func sentenceStart(for q: QuoteSpan, lo: Int) -> Int {
        if q.depth == 0 { return ctx.sentences[ctx.sentenceIndex(at: q.markStart)].lowerBound }
        var i = q.markStart - 1
        // The window of `eligible` is shorter than this, so looking further back could not change the answer.
        let floor = max(lo, q.markStart - 800)
        while i > floor {
            if ".?!".unicodeScalars.contains(ctx.scalars[i]), i + 2 < ctx.scalars.count,
                ctx.scalars[i + 1].properties.isWhitespace, ctx.scalars[i + 2].properties.isUppercase
            { return i + 1 }
            i -= 1
        }
        return floor
    }

    /// Token indices inside `[from, to)` that are not inside another quote at the same level, at most
    /// `last` of them counted back from `to` or `first` counted on from `from`.
    /// Tokens are in text order, so the window is found by binary search and walked once; whether a token
    /// is inside a quote is a lookup (`quoteOf`, `isInsideSpan`). Scanning every token and every quote for
    /// each quote made a long paragraph with many quotes cubic; the windows keep a paragraph of thousands of
    /// quote marks linear (attribution words are next to the quote, never 60 words away).
    private func eligible(from: Int, to: Int, depth: Int, last: Int? = nil, first: Int? = nil) -> [Int] {
        let toks = ctx.tokens
        var lo = ctx.firstToken(atOrAfter: from)
        var hi = toks.count
        if let last {
            hi = ctx.firstToken(atOrAfter: to)
            lo = max(lo, hi - last)
        }
        if let first { hi = min(hi, lo + first) }
        var out: [Int] = []
        var k = lo
        while k < hi, toks[k].start < to {
            let t = toks[k]
            if t.end <= to {
                let inside = depth == 0
                    ? ctx.quoteOf[k] != nil
                    : ctx.isInsideSpan(depth: depth, start: t.start, end: t.end)
                if !inside { out.append(k) }
            }
            k += 1
        }
        return out
    }

    /// Tokens looked at before and after a quote for its attribution.
    static let windowBefore = 80
    static let windowAfter = 40

    // MARK: - Patterns

    func norm(_ k: Int) -> String { ctx.tokens[k].norm }
    func isVerb(_ k: Int) -> Bool { AttributionLexicon.speechVerbs.contains(norm(k)) }
    func isModifier(_ k: Int) -> Bool {
        let w = norm(k)
        return AttributionLexicon.verbModifiers.contains(w)
            || (w.hasSuffix("ly") && w.count > 4 && !ctx.tokens[k].isCapitalized && !Self.lyNouns.contains(w))
    }

    func isTitleToken(_ k: Int) -> Bool {
        AttributionLexicon.titles.contains(NameRuns.stripPossessive(norm(k)))
    }

    /// "…,” Kim said." / "…,” said Kim." / "…,” one user wrote." / "…,” read a headline in X." /
    /// "…,” according to X."
    private func speakerAfter(_ toks: [Int], quoteEnd: Int) -> String? {
        guard let first = toks.first else { return nil }
        // Only words right after the closing mark attribute it (a comma, dash or space between).
        let lead = ScalarText.string(ctx.scalars[quoteEnd..<ctx.tokens[first].start])
        // "‘We will rebuild the pier’: Mayor Dana Holt says ‘…’": a headline's or standfirst's quote, its speaker
        // after the colon.
        if lead.trimmingCharacters(in: .whitespaces) == ":", let s = headlineSpeaker(toks) { return s }
        guard lead.allSatisfy({ $0.isWhitespace || ",—–-(".contains($0) }) else { return nil }
        let seq = Array(toks.prefix(14))
        // "“…” — Judge Roe on the letter": a dash then a name, as a caption or a post credits a quote.
        if lead.contains(where: { "—–".contains($0) }) {
            var k = 0
            while k < seq.count, isTitleToken(seq[k]) { k += 1 }
            if k < seq.count, let r = ctx.run(startingAt: seq[k]) ?? ctx.run(containing: seq[k]), !r.isOrganisation, !r.isPossessive {
                return canonical(r)
            }
        }
        // according to X
        if seq.count >= 3, norm(seq[0]) == "according", norm(seq[1]) == "to" { return phraseOrName(seq, from: 2) }
        // VERB SUBJ
        if isVerb(seq[0]), !norm(seq[0]).hasSuffix("ing") {
            if AttributionLexicon.readVerbs.contains(norm(seq[0])) { return publication(seq, from: 1) }
            return phraseOrName(seq, from: 1)
        }
        // SUBJ VERB: the first speech verb of the attribution clause, its subject found as for any verb
        // ("he said", "the new pope, who has taken the name Leo XIV, told the crowd").
        for v in seq.indices where isVerb(seq[v]) && !AttributionLexicon.readVerbs.contains(norm(seq[v])) {
            if v > 0, (1...v).contains(where: { endsSentence(after: seq[$0 - 1], before: seq[$0]) }) { return nil }
            guard v > 0 else { return nil }
            if let s = quotedAsSayingObject(seq, verb: v) { return s }
            return subject(Array(seq[0...v]), verb: v)
        }
        // "“…,” Jose Mejia, who was having coffee with officials when the bridge near the campus gave way, told
        // MSNBC": a relative clause after the name runs past that reach; the speech verb right after the comma
        // that closes it is the attribution's.
        if let r = ctx.run(startingAt: toks[0]), !r.isOrganisation, !r.isPossessive,
            let e = toks.firstIndex(of: r.tokenRange.upperBound - 1), e + 1 < toks.count,
            ctx.gap(toks[e], toks[e + 1]).contains(","), AttributionLexicon.relativePronouns.contains(norm(toks[e + 1])),
            let v = (e + 2..<min(toks.count, e + 40)).first(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(",") }),
            isVerb(toks[v]), !AttributionLexicon.readVerbs.contains(norm(toks[v])),
            !(1...v).contains(where: { endsSentence(after: toks[$0 - 1], before: toks[$0]) })
        { return subject(Array(toks[0...v]), verb: v) }
        return nil
    }

    /// Speaker for a quote introduced earlier in its sentence: the nearest speech verb before the quote.
    private func speakerBefore(_ toks: [Int]) -> String? {
        guard !toks.isEmpty else { return nil }
        // according to X, "…"
        for p in stride(from: toks.count - 1, through: 1, by: -1) where norm(toks[p - 1]) == "according" && norm(toks[p]) == "to" {
            // "According to the email, Mr Tolley replied: “…”": a speaker the clause after the source has
            // speaking is the one quoted; the source is where the words are found.
            if let c = (p + 1..<toks.count).first(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(",") }),
                let v = (c..<toks.count).last(where: { isVerb(toks[$0]) && !AttributionLexicon.readVerbs.contains(norm(toks[$0])) }), v > c,
                let s = subject(toks, verb: v)
            { return s }
            if let s = phraseOrName(toks, from: p + 1) { return s }
        }
        for v in stride(from: toks.count - 1, through: 0, by: -1) where isVerb(toks[v]) {
            let w = norm(toks[v])
            // "HCT has not said what it lost, but Markey put the figure at ‘…’": a clause after ", but" or ", and" with
            // a named subject, between the verb and the quote, is the one the quote hangs on.
            if let s = (v + 1..<toks.count).lazy.reversed().compactMap({ self.coordinatedClauseSubject(toks, at: $0, before: toks.count) }).first {
                return s
            }
            // "the media reports were “absurd”", "his remarks are": a plural noun before "were", not a verb.
            if w.hasSuffix("s"), v + 1 < toks.count, ["were", "are", "have", "had"].contains(norm(toks[v + 1])) { continue }
            // "a bad name to his home state", "the state": a noun that is also a speech verb, after a
            // determiner, a possessive or another noun rather than after its subject.
            // ("the report itself, we are told, calls …": after a comma it is the verb again.)
            // ("a report warning that “…”": a participle after a document noun is the document speaking.)
            if w.hasSuffix("ing"), let s = documentSource(toks, participle: v) { return s }
            if Self.nounOrVerb.contains(w), v > 0, isNounContext(toks[v - 1]), !ctx.gap(toks[v - 1], toks[v]).contains(",") { continue }
            // "the government's promised expansion", "clinics promised in the budget": a participle that
            // qualifies a noun, inside what the speaker said.
            if isQualifyingParticiple(toks, verb: v) { continue }
            // "… who told her, she later recalled, that she ‘…’": a speech verb set off by commas is an aside;
            // the verb the quote hangs on comes before it.
            if isAside(toks, verb: v) { continue }
            // "the 29-year-old said doctors had found a polyp that had been “…”", "a spokesman said its members
            // had warned about night cover “for …”": a speech verb inside what another reports, whose object the
            // quote is not (words stand between them), is part of that report. ("used to say ‘…’", "had
            // warned that “…”": the quote is that verb's own.)
            if let s = (max(0, v - 4)..<v).last(where: { isVerb(toks[$0]) }),
                !(s + 1...v).contains(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { ",;:.".contains($0) }) }),
                toks[(v + 1)...].filter({ norm($0) != "that" }).count >= 2, !opensThatClause(toks, after: v),
                // "said he had been told by a curator, “…”": a passive's agent speaks the quote.
                !(v + 1 < toks.count && norm(toks[v + 1]) == "by" && ["been", "was", "were", "being"].contains(norm(toks[v - 1])))
            { continue }
            // "Pike said that she had been in touch with officials who are promising help": a speech verb in a
            // relative clause inside what an earlier speech verb of the sentence reports is part of that report;
            // the sentence's speaker is the earlier verb's ("Roe, who said …" with no verb before stays Roe's).
            if isRelativeClauseVerb(toks, verb: v), (0..<v).contains(where: { isVerb(toks[$0]) }) { continue }
            if AttributionLexicon.readVerbs.contains(w) {
                if let s = publicationSubject(toks, verb: v) { return s }
                continue
            }
            if let s = subject(toks, verb: v) { return s }
            // "… told AFP" with no subject found: keep looking for an earlier verb in the sentence.
        }
        if let s = headlineAddress(toks) { return s }
        // "His first words were “…”", "Lee's reply: “…”"
        for n in stride(from: toks.count - 1, through: 0, by: -1) where AttributionLexicon.speechNouns.contains(norm(toks[n])) {
            for k in stride(from: n - 1, through: max(0, n - 3), by: -1) {
                let w = norm(toks[k])
                if AttributionLexicon.possessivePronouns.contains(w) {
                    return antecedent(offset: ctx.tokens[toks[k]].start, pronoun: w)
                }
                if let r = ctx.run(endingAt: toks[k]), r.isPossessive { return canonical(r) }
                // "from the president's opening statement:": the holder of the role.
                if NameRuns.isPossessive(ctx.tokens[toks[k]]), AttributionLexicon.roles.contains(NameRuns.stripPossessive(w)),
                    k > 0, norm(toks[k - 1]) == "the"
                { return roleHolder(toks, article: k - 1, role: k) }
            }
        }
        // Colon introduction without a speech verb: "Sunita Rao, a broker, put it simply: “…”"
        if let last = toks.last {
            let tail = ScalarText.string(ctx.scalars[ctx.tokens[last].end..<min(ctx.scalars.count, ctx.tokens[last].end + 3)])
            if tail.hasPrefix(":") {
                // "Statement from our convenor Jane Roe on today's ruling: “…”": the person named in the
                // introduction, not the capitalised word that opens it.
                for (n, k) in toks.enumerated() {
                    // "On working with Terrence Malick: “…”": a name after a preposition is what the speaker talks about.
                    if n > 0, AttributionLexicon.prepositions.contains(norm(toks[n - 1])) { continue }
                    guard let r = ctx.run(startingAt: k), !r.isOrganisation, !r.isPossessive, r.wordCount >= 2,
                          names.personAt(article: article, paragraph: paragraph, offset: r.start) != nil else { continue }
                    return canonical(r)
                }
                if let s = clauseSubject(toks, before: toks.count) { return s }
                // "The mother did not want to go on camera, but made a statement: “…”": an unnamed subject
                // that opens the introduction.
                // "Furthermore, the coach considered …:": a sentence adverb before the subject.
                let s0 = toks.count > 3 && ctx.gap(toks[0], toks[1]).hasPrefix(",")
                    && NameLexicon.shared.common.contains(NameLexicon.key(norm(toks[0]))) ? 1 : 0
                if toks.count > s0 + 2, AttributionLexicon.determiners.contains(norm(toks[s0])),
                    let k = (s0 + 1..<min(s0 + 4, toks.count)).first(where: { AttributionLexicon.roles.contains(norm(toks[$0])) }),
                    !(s0 + 1...k).contains(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { ",;:".contains($0) }) })
                { return subjectName(endingAt: toks[k], within: toks) }
            }
        }
        return nil
    }

    /// The subject of the verb at position `v` of `toks`.
    private func subject(_ toks: [Int], verb v: Int) -> String? {
        // "the paper quoted the judge as saying": the object speaks, the subject is the source (QuotedAsSaying).
        if let s = quotedAsSayingObject(toks, verb: v) { return s }
        let participle = norm(toks[v]).hasSuffix("ing")
        // "Residents were told to …": a passive names the listener, not the speaker ("X was quoted as saying"
        // names the speaker).
        if v > 0, norm(toks[v]) != "quoted", ["was", "were", "been", "being", "be", "is", "are"].contains(norm(toks[v - 1])),
            norm(toks[v]).hasSuffix("ed") || ["told", "said", "written"].contains(norm(toks[v]))
        {
            // "she had once been told by a consultant, “…”": the agent after "by" is the one speaking.
            if v + 2 < toks.count, norm(toks[v + 1]) == "by" { return phraseOrName(toks, from: v + 2) }
            return nil
        }
        if !participle, let s = reportedClauseSubject(toks, verb: v) { return s }
        if !participle, let s = conjoinedPerson(toks, verb: v) { return s }
        var k = v - 1
        while k >= 0, isModifier(toks[k]) { k -= 1 }
        guard k >= 0 else { return nil }
        // "Rep. Ken Calvert (R-Calif.) told": the subject stands before the bracket.
        if k > 0, ctx.gap(toks[k], toks[k + 1]).contains(")"),
            let open = (1...k).last(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains("(") }), k - open < 6
        { k = open - 1 }
        // "The French leader credited the crews with sparing the cathedral's Gothic facade, saying ‘…’": a role
        // opening the sentence is the subject, not a capitalised word inside the object.
        if participle { return withSubject(toks, participle: v) ?? documentSource(toks, participle: v) ?? roleSubject(Array(toks[..<v])) ?? clauseSubject(toks, before: v) }
        // "Chouhan went on to say", "was quick to add": the subject of the verb the infinitive hangs on.
        if norm(toks[k]) == "to" { return infinitiveSubject(toks, to: k) }
        // "His barrister, Jane Roe SC, wrote": letters after the name ("SC", "MP") are not the subject.
        if k > 0, PersonCues.postNominals.contains(norm(toks[k])), ctx.run(endingAt: toks[k - 1]) != nil,
           ctx.gap(toks[k - 1], toks[k]) == " " {
            if ctx.gap(toks[k], toks[k + 1]).contains(","), let r = ctx.run(endingAt: toks[k - 1]), !r.isOrganisation, !r.isPossessive,
               r.tokenRange.lowerBound > 0, ctx.gap(r.tokenRange.lowerBound - 1, r.tokenRange.lowerBound).contains(",") {
                return canonical(r)
            }
            k -= 1
        }
        /// A comma between clauses, not the thousands separator of "A$85,000".
        func clauseComma(_ a: Int, _ b: Int) -> Bool {
            let g = ctx.gap(a, b)
            return g.contains(",") && !(g == "," && ctx.tokens[a].isNumber && ctx.tokens[b].isNumber)
        }
        let commaBeforeVerb = clauseComma(toks[k], toks[k + 1])
        if commaBeforeVerb {
            // "Ruiz, who wrote a book on it, observed" / "Ruiz, in turn, described": skip the inserted phrase.
            var m = k
            while m > 0, !clauseComma(toks[m - 1], toks[m]) { m -= 1 }
            // "the new pope, who has taken the name Leo XIV, told"
            for x in m..<k where norm(toks[x]) == "name" {
                if let r = ctx.run(startingAt: toks[x + 1]) { return canonical(r) }
            }
            // "one resident, Mary Jones, said": the name in the inserted phrase is the speaker.
            if let r = ctx.run(endingAt: toks[k]), r.tokenRange.lowerBound >= toks[m], !r.isOrganisation, !r.isPossessive,
                let runPos = toks.firstIndex(of: r.tokenRange.lowerBound), runPos - m <= 2,
                !AttributionLexicon.determiners.contains(norm(toks[m])),
                !(m..<runPos).contains(where: { AttributionLexicon.prepositions.contains(norm(toks[$0])) || AttributionLexicon.relativePronouns.contains(norm(toks[$0])) || AttributionLexicon.speechVerbs.contains(norm(toks[$0])) })
            { return canonical(r) }
            if m > 0, let s = documentAuthor(toks, before: m) { return s }
            // "Sarah Beaudin, Canada's deputy high commissioner in London, who attended, called": a name after a
            // preposition ("in London") closes an apposition and is no subject; the subject stands before it.
            var h = m
            while h > 1, let r = ctx.run(endingAt: toks[h - 1]), let rp = toks.firstIndex(of: r.tokenRange.lowerBound), rp > 0,
                  AttributionLexicon.prepositions.contains(norm(toks[rp - 1])),
                  let p = (1..<rp).last(where: { clauseComma(toks[$0 - 1], toks[$0]) }) { h = p }
            if m > 0, let s = subjectName(endingAt: toks[h - 1], within: toks) { return s }
            return clauseSubject(toks, before: v)
        }
        let w = norm(toks[k])
        if AttributionLexicon.relativePronouns.contains(w) {
            guard k > 0 else { return nil }
            if let s = relativeAntecedentPerson(toks, before: k) { return s }
            return subjectName(endingAt: toks[k - 1], within: toks)
        }
        if ["and", "but", "then", "or", "before", "after", "later"].contains(w) {
            return clauseSubject(toks, before: v)
        }
        // "Mum-of-three who was pinned under the shelter says she …": what follows a preposition inside a "who"
        // clause running up to the verb is no subject; the subject is the one "who" stands for.
        if k >= 2, let r = (max(1, k - 10)..<k).last(where: { norm(toks[$0]) == "who" }), AttributionLexicon.prepositions.contains(norm(toks[k - 1]))
            || k >= 2 && AttributionLexicon.determiners.contains(norm(toks[k - 1])) && AttributionLexicon.prepositions.contains(norm(toks[k - 2]))
            || whoClauseEndsInObject(toks, who: r, end: k),
            !(r...k).contains(where: { clauseComma(toks[$0 - 1], toks[$0]) })
        { return subjectName(endingAt: toks[r - 1], within: toks) }
        if let s = documentAuthor(toks, before: k + 1) { return s }
        if let s = headBeforeCoordinatedObject(toks, end: k) { return s }
        return subjectName(endingAt: toks[k], within: toks)
    }

    /// "one civil servant who attended the meeting described it": a restrictive "who" clause of a few words,
    /// its own verb right after "who" and no speech verb in it, ends with its object; the subject of the verb
    /// after it is the one "who" stands for, not that object.
    func whoClauseEndsInObject(_ toks: [Int], who r: Int, end k: Int) -> Bool {
        guard k - r <= 6, k - r >= 2, r > 0, !ctx.tokens[toks[r + 1]].isCapitalized, !ctx.tokens[toks[r - 1]].isCapitalized,
            !AttributionLexicon.subjectPronouns.contains(norm(toks[r + 1])), !AttributionLexicon.determiners.contains(norm(toks[r + 1]))
        else { return false }
        return !(r + 1...k).contains(where: { isVerb(toks[$0]) })
    }

    /// "Handyman Peter Wragg's email to Tolley, read to the jury, said": a document speaks for the one whose it
    /// is, not for the person it was sent to. The possessive name and the document word within the six words
    /// before `end`, nothing but "to"/"from" and a name after them.
    func documentAuthor(_ toks: [Int], before end: Int) -> String? {
        for d in stride(from: end - 1, through: max(1, end - 8), by: -1) where Self.documents.contains(norm(toks[d])) {
            // "A leaked letter from the board to shareholders, seen by X, said": the issuer after "from".
            if let s = documentIssuer(toks, document: d, end: end),
                !(d + 1..<end).contains(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { ",.;:".contains($0) }) })
            { return s }
            guard let r = ctx.run(endingAt: toks[d - 1]), r.isPossessive, !r.isOrganisation,
                !(d..<end).contains(where: { $0 > d && ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { ",.;:".contains($0) }) })
            else { continue }
            return canonical(r)
        }
        return nil
    }
}
