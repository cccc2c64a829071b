import Foundation

/// The speaker a subject position names: a name run (the person rather than the employer after "of", the
/// organisation a name after "of" goes on naming, someone speaking for the person named), a title the people
/// index links to one person, a pronoun, an age epithet, or an unnamed phrase ("one user", "a Downing Street
/// source", "the agency" for the organisation named before).
extension QuoteAttributor {
    /// Name, pronoun or unnamed phrase that ends at token `k` (a subject position).
    func subjectName(endingAt k: Int, within toks: [Int]) -> String? {
        let t = ctx.tokens[k]
        if var r = ctx.run(endingAt: k) {
            if r.isPossessive { return nil }
            // "the CJ asked" after "Chief Justice Maraga": an office written as letters.
            if r.wordCount == 1, NameResolver.roleSynonyms[r.name.lowercased()] != nil,
                let p = names.roleAntecedent(r.name.lowercased(), article: article, paragraph: paragraph, offset: r.start)
            { return p }
            // "the Gothenburg Institute of Applied Physics": a name after "of" or "for" that follows an
            // organisation goes on naming it.
            while let pos = toks.firstIndex(of: r.tokenRange.lowerBound), pos >= 2, ["of", "for"].contains(norm(toks[pos - 1])),
                let o = ctx.run(endingAt: toks[pos - 2]), o.isOrganisation, !o.isPossessive, o.tokenRange != r.tokenRange
            { r = o; r.isOrganisation = true }
            // "Laura Mendez of Suncoast Research said", "an analyst at X said", "Prof. Ingrid Halvorsen of the
            // Gothenburg Institute …, said": the person, not the employer.
            // "Activist Wahyu Prasetyo of Walhi West Java said": a name after "of" that the people index does
            // not take for a person, right after one it does, is where that person works.
            // "Mayor Dana Whitlock of Corwin, Ohio, whose town …": a state or country after a town is where the town is.
            if !r.isOrganisation, r.wordCount == 1, let pos = toks.firstIndex(of: r.tokenRange.lowerBound), pos >= 4,
                ctx.gap(toks[pos - 1], toks[pos]).trimmingCharacters(in: .whitespaces) == ",",
                names.personAt(article: article, paragraph: paragraph, offset: r.start, end: r.end) == nil,
                let town = ctx.run(endingAt: toks[pos - 1]), !town.isOrganisation,
                let tpos = toks.firstIndex(of: town.tokenRange.lowerBound), tpos >= 2, ["of", "at", "from", "in"].contains(norm(toks[tpos - 1])),
                names.personAt(article: article, paragraph: paragraph, offset: town.start, end: town.end) == nil,
                let p = ctx.run(endingAt: toks[tpos - 2]), !p.isOrganisation, !p.isPossessive,
                names.personAt(article: article, paragraph: paragraph, offset: p.start, end: p.end) != nil
            { return canonical(p) }
            // "Rear Admiral Jo Roe of the Harbour Guard said": "the" may come between.
            if !r.isOrganisation, let first = toks.firstIndex(of: r.tokenRange.lowerBound), first >= 2,
                case let pos = first >= 3 && norm(toks[first - 1]) == "the" ? first - 1 : first,
                ["of", "at", "from"].contains(norm(toks[pos - 1])),
                names.personAt(article: article, paragraph: paragraph, offset: r.start, end: r.end) == nil,
                let p = ctx.run(endingAt: toks[pos - 2]), !p.isOrganisation, !p.isPossessive,
                names.personAt(article: article, paragraph: paragraph, offset: p.start, end: p.end) != nil
            { return canonical(p) }
            if r.isOrganisation, var pos = toks.firstIndex(of: r.tokenRange.lowerBound), pos > 0 {
                if pos > 1, norm(toks[pos - 1]) == "the" { pos -= 1 }
                if ["of", "at", "from", "with"].contains(norm(toks[pos - 1])) {
                    for q in stride(from: pos - 2, through: max(0, pos - 5), by: -1) {
                        if let p = ctx.run(endingAt: toks[q]), !p.isOrganisation, !p.isPossessive { return canonical(p) }
                    }
                }
                if let s = officeHolderOf(toks, organisation: r, ofAt: pos - 1) { return s }
            }
            // "A spokesperson for Rep. Ken Calvert told", "a lawyer for Ms Diaz said": someone speaking for
            // the person named, not that person.
            if !r.isOrganisation, var pos = toks.firstIndex(of: r.tokenRange.lowerBound) {
                while pos > 0, isTitleToken(toks[pos - 1]) { pos -= 1 }
                if let s = describedSpeaker(toks, phraseStart: pos, end: k) { return s }
                guard pos >= 2, ["for", "of"].contains(norm(toks[pos - 1])), AttributionLexicon.roles.contains(norm(toks[pos - 2])) else {
                    return canonical(r)
                }
                var a = pos - 2
                if a > 0, AttributionLexicon.determiners.contains(norm(toks[a - 1])) { a -= 1 }
                return lowerFirst(ScalarText.slice(ctx.text, ctx.tokens[toks[a]].start, r.end))
            }
            return canonical(r)
        }
        // "The Prime Minister further said": a title alone that the people index links to one person.
        if let p = names.personAt(article: article, paragraph: paragraph, offset: t.start) { return p }
        let w = NameRuns.stripPossessive(t.norm)
        // "Her Honour found that …": how courts name the judge.
        if w == "honour" || w == "honor", let pos = toks.firstIndex(of: k), pos > 0, ["her", "his"].contains(norm(toks[pos - 1])) {
            return names.roleAntecedent("judge", article: article, paragraph: paragraph, offset: t.start)
        }
        if let s = relativeClauseSpeaker(toks, pronoun: k) { return s }
        if AttributionLexicon.subjectPronouns.contains(w) || t.norm.hasPrefix("he'") || t.norm.hasPrefix("she'") {
            let bare = t.norm.split(separator: "'").first.map(String.init) ?? w
            guard AttributionLexicon.personalPronouns.contains(bare) else { return nil }
            return antecedent(offset: t.start, pronoun: bare)
        }
        // "the 25-year-old said", "the 25-year-old midfielder said"
        if let pos = toks.firstIndex(of: k) {
            if pos > 0, let s = ageEpithet(toks[pos - 1], k) { return s }
            if pos > 1, let s = ageEpithet(toks[pos - 2], toks[pos - 1]) { return s }
        }
        // "Another said: “…”" after "one user wrote": a second unnamed speaker, not the first again.
        if ["another", "others"].contains(w), let pos = toks.firstIndex(of: k), pos == 0 || endsSentence(after: toks[pos - 1], before: k) {
            return w
        }
        // "the report itself, we are told, calls …": the phrase the reflexive stresses.
        if ["itself", "himself", "herself", "themselves"].contains(w), let pos = toks.firstIndex(of: k), pos > 0,
            ctx.gap(toks[pos - 1], k) == " "
        { return subjectName(endingAt: toks[pos - 1], within: toks) }
        // "One veteran MP, who asked not to be named,": a role written in capitals ("MP", "MEP") is a role noun.
        let roleInCapitals = t.text.count <= 4 && t.text.allSatisfy(\.isUppercase) && AttributionLexicon.roles.contains(w)
        if t.isCapitalized && !roleInCapitals || AttributionLexicon.nonSpeakerHeads.contains(w) || t.isNumber { return nil }
        // Unnamed speaker: "one user", "both governments", "the spokesman", "analysts".
        guard let pos = toks.firstIndex(of: k) else { return nil }
        // "My wife told me …" inside Jonah Reyes's quote: the wife the story names as his.
        if let by = quotedBy, pos >= 1, norm(toks[pos - 1]) == "my", let r = names.relative(of: by, kin: w) { return r }
        // "the veteran thesp said", "the seasoned striker added": an epithet of long standing before a noun that is
        // no role names again the person just named, as "the 25-year-old" does.
        if pos >= 2, norm(toks[pos - 2]) == "the", Self.standingEpithets.contains(norm(toks[pos - 1])), !AttributionLexicon.roles.contains(w),
            !(pos - 2..<pos).contains(where: { ctx.gap(toks[$0], toks[$0 + 1]) != " " }),
            let p = antecedent(offset: ctx.tokens[toks[pos - 2]].start)
        { return p }
        // Walk back to the phrase start: a determiner ("a Downing Street source") or a possessive name
        // ("the Treasury's spokesman"), over at most three modifiers.
        var a = pos
        var b = pos
        while b > 0, pos - b < 4, !ctx.gap(toks[b - 1], toks[b]).contains(where: { ",.;:".contains($0) }) {
            let prev = norm(toks[b - 1])
            // "A Department for Housing spokesperson": "for" inside an organisation's name; "the report": a
            // noun after its determiner.
            let inName = ["for", "of"].contains(prev) && b >= 2 && ctx.tokens[toks[b]].isCapitalized && ctx.tokens[toks[b - 2]].isCapitalized
            let noun = b >= 2 && AttributionLexicon.determiners.contains(norm(toks[b - 2]))
            if AttributionLexicon.speechVerbs.contains(prev) && !noun || AttributionLexicon.prepositions.contains(prev) && !inName { break }
            b -= 1
            if AttributionLexicon.determiners.contains(prev) || NameRuns.isPossessive(ctx.tokens[toks[b]]) {
                a = b
                if let r = ctx.run(containing: toks[b]), let first = toks.firstIndex(of: r.tokenRange.lowerBound), first < b { a = first }
                if b > 0, norm(toks[b - 1]) == "the" || norm(toks[b - 1]) == "a", NameRuns.isPossessive(ctx.tokens[toks[b]]) { a = min(a, b - 1) }
                break
            }
            if ctx.tokens[toks[b]].isCapitalized { continue }
            a = b
        }
        // "A pal of the star told", "another source close to the show said": the one described speaks, not
        // the star or the show.
        if let s = describedSpeaker(toks, phraseStart: a, end: k) { return s }
        // "A spokesperson for the academy said": whoever speaks for a body the copy names by a common noun, not
        // the body. (A named one is the speaker itself: "a spokesperson for Cumbria Police" → the police.)
        if a >= 2, norm(toks[a]) == "the", norm(toks[a - 1]) == "for", AttributionLexicon.roles.contains(norm(toks[a - 2])),
            !(a - 2..<pos).contains(where: { ctx.gap(toks[$0], toks[$0 + 1]) != " " }),
            !(a..<pos).contains(where: { ctx.tokens[toks[$0 + 1]].isCapitalized })
        {
            let d = a >= 3 && AttributionLexicon.determiners.contains(norm(toks[a - 3])) ? a - 3 : a - 2
            return lowerFirst(ScalarText.slice(ctx.text, ctx.tokens[toks[d]].start, t.end))
        }
        let startsWithDeterminer = AttributionLexicon.determiners.contains(norm(toks[a])) || NameRuns.isPossessive(ctx.tokens[toks[a]])
            || ctx.run(containing: toks[a]).map { r in (r.tokenRange.lowerBound..<max(r.tokenRange.lowerBound, k)).contains { NameRuns.isPossessive(ctx.tokens[$0]) } } == true
        let role = AttributionLexicon.roles.contains(w)
        guard startsWithDeterminer || w.hasSuffix("s") || role else { return nil }
        // An epithet the people index resolved ("the new pope", "the Chinese leader").
        // "Paxton's loved ones", "Xi's spokesman": a person named as the possessor is not the one speaking.
        let possessor = ctx.run(containing: toks[a]).map { r in (r.tokenRange.lowerBound..<max(r.tokenRange.lowerBound, k)).contains { NameRuns.isPossessive(ctx.tokens[$0]) } } == true
        if let p = names.personAt(article: article, paragraph: paragraph, offset: t.start)
            ?? (possessor ? nil : names.personAt(article: article, paragraph: paragraph, offset: ctx.tokens[toks[a]].start))
        { return p }
        // "the health minister said": the one person introduced with those words.
        if role, norm(toks[a]) == "the",
            let p = names.roleAntecedent(w, qualifiers: qualifiers(toks, a + 1, pos), article: article, paragraph: paragraph, offset: t.start)
        { return p }
        // "The head coach of the national team said": the role before "of".
        if norm(toks[a]) == "the", a >= 2, norm(toks[a - 1]) == "of", AttributionLexicon.roles.contains(norm(toks[a - 2])),
            let d = (max(0, a - 5)..<(a - 2)).last(where: { norm(toks[$0]) == "the" }),
            !(d..<(a - 1)).contains(where: { ctx.gap(toks[$0], toks[$0 + 1]).contains(where: { ",.;:".contains($0) }) }),
            let p = names.roleAntecedent(norm(toks[a - 2]), qualifiers: qualifiers(toks, d + 1, a - 2), article: article, paragraph: paragraph, offset: t.start)
        { return p }
        // "“…,” the statement said." after "X said in a statement": the statement speaks for the person last
        // named as its author — before this sentence, whose own subject is what the statement is about ("The
        // ferry will stay in port “until …,” the statement said").
        if w == "statement", norm(toks[a]) == "the", pos - a == 1,
            let p = antecedent(offset: ctx.sentences[ctx.sentenceIndex(at: t.start)].lowerBound)
        { return p }
        // "the agency said" after "the National Weather Service"
        if norm(toks[a]) == "the", pos - a <= 1,
            let o = names.organisationAntecedent(NameRuns.stripPossessive(w), article: article, paragraph: paragraph, offset: t.start)
        { return o }
        let phrase = ScalarText.slice(ctx.text, ctx.tokens[toks[a]].start, t.end)
        return lowerFirst(phrase)
    }

    /// Adjectives of long standing that describe a person ("the veteran thesp"), never a thing.
    static let standingEpithets: Set<String> = ["veteran", "seasoned", "long-serving", "longtime"]

    /// "The trust wants to move births …, in what it calls “…”", "the head teacher has warned parents of what
    /// she called “…”": the pronoun after "what" is the subject of the sentence it hangs on, when that is a
    /// body (for "it") or a person or an unnamed role (for "he"/"she") — not the last person named before.
    func relativeClauseSpeaker(_ toks: [Int], pronoun k: Int) -> String? {
        let w = norm(k)
        guard ["it", "he", "she"].contains(w), let pos = toks.firstIndex(of: k), pos >= 3, norm(toks[pos - 1]) == "what",
            // "X was attacked by Y over what she called": a passive's subject is not the one speaking.
            !(1..<pos).contains(where: { norm(toks[$0]) == "by" && norm(toks[$0 - 1]).hasSuffix("ed") }),
            let s = mainSubjectRole(toks, before: pos - 1) ?? clauseSubject(toks, before: pos - 1)
        else { return nil }
        let person = names.isKnownPerson(s) || names.isPerson(s)
        if w == "it" { return !person && s.first?.isUppercase == true ? s : nil }
        // "the head teacher": an unnamed person by role; a lower-case phrase that is no role ("the plan") is not.
        if s.first?.isUppercase == false, let last = s.split(separator: " ").last, !AttributionLexicon.roles.contains(String(last)) { return nil }
        if s.first?.isUppercase == true, !person { return nil }
        return s
    }

    /// "At Hillside Primary, where most staff are members, the head teacher has warned …": an unnamed role
    /// opening the clause after the last comma (or the sentence) before `end`, with no name in it.
    private func mainSubjectRole(_ toks: [Int], before end: Int) -> String? {
        guard end > 1 else { return nil }
        let from = (1..<end).last(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(",") }) ?? 0
        guard AttributionLexicon.determiners.contains(norm(toks[from])),
            var r = (from + 1..<min(from + 5, end)).first(where: { AttributionLexicon.roles.contains(norm(toks[$0])) })
        else { return nil }
        // "the head teacher": the role's last word.
        while r + 1 < end, AttributionLexicon.roles.contains(norm(toks[r + 1])) { r += 1 }
        guard r + 1 < end, !ctx.tokens[toks[r + 1]].isCapitalized,
            !(from...r).contains(where: { ctx.tokens[toks[$0]].isCapitalized && $0 > from })
        else { return nil }
        return subjectName(endingAt: toks[r], within: toks)
    }
}
