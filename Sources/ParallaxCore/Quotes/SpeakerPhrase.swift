import Foundation

/// Speakers that are not a name right at the verb: a publication ("a headline in the Valley Gazette read"),
/// the phrase after "said" ("said one reader with …", "said the spokesman, Tom Ruiz"), the age epithet
/// news copy uses to name someone again ("said the 25-year-old"), the subject of a clause whose verb is not
/// next to it ("X smiled and asked") and the person a "who" stands for.
extension QuoteAttributor {
    /// "read a headline in the Valley Gazette" → "Valley Gazette".
    func publication(_ seq: [Int], from: Int) -> String? {
        var k = from
        var sawText = false
        while k < seq.count {
            let w = norm(seq[k])
            if AttributionLexicon.publishedTexts.contains(w) { sawText = true }
            if sawText, let r = ctx.run(startingAt: seq[k]) ?? ctx.run(containing: seq[k]) { return r.name }
            if ctx.gap(seq[k], seq[min(k + 1, seq.count - 1)]).contains(where: { ".;".contains($0) }) { break }
            k += 1
        }
        return nil
    }

    /// "A headline in the Korea Herald read, “…”" (subject before a read-verb).
    func publicationSubject(_ toks: [Int], verb v: Int) -> String? {
        let window = Array(toks[max(0, v - 8)..<v])
        // "Her family announced her death in a statement on Sunday. It read:": the text the sentence before
        // names, issued by whoever that sentence has speaking.
        if window.count == 1, norm(window[0]) == "it" {
            let s = ctx.sentenceIndex(at: ctx.tokens[window[0]].start)
            guard s > 0 else { return nil }
            let before = ctx.sentences[s - 1]
            guard ctx.tokens.contains(where: { before.contains($0.start) && AttributionLexicon.publishedTexts.contains($0.norm) }) else { return nil }
            return speaker(inSentence: before)
        }
        guard window.contains(where: { AttributionLexicon.publishedTexts.contains(norm($0)) }) else {
            return accountHolder(Array(toks[max(0, v - 14)..<v]))
        }
        for k in window.reversed() { if let r = ctx.run(containing: k) { return r.name } }
        // "A statement released by his family on Sunday read": whoever released or issued it.
        if let b = window.firstIndex(where: { norm($0) == "by" }), b > 0, ["released", "issued", "signed", "published", "posted"].contains(norm(window[b - 1])),
            b + 2 < window.count, !ctx.tokens[window[b + 2]].isCapitalized,
            AttributionLexicon.determiners.contains(norm(window[b + 1])) || AttributionLexicon.possessivePronouns.contains(norm(window[b + 1]))
        {
            return lowerFirst(ScalarText.slice(ctx.text, ctx.tokens[window[b + 1]].start, ctx.tokens[window[b + 2]].end))
        }
        return accountHolder(window)
    }

    /// "The post, published on Tuesday evening on his official account, read:": the account holder's words.
    func accountHolder(_ window: [Int]) -> String? {
        let accounts: Set<String> = ["account", "page", "feed", "channel", "profile", "blog", "website"]
        guard let t = window.firstIndex(where: { AttributionLexicon.publishedTexts.contains(norm($0)) }),
            let h = window[t...].firstIndex(where: { AttributionLexicon.possessivePronouns.contains(norm($0)) }),
            (h + 1..<min(window.count, h + 3)).contains(where: { accounts.contains(norm(window[$0])) })
        else { return nil }
        return antecedent(offset: ctx.tokens[window[h]].start, pronoun: norm(window[h]))
    }

    /// Name or unnamed phrase starting at position `from` of `seq` ("said Ana Ruiz", "wrote one reader with…").
    func phraseOrName(_ seq: [Int], from: Int) -> String? {
        var k = from
        while k < seq.count, isTitleToken(seq[k]) { k += 1 }
        guard k < seq.count else { return nil }
        if let r = ctx.run(startingAt: seq[k]) ?? ctx.run(containing: seq[k]) {
            if let p = personAfterQualifiedRole(seq, from: k, qualifier: r) { return p }
            return canonical(r)
        }
        let w = norm(seq[k])
        if AttributionLexicon.personalPronouns.contains(w) {
            return antecedent(offset: ctx.tokens[seq[k]].start, pronoun: w)
        }
        if AttributionLexicon.subjectPronouns.contains(w) { return nil }
        // "said the 42-year-old Vilda": the name after the age is the one speaking, not the last one named.
        if k + 2 < seq.count, norm(seq[k]) == "the", norm(seq[k + 1]).hasSuffix("-year-old"), ctx.gap(seq[k + 1], seq[k + 2]) == " ",
            let r = ctx.run(startingAt: seq[k + 2]), !r.isOrganisation, !r.isPossessive
        { return canonical(r) }
        if k + 1 < seq.count, let s = ageEpithet(seq[k], seq[k + 1]) { return s }  // "said the 25-year-old"
        // a determiner phrase up to a preposition, comma or name
        var e = k
        var words = 0
        while e < seq.count, words < 5 {
            let x = norm(seq[e])
            // "a note from the Cabinet Office": right after its determiner a word is a noun, not a verb.
            let nounAfterDeterminer = e == k + 1 && AttributionLexicon.determiners.contains(norm(seq[k]))
            // "said one of the residents, retired teacher Jo Roe": the person set beside the group is the speaker.
            if e == k + 1, x == "of", Self.groupCounts.contains(norm(seq[k])), let p = memberOfGroup(seq, of: e) { return p }
            // "said the judge while explaining …", "said the coach as he left": a clause after the phrase.
            if e > k, AttributionLexicon.prepositions.contains(x) || AttributionLexicon.speechVerbs.contains(x) && !nounAfterDeterminer
                || AttributionLexicon.relativePronouns.contains(x) || x == "that" || Self.clauseOpeners.contains(x) { break }
            // "told by a curator last week": a time after the phrase is no part of it.
            if e >= k + 2, Self.timeWords.contains(x) { break }
            if let r = ctx.run(containing: seq[e]), e > k {
                // "the spokesman, Tom Ruiz" / "the mayor's spokesman Tom Ruiz"
                return canonical(r)
            }
            words += 1
            if e + 1 < seq.count, ctx.gap(seq[e], seq[e + 1]).contains(where: { ",.;:".contains($0) }) {
                // "according to its owner, Marco Pellegrini"
                // "said its sponsor, Sen. Maria Delgado": a title before the name set beside the role.
                var n = e + 1
                while n + 1 < seq.count, isTitleToken(seq[n]) { n += 1 }
                if ctx.gap(seq[e], seq[e + 1]).contains(","), let r = ctx.run(startingAt: seq[e + 1]) ?? ctx.run(startingAt: seq[n]) { return canonical(r) }
                e += 1
                break
            }
            e += 1
        }
        guard e > k, AttributionLexicon.determiners.contains(norm(seq[k])) || AttributionLexicon.roles.contains(norm(seq[e - 1])) else { return nil }
        // "according to a note from the Cabinet Office", "a statement by the ministry": a document speaks for
        // whoever issued it, as "a spokesperson for X" does.
        if e - k >= 2, Self.documents.contains(norm(seq[k + 1])) {
            var f = k + 2
            while f < seq.count, f < k + 5, Self.documentDating.contains(norm(seq[f])) { f += 1 }
            if f >= e, f + 1 < seq.count, ["from", "by", "of"].contains(norm(seq[f])) {
                let n = norm(seq[f + 1]) == "the" && f + 2 < seq.count ? f + 2 : f + 1
                if let r = ctx.run(startingAt: seq[n]) { return r.isOrganisation ? r.name : canonical(r) }
            }
        }
        // "ruled the Judge" after "Justice Jane Roe dismissed …": the person the article gave that role.
        // "said the health minister": the one person introduced with those words.
        if e - k >= 2, e - k <= 4, norm(seq[k]) == "the", AttributionLexicon.roles.contains(norm(seq[e - 1])) || AttributionLexicon.titles.contains(norm(seq[e - 1])),
            let p = names.roleAntecedent(norm(seq[e - 1]), qualifiers: qualifiers(seq, k + 1, e - 1), article: article, paragraph: paragraph, offset: ctx.tokens[seq[k]].start)
        { return p }
        let phrase = ScalarText.slice(ctx.text, ctx.tokens[seq[k]].start, ctx.tokens[seq[e - 1]].end)
        return lowerFirst(phrase)
    }

    /// "one of the residents, journalism student Jo Roe" / "one of the survivors": after a quantifier and its
    /// "of" (at `of`), the group in lower case up to a comma; the person named in apposition after that comma
    /// (a few lower-case describing words and titles may come first) when there is one, else the whole phrase
    /// ("one of the residents"), which says more than "one". Nil when the group is named (a capitalised run)
    /// or no comma or end closes it within five words.
    func memberOfGroup(_ seq: [Int], of: Int) -> String? {
        var j = of + 1
        while j < seq.count, j <= of + 5 {
            let t = ctx.tokens[seq[j]]
            guard !t.isCapitalized, !isVerb(seq[j]), !AttributionLexicon.relativePronouns.contains(t.norm), t.norm != "that" else { return nil }
            let gap = j + 1 < seq.count ? ctx.gap(seq[j], seq[j + 1]) : ""
            if gap.contains(",") {
                var n = j + 1
                while n < seq.count, n <= j + 4, ctx.run(startingAt: seq[n]) == nil, !isVerb(seq[n]),
                    !ctx.tokens[seq[n]].isCapitalized || isTitleToken(seq[n]) { n += 1 }
                if n < seq.count, let r = ctx.run(startingAt: seq[n]), !r.isOrganisation, !r.isPossessive { return canonical(r) }
            }
            if j + 1 == seq.count || gap.contains(where: { ",.;:".contains($0) }) {
                return lowerFirst(ScalarText.slice(ctx.text, ctx.tokens[seq[of - 1]].start, ctx.tokens[seq[j]].end))
            }
            j += 1
        }
        return nil
    }

    /// Documents that speak for whoever issued them.
    static let documents: Set<String> = AttributionLexicon.publishedTexts.union([
        "note", "memo", "email", "e-mail", "document", "filing", "briefing", "letter", "minutes", "submission", "summary",
    ])

    /// Words that open a clause after a speaker's phrase ("the judge while explaining", "the coach as he left").
    static let clauseOpeners: Set<String> = ["while", "as", "when", "after", "before", "because", "although", "though", "whereas", "until"]

    /// When a document came out, said between it and its issuer: "a statement Wednesday from the managers",
    /// "a letter on Monday from the union", "a note last week by the board".
    static let documentDating: Set<String> = Set(DetailExtractor.weekdays).union(["on", "last", "week", "night", "yesterday", "today", "earlier"])

    /// "the 25-year-old": news copy's way of naming again the person it has just named, so the person a
    /// pronoun at that place would stand for.
    func ageEpithet(_ article_: Int, _ age: Int) -> String? {
        let w = norm(age)
        guard norm(article_) == "the", w.hasSuffix("-year-old"), w.unicodeScalars.first?.properties.numericType != nil else { return nil }
        return antecedent(offset: ctx.tokens[article_].start)
    }

    /// "Hugo Brandt, a refugee from Vienna who told her": "who" is the refugee, not the place after "from";
    /// the refugee is the person the apposition describes.
    func relativeAntecedentPerson(_ toks: [Int], before k: Int) -> String? {
        guard let place = ctx.run(endingAt: toks[k - 1]), let start = toks.firstIndex(of: place.tokenRange.lowerBound), start >= 3,
            AttributionLexicon.prepositions.contains(norm(toks[start - 1]))
        else { return nil }
        // Back over the noun phrase before the preposition to its determiner and the comma before it.
        var d = start - 2
        while d > 0, start - d <= 4, !AttributionLexicon.determiners.contains(norm(toks[d])) { d -= 1 }
        guard d > 0, AttributionLexicon.determiners.contains(norm(toks[d])), ctx.gap(toks[d - 1], toks[d]).contains(","),
            let r = ctx.run(endingAt: toks[d - 1]), !r.isOrganisation, !r.isPossessive
        else { return nil }
        return canonical(r)
    }

    /// The subject of a sentence that opens with a role noun ("The prime minister was asked …", "On Monday,
    /// the ministry's spokesman declined …"): the person the role stands for, else the phrase. Nil when the
    /// sentence does not open so, or when the role is followed by "of" (the head of something, a longer
    /// phrase than this reads).
    func roleSubject(_ toks: [Int]) -> String? {
        var s = 0
        // "On Monday, the minister …": an opening phrase set off by a comma.
        if let f = toks.first, AttributionLexicon.subordinators.contains(norm(f)) || AttributionLexicon.prepositions.contains(norm(f)),
            let c = (1..<min(toks.count, 7)).first(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(",") })
        { s = c }
        guard s < toks.count else { return nil }
        // "the …", "her …", "Kovac's …" before the role: whose role it is goes with the role, and the
        // possessor is not the one speaking ("Kovac's spokesman was asked …").
        var m = s
        if norm(toks[s]) != "the", !["his", "her", "their", "its"].contains(norm(toks[s])) {
            guard let r = ctx.run(startingAt: toks[s]), r.isPossessive, let e = toks.firstIndex(of: r.tokenRange.upperBound - 1) else { return nil }
            m = e
        }
        var k = m + 1
        while k < toks.count, k - m <= 4, !AttributionLexicon.roles.contains(NameRuns.stripPossessive(norm(toks[k]))) {
            // modifiers only: no verb, name of a person or punctuation before the role
            if ctx.gap(toks[k - 1], toks[k]).contains(where: { ",.;:(".contains($0) }) || isVerb(toks[k]) { return nil }
            k += 1
        }
        guard k < toks.count, k - m <= 4, !ctx.gap(toks[k - 1], toks[k]).contains(where: { ",.;:(".contains($0) }),
            !NameRuns.isPossessive(ctx.tokens[toks[k]])
        else { return nil }
        // "the chief executive", "the deputy head coach": the role runs to its last word.
        while k + 1 < toks.count, AttributionLexicon.roles.contains(norm(toks[k + 1])), ctx.gap(toks[k], toks[k + 1]) == " " { k += 1 }
        if k + 1 < toks.count, norm(toks[k + 1]) == "of" {
            // "The president of the Harbour Club has paid tribute …, saying": the office's holder (`OfficeOfOrganisation.swift`).
            var j = k + 2
            if j < toks.count, norm(toks[j]) == "the" { j += 1 }
            if s == m, j < toks.count, let org = ctx.run(startingAt: toks[j]), org.isOrganisation, !org.isPossessive {
                return officeHolderOf(toks, organisation: org, ofAt: k + 1)
            }
            return nil
        }
        // "The port's chief executive, Daniel Fuchs, welcomed …": the name set beside the role.
        if k + 1 < toks.count, ctx.gap(toks[k], toks[k + 1]).trimmingCharacters(in: .whitespaces) == ",",
            let r = ctx.run(startingAt: toks[k + 1]), !r.isOrganisation, !r.isPossessive,
            let after = toks.firstIndex(of: r.tokenRange.upperBound - 1), after + 1 < toks.count,
            ctx.gap(toks[after], toks[after + 1]).contains(",")
        { return canonical(r) }
        // "The President Ivo Rask": a role before a name is a title; the name decides.
        if k + 1 < toks.count, let r = ctx.run(startingAt: toks[k + 1]), !r.isOrganisation { return canonical(r) }
        if let r = ctx.run(containing: toks[k]), !r.isOrganisation, r.tokenRange.upperBound - 1 > toks[k] { return canonical(r) }
        return roleHolder(toks, article: s, role: k)
    }

    /// "X told the audience that her mother kept bees and used to say ‘…’": a speech verb inside a reported
    /// clause ("that …", right after another speech verb, with no comma between) says what that clause's
    /// subject said, not the reporter. Nil when the verb is not in such a clause or its subject is no
    /// person: a name, "he"/"she", or a phrase opened by a determiner.
    func reportedClauseSubject(_ toks: [Int], verb v: Int) -> String? {
        guard let t = (0..<v).last(where: { norm(toks[$0]) == "that" }), t + 2 < v,
            (max(0, t - 5)..<t).contains(where: { isVerb(toks[$0]) }),
            !(t + 1...v).contains(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { ",;:".contains($0) }) })
        else { return nil }
        let s = t + 1
        if let r = ctx.run(startingAt: toks[s]) {
            return r.isOrganisation || r.isPossessive ? nil : canonical(r)
        }
        let w = norm(toks[s])
        if AttributionLexicon.personalPronouns.contains(w) { return antecedent(offset: ctx.tokens[toks[s]].start, pronoun: w) }
        guard AttributionLexicon.determiners.contains(w), !ctx.tokens[toks[s + 1]].isCapitalized else { return nil }
        if let r = (s + 1..<min(v, s + 4)).first(where: { AttributionLexicon.roles.contains(norm(toks[$0])) }), w == "the" {
            return roleHolder(toks, article: s, role: r)
        }
        return lowerFirst(ScalarText.slice(ctx.text, ctx.tokens[toks[s]].start, ctx.tokens[toks[s + 1]].end))
    }

    /// Who "the <qualifiers> <role>" (or "the <role>'s") stands for: the person the people index places
    /// there, else the one person introduced with that role, else the phrase itself in lower case.
    func roleHolder(_ toks: [Int], article a: Int, role k: Int) -> String {
        let t = ctx.tokens[toks[k]]
        if let p = names.personAt(article: article, paragraph: paragraph, offset: t.start)
            ?? (norm(toks[a]) == "the" ? names.personAt(article: article, paragraph: paragraph, offset: ctx.tokens[toks[a]].start) : nil)
        { return p }
        let role = NameRuns.stripPossessive(t.norm)
        if let p = names.roleAntecedent(role, qualifiers: qualifiers(toks, a + 1, k), article: article, paragraph: paragraph, offset: t.start) {
            return p
        }
        let phrase = ScalarText.slice(ctx.text, ctx.tokens[toks[a]].start, t.end)
        return lowerFirst(NameRuns.isPossessive(t) ? String(phrase.dropLast(2)) : phrase)
    }

    /// "a pal of the star", "another source close to the BBC show", "one of the fans": an unnamed speaker
    /// described by whom they belong to; the phrase from its indefinite determiner to `end`, when the words
    /// before `phraseStart` are "of" or "close to" after such a speaker. A spokesperson stays the
    /// organisation's ("a spokesperson for Cumbria Police" → the police), as the ledger always had it.
    func describedSpeaker(_ toks: [Int], phraseStart a: Int, end: Int) -> String? {
        var h: Int
        // "A source at the club said": the source, not the club; "a woman in Amatrice told": the woman, not the town.
        if a >= 2, ["of", "at", "in", "from"].contains(norm(toks[a - 1])) { h = a - 2 }
        else if a >= 3, norm(toks[a - 1]) == "to", norm(toks[a - 2]) == "close" { h = a - 3 }
        // "A person familiar with the negotiations, who spoke on condition of anonymity, said": the person.
        else if a >= 3, norm(toks[a - 1]) == "with", norm(toks[a - 2]) == "familiar" { h = a - 3 }
        else { return nil }
        guard !(h..<a).contains(where: { ctx.gap(toks[$0], toks[$0 + 1]).contains(where: { ",.;:()".contains($0) }) }),
            !ctx.tokens[toks[h]].isCapitalized || h == 0 || endsSentence(after: toks[h - 1], before: toks[h])
        else { return nil }
        let head = norm(toks[h])
        var d = h
        if !Self.quantifiers.contains(head) {
            guard !AttributionLexicon.determiners.contains(head), !head.hasPrefix("spokes"), !isVerb(toks[h]) || Self.nounOrVerb.contains(head),
                let det = (max(0, h - 2)..<h).last(where: { Self.indefinites.contains(norm(toks[$0])) }),
                !(det + 1..<h).contains(where: { ctx.tokens[toks[$0]].isCapitalized || isVerb(toks[$0]) })
            else { return nil }
            d = det
        }
        return lowerFirst(ScalarText.slice(ctx.text, ctx.tokens[toks[d]].start, ctx.tokens[end].end))
    }

    static let indefinites: Set<String> = ["a", "an", "another", "one"]
    /// Counts that pick members out of a group ("one of the residents", "two of the survivors").
    static let groupCounts: Set<String> = ["one", "some", "many", "several", "two", "three", "four", "most", "few"]
    static let timeWords: Set<String> = ["last", "yesterday", "today", "tonight", "earlier", "recently", "once", "this", "next"]
    static let quantifiers: Set<String> = ["one", "some", "many", "several", "two", "three", "four", "most", "few", "people", "sources", "officials"]

    /// Pronouns for a group that a restrictive "who" clause picks out ("those who", "anyone who").
    static let groupPronouns: Set<String> = ["those", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "all", "people", "whoever"]

    /// Subject of the clause a verb belongs to when the verb is not right after it ("X smiled and asked",
    /// "X joked …, telling him").
    /// "…, with the community council calling the cuts “…”", "talks stalled, with the trade minister warning
    /// that …": a participle after "with" and a noun phrase has that phrase for its subject, not the
    /// sentence's.
    func withSubject(_ toks: [Int], participle v: Int) -> String? {
        guard let w = (max(0, v - 6)..<v).last(where: { norm(toks[$0]) == "with" }), w + 1 < v,
            !(w + 1...v).contains(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { ",;:.()–—".contains($0) }) })
        else { return nil }
        return phraseOrName(Array(toks[(w + 1)...v]), from: 0)
    }

    /// Whether `toks[c]` is the "and"/"but" of ", and X verb", X a person's name, or "his"/"her"/"their" and one
    /// lower-case noun before that name, and the word after the name follows it with a space only.
    func coordinatedClauseWithName(_ toks: [Int], at c: Int, before v: Int) -> Bool {
        coordinatedClauseSubject(toks, at: c, before: v) != nil
    }

    /// The person named as the subject of that clause.
    func coordinatedClauseSubject(_ toks: [Int], at c: Int, before v: Int) -> String? {
        guard c > 0, c + 1 < v, ["and", "but"].contains(norm(toks[c])), ctx.gap(toks[c - 1], toks[c]).contains(",") else { return nil }
        var j = c + 1
        if ["his", "her", "their"].contains(norm(toks[j])), j + 2 < v, !ctx.tokens[toks[j + 1]].isCapitalized { j += 2 }
        guard let r = ctx.run(startingAt: toks[j]), !r.isOrganisation, !r.isPossessive,
            let e = toks.firstIndex(of: r.tokenRange.upperBound - 1), e + 1 < v, ctx.gap(toks[e], toks[e + 1]) == " ",
            !ctx.tokens[toks[e + 1]].isCapitalized
        else { return nil }
        let name = canonical(r)
        return names.isPerson(name) ? name : nil
    }

    func clauseSubject(_ toks: [Int], before v: Int, namesOnly: Bool = false) -> String? {
        // "…from Xi, who pointed … and replied"
        // "a message for those who had backed her rivals:": "those who" (no comma) picks out a group the
        // clause speaks to or of; it is not who speaks.
        if let w = (0..<v).last(where: { AttributionLexicon.relativePronouns.contains(norm(toks[$0])) }), w > 0,
            !(w + 1..<v).contains(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(",") }),
            !(Self.groupPronouns.contains(norm(toks[w - 1])) && !ctx.gap(toks[w - 1], toks[w]).contains(",")),
            let s = subjectName(endingAt: toks[w - 1], within: toks), !namesOnly || s.first?.isUppercase == true
        { return s }
        var start = 0
        // "Losing it to a nurse … is not the story he wanted – he was out early calling it “…”": a clause after a
        // dash that opens with "he"/"she" has its own subject.
        if let d = (1..<max(1, v)).last(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { "–—".contains($0) }) }),
            AttributionLexicon.personalPronouns.contains(norm(toks[d]))
        { start = d }
        // "He died in March, and his granddaughter Hana Aukett accepted, dedicating it “…”": a clause after ", and" or
        // ", but" whose subject is a name (after at most a possessive and a noun), with its verb right after the
        // name, has its own subject. ("Smith, and his wife Jane, said": the name set off by commas is no clause.)
        if start == 0, let c = (1..<max(1, v)).last(where: { coordinatedClauseWithName(toks, at: $0, before: v) }) { start = c + 1 }
        // "Graceful exit: Callum Reddaway promised to call …": a newsletter's label of a few words before a
        // colon opens the paragraph; the clause, and its subject, start after it.
        if let c = (1..<max(1, min(4, v))).first(where: { ctx.gap(toks[$0 - 1], toks[$0]).hasPrefix(":") }) { start = c }
        if start == 0, let first = toks.first, AttributionLexicon.subordinators.contains(norm(first)) || norm(first).hasSuffix("ing")
            || NameRunCues.participleOpeners.contains(norm(first)) || isFrontedParticiple(toks, 0)
        {
            if var c = (1..<max(1, v)).first(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(",") }) {
                // "Asked whether his captain, Joel Marsh, would be fit, Keller was less certain": a name set off by
                // commas after a role noun is inside the opening clause, which ends at the comma after it.
                if AttributionLexicon.roles.contains(norm(toks[c - 1])), let r = ctx.run(startingAt: toks[c]),
                    let e = toks.firstIndex(of: r.tokenRange.upperBound - 1), e + 1 < v, ctx.gap(toks[e], toks[e + 1]).contains(","),
                    let c2 = (e + 2..<max(e + 2, v)).first(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(",") })
                { c = c2 }
                start = c
            }
        }
        for from in Set([start, 0]).sorted(by: >) {
            var k = from
            while k < v {
                let t = ctx.tokens[toks[k]]
                let prevWord = k > 0 ? norm(toks[k - 1]) : ""
                if let r = ctx.run(containing: toks[k]) {
                    let end = toks.firstIndex(of: r.tokenRange.upperBound - 1) ?? k
                    // "Losing it to …", "Speaking to reporters …": a gerund that opens the sentence is capitalised
                    // for its place, not a name.
                    if k == 0, r.wordCount == 1, isGerund(toks, 0) || isFrontedParticiple(toks, 0) {
                        k = end + 1
                        continue
                    }
                    // "Ferry captain Idris Mabon watched …", "Harrow Vale coach Mira Okonkwo faced …", "However, Cal
                    // Fire operations section chief Jeremy Pierce had …": a name, a few words of an office and a role
                    // before a name describe the person; the name is the subject.
                    let roleReach = min(toks.count - 1, end + 5)
                    if k == 0 || (k == 1 && ctx.gap(toks[0], toks[1]).contains(",")), end + 1 < roleReach,
                        let role = (end + 1..<roleReach).first(where: { AttributionLexicon.roles.contains(norm(toks[$0])) }),
                        (end + 1...role).allSatisfy({ !ctx.tokens[toks[$0]].isCapitalized && ctx.gap(toks[$0 - 1], toks[$0]) == " " }),
                        ctx.gap(toks[role], toks[role + 1]) == " ",
                        let named = ctx.run(startingAt: toks[role + 1]), !named.isOrganisation, !named.isPossessive
                    { return canonical(named) }
                    if !r.isPossessive, !AttributionLexicon.prepositions.contains(prevWord) || k == 0 {
                        return canonical(r)
                    }
                    k = end + 1
                    continue
                }
                let w = t.norm.split(separator: "'").first.map(String.init) ?? t.norm
                if AttributionLexicon.subjectPronouns.contains(w), !AttributionLexicon.prepositions.contains(prevWord) {
                    guard AttributionLexicon.personalPronouns.contains(w) else { return nil }
                    return antecedent(offset: t.start, pronoun: w)
                }
                k += 1
            }
        }
        return nil
    }
}
