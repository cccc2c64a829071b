import Foundation

/// Whom a "he" or "she" stands for. Kept apart from the name tables of `NameResolver` because it is the
/// one place that weighs recency, who was speaking and gender against each other.
extension NameResolver {
    /// The person a "he"/"she" at this position most likely refers to: the most recent person named before
    /// it outside quotes in the same article.
    /// A "she" skips people known to be men and a "he" people known to be women (from titles and role
    /// words: "Mrs", "spokeswoman", "Mr", "chairman"); unknown gender never disqualifies.
    func pronounAntecedent(article: Int, paragraph: Int, offset: Int, pronoun: String = "", hops: Int = 0) -> String? {
        guard article < mentions.count else { return nil }
        let female: Bool? = ["she", "her", "hers", "herself"].contains(pronoun) ? true : (["he", "his", "him", "himself"].contains(pronoun) ? false : nil)
        let list = mentions[article]
        let end = countBefore(article: article, paragraph: paragraph, offset: offset)
        let lo = max(0, end - Self.lookBack)
        func eligible(_ m: Mention) -> Bool {
            m.isPerson && (!m.afterPreposition || strongPeople.contains(m.name) || aliases[m.name] != nil)
        }
        func name(_ m: Mention) -> String { m.canonical ?? canonical(m.name, article: article, paragraph: m.paragraph, offset: m.start) }
        func fits(_ name: String) -> Bool {
            guard let f = female, let g = genders[name] else { return true }
            return g == f
        }
        if female != nil, hops == 0, let s = participleClauseSubject(article: article, paragraph: paragraph, offset: offset, list: Array(list[lo..<end])),
            let g = genders[s], g == female
        { return s }
        for k in (lo..<end).reversed() where eligible(list[k]) {
            let m = list[k]
            // The object of an opening participle ("Praising Ana Ruiz, he said") is not who speaks next.
            if m.inOpeningClause { continue }
            // "His son, Matthew, works on wind farms." ¶ "Then he points at the cliff": a relative brought in beside
            // the possessor's kin word, who does not speak, is a side mention; a "he" in a later paragraph goes on
            // with the man "his" stands for. ("Her husband, Ron," leaves a "he" with Ron.)
            if female != nil, m.paragraph < paragraph, !m.speaks, isKinApposition(m, article: article, possessive: female! ? "her" : "his") { continue }
            // "He said the tapes of him, Sonko and his brother X were illegal. “…,” he said.", "The Judge noted
            // that Kidero had admitted … “…,” he said.": people named after the speech verb of a sentence whose
            // subject is a pronoun or a role are what it speaks of; the pronoun goes on with that subject.
            if female != nil, let s = speakingSubject(article: article, paragraph: m.paragraph, offset: m.start),
                s.verbEnd <= m.start
            {
                if let p = s.pronoun, p == pronoun, hops < 4 {
                    return pronounAntecedent(article: article, paragraph: m.paragraph, offset: s.start, pronoun: p, hops: hops + 1)
                }
                if let r = s.role, let n = roleAntecedent(r, article: article, paragraph: m.paragraph, offset: s.start), fits(n) {
                    return n
                }
            }
            let latest = name(m)
            guard fits(latest) else { continue }
            // "Ben Osterley, an analyst at broker Pell Hargreaves, said …", "Jonas Ebbesen, head of research at
            // X, said Greyhook surfaced in 2025 …": a person who opens the sentence and is described by what
            // follows the comma, or speaks before the later name, is whom the next "he" means; the later name
            // is where they work or what they speak of.
            if female != nil, let c = sentenceOpener(of: m, before: k, list: list, lo: lo, article: article), eligible(c) {
                let n = name(c)
                if n != latest, fits(n) { return n }
            }
            // "Mr Albanese said he had been loyal to Mr Shorten. “…,” he told Sky News.": a pronoun in a
            // later sentence goes on with the person that sentence has speaking, rather than the one named last.
            let sentence = sentenceIndex(article: article, paragraph: m.paragraph, offset: m.start)
            // "She then thanked her daughter Mira, 16, … And she had a message …": a sentence that opens with the
            // same pronoun keeps its subject; the person it names later is what it is about. So does the same
            // pronoun later in that sentence ("… her daughter Mira, who she said had delivered …").
            if female != nil, hops < 4, let start = sentenceStart(article: article, paragraph: m.paragraph, index: sentence),
                start < m.start, let text = paragraphTexts[article][m.paragraph],
                ScalarText.slice(text, start, min(start + pronoun.unicodeScalars.count + 1, ScalarText.count(text))).lowercased() == pronoun + " "
            {
                return pronounAntecedent(article: article, paragraph: m.paragraph, offset: start, pronoun: pronoun, hops: hops + 1)
            }
            guard m.paragraph != paragraph || sentence != sentenceIndex(article: article, paragraph: paragraph, offset: offset) else {
                return latest
            }
            var first = latest
            var j = k - 1
            while j >= lo, list[j].paragraph == m.paragraph,
                sentenceIndex(article: article, paragraph: m.paragraph, offset: list[j].start) == sentence
            {
                let c = list[j]
                if eligible(c), c.speaks, !c.afterPreposition {
                    let n = name(c)
                    if fits(n) { first = n }
                }
                j -= 1
            }
            return first
        }
        // "He said in a statement outside the cathedral: “…”" opening a page whose lede the paste lost: with no one
        // named before it in the article, a "he" or "she" is the one person the headline names.
        if end == 0, female != nil, hops == 0, article < titlePeople.count, let t = titlePeople[article], fits(t) { return t }
        return nil
    }


    /// "his son, Matthew," right before the mention: a relative named beside the kin word of `possessive`.
    func isKinApposition(_ m: Mention, article: Int, possessive: String) -> Bool {
        guard let text = paragraphTexts[article][m.paragraph] else { return false }
        let before = Tokenizer.tokens(ScalarText.slice(text, max(0, m.start - 40), m.start))
        guard before.count >= 2 else { return false }
        let kin = before[before.count - 1].norm
        guard before[before.count - 2].norm == possessive, Self.maleKin.contains(kin) || Self.femaleKin.contains(kin) else { return false }
        // "His son, Matthew, works …" is a side mention; without the commas the relative is one only inside a
        // clause ("… when her daughter Neve started school"): "Her daughter Mira, 16, had delivered …" opens its
        // sentence as its subject, whom a "she" may well go on with.
        if !ScalarText.slice(text, max(0, m.start - 3), m.start).contains(",") {
            let sliceStart = max(0, m.start - 40)
            let possessiveStart = sliceStart + before[before.count - 2].start
            let lead = ScalarText.slice(text, max(0, possessiveStart - 4), possessiveStart).trimmingCharacters(in: .whitespaces)
            if lead.isEmpty || lead.hasSuffix(".") || lead.hasSuffix("!") || lead.hasSuffix("?") || lead.hasSuffix("”") || lead.hasSuffix("\"") { return false }
        }
        // "His son, Matthew Tregar, said …": the relative speaks, and a "he" may well be his.
        let end = m.start + m.name.unicodeScalars.count
        let after = Tokenizer.tokens(ScalarText.slice(text, end, min(ScalarText.count(text), end + 30)))
        return !after.prefix(2).contains { AttributionLexicon.speechVerbs.contains($0.norm) }
    }

    /// The person mention that opens the sentence of `m` (only capitalised or role words before it), when `m`
    /// lies in that person's appositive (a comma right after the opener, the opener's speech verb after `m`) or
    /// after a speech verb that follows the opener.
    func sentenceOpener(of m: Mention, before k: Int, list: [Mention], lo: Int, article: Int) -> Mention? {
        guard let text = paragraphTexts[article][m.paragraph] else { return nil }
        let n = sentenceIndex(article: article, paragraph: m.paragraph, offset: m.start)
        guard let start = sentenceStart(article: article, paragraph: m.paragraph, index: n) else { return nil }
        var j = k - 1
        var opener: Mention?
        while j >= lo, list[j].paragraph == m.paragraph, list[j].start >= start {
            // "Speaking at …, Jo Roe said": a capitalised word that names no one is no sentence's subject.
            if list[j].isPerson { opener = list[j] }
            j -= 1
        }
        guard let c = opener, c.isPerson, !c.afterPreposition, c.start < m.start,
            Tokenizer.tokens(ScalarText.slice(text, start, c.start)).allSatisfy({ $0.isCapitalized || AttributionLexicon.roles.contains($0.norm) })
                || Self.followsIntroduction(ScalarText.slice(text, start, c.start))
        else { return nil }
        let afterName = ScalarText.slice(text, c.start + c.name.unicodeScalars.count, m.start)
        let between = Tokenizer.tokens(afterName)
        let speaks = between.contains { AttributionLexicon.speechVerbs.contains($0.norm) }
        // …and the opener's own speech verb still to come after the later name ("X, 82, a swimmer, came with her
        // son, Daniel Rowe" has none: Daniel is no part of the description).
        let end = sentenceStart(article: article, paragraph: m.paragraph, index: n + 1) ?? ScalarText.count(text)
        let appositive = (afterName.hasPrefix(",") || afterName.hasPrefix(" ("))
            && Tokenizer.tokens(ScalarText.slice(text, m.start, end)).contains { AttributionLexicon.speechVerbs.contains($0.norm) }
        // "The Mayor of Kelderby, Councillor Brenda Hollis,": the later name is the opener's own.
        guard speaks || appositive, !c.isOffice,
            !between.allSatisfy({ AttributionLexicon.titles.contains($0.norm) || AttributionLexicon.roles.contains($0.norm) })
        else { return nil }
        return c
    }

    /// "Speaking at a briefing on Friday, Rear Adm. Jo Roe, …, said that …": an opening phrase (a participle or
    /// a subordinator, no speech verb in it) closed by a comma before the opener's name, its titles and roles;
    /// the name after it is still the sentence's subject.
    static func followsIntroduction(_ prefix: String) -> Bool {
        guard let comma = prefix.lastIndex(of: ",") else { return false }
        let head = Tokenizer.tokens(String(prefix[..<comma]))
        let tail = Tokenizer.tokens(String(prefix[prefix.index(after: comma)...]))
        guard let first = head.first, AttributionLexicon.subordinators.contains(first.norm) || first.norm.hasSuffix("ing"),
            !head.dropFirst().contains(where: { AttributionLexicon.speechVerbs.contains($0.norm) })
        else { return false }
        return tail.allSatisfy { $0.isCapitalized || AttributionLexicon.roles.contains($0.norm) || AttributionLexicon.titles.contains($0.norm) }
    }

    /// "The manager declined to discuss referee Gareth Pryce, saying only that she hoped …": a he/she right
    /// after a participle set off by a comma (", saying (only) (that)") goes with the subject of the sentence,
    /// "the ROLE" or the person it opens with, not with the person the main clause is about. Used only when
    /// that subject's gender is known to fit: "sentenced X, saying he had shown no remorse" stays with X.
    func participleClauseSubject(article: Int, paragraph: Int, offset: Int, list: [Mention]) -> String? {
        guard let text = paragraphTexts[article][paragraph] else { return nil }
        let n = sentenceIndex(article: article, paragraph: paragraph, offset: offset)
        guard let start = sentenceStart(article: article, paragraph: paragraph, index: n), start < offset else { return nil }
        let toks = Tokenizer.tokens(ScalarText.slice(text, start, offset))
        guard toks.count >= 4 else { return nil }
        var k = toks.count - 1
        if toks[k].norm == "that" { k -= 1 }
        while k > 0, ["only", "simply", "merely", "just"].contains(toks[k].norm) { k -= 1 }
        let scalars = ScalarText.scalars(ScalarText.slice(text, start, offset))
        guard k > 1, toks[k].norm.hasSuffix("ing"), AttributionLexicon.speechVerbs.contains(toks[k].norm),
            String(String.UnicodeScalarView(scalars[toks[k - 1].end..<toks[k].start])).contains(",")
        else { return nil }
        if toks[0].norm == "the", let r = (1..<min(3, k)).first(where: { AttributionLexicon.roles.contains(toks[$0].norm) }),
            toks[r + 1].norm != "of"
        { return roleAntecedent(toks[r].norm, article: article, paragraph: paragraph, offset: start) }
        guard let m = list.first(where: { $0.paragraph == paragraph && $0.start >= start && $0.start < start + 40 && $0.isPerson && !$0.afterPreposition }),
            Tokenizer.tokens(ScalarText.slice(text, start, m.start)).allSatisfy({ $0.isCapitalized || AttributionLexicon.roles.contains($0.norm) })
        else { return nil }
        return m.canonical ?? canonical(m.name, article: article, paragraph: m.paragraph, offset: m.start)
    }

    /// Inside `speaker`'s quote a "he" is someone else: "Delury suggested that Lee's exchange with Xi … “…, he
    /// downplayed …,” Delury added.": the person the reported clause of the speaker's last speaking sentence
    /// opens with ("that Lee's …"), if that person fits the pronoun; nil when that sentence reports no one.
    func reportedPerson(besides speaker: String, article: Int, paragraph: Int, offset: Int, pronoun: String) -> String? {
        guard article < mentions.count else { return nil }
        let list = mentions[article]
        let end = countBefore(article: article, paragraph: paragraph, offset: offset)
        func name(_ m: Mention) -> String { m.canonical ?? canonical(m.name, article: article, paragraph: m.paragraph, offset: m.start) }
        guard let k = (max(0, end - Self.lookBack)..<end).last(where: { list[$0].speaks && name(list[$0]) == speaker }),
            let text = paragraphTexts[article][list[k].paragraph]
        else { return nil }
        let s = list[k]
        let sentence = sentenceIndex(article: article, paragraph: s.paragraph, offset: s.start)
        let female: Bool? = pronoun == "she" ? true : (pronoun == "he" ? false : nil)
        var j = k + 1
        while j < end, list[j].paragraph == s.paragraph, sentenceIndex(article: article, paragraph: s.paragraph, offset: list[j].start) == sentence {
            let m = list[j]
            j += 1
            guard m.isPerson, !m.afterPreposition else { continue }
            // Only "<speech verb> that" (with a word or two between) may stand between speaker and person.
            let between = Tokenizer.tokens(ScalarText.slice(text, s.start + s.name.unicodeScalars.count, m.start)).map(\.norm)
            guard between.count <= 4, between.last == "that", let v = between.first, AttributionLexicon.speechVerbs.contains(v) else { return nil }
            let n = name(m)
            guard n != speaker else { return nil }
            if let f = female, let g = genders[n], g != f { return nil }
            return n
        }
        return nil
    }

    /// The subject of the sentence around `offset` when it opens the sentence as "He/She" or "The ROLE" right
    /// before a speech verb ("He said …", "The judge also noted …") that ends before `offset`, with where that
    /// verb ends.
    func speakingSubject(article: Int, paragraph: Int, offset: Int) -> SentenceSubject? {
        guard article < sentenceSubjects.count, let subjects = sentenceSubjects[article][paragraph] else { return nil }
        let n = sentenceIndex(article: article, paragraph: paragraph, offset: offset)
        guard n > 0, n <= subjects.count, let s = subjects[n - 1], s.verbEnd <= offset else { return nil }
        return s
    }

    struct SentenceSubject: Sendable, Hashable {
        var start: Int
        var verbEnd: Int
        var pronoun: String?
        var role: String?
    }

    /// For each sentence start, its `SentenceSubject` if it has one, from the paragraph's tokens.
    static func sentenceSubjects(_ starts: [Int], tokens: [Token]) -> [SentenceSubject?] {
        var t = 0
        return starts.map { start in
            while t < tokens.count, tokens[t].start < start { t += 1 }
            // Only the sentence's first words matter: a bounded prefix keeps a paragraph of thousands of
            // quote marks (one endless "sentence") linear.
            var e = t
            while e < tokens.count, tokens[e].end <= start + 160, e - t < 12 { e += 1 }
            return sentenceSubject(start: start, tokens: tokens[t..<e])
        }
    }

    static func sentenceSubject(start: Int, tokens toks: ArraySlice<Token>) -> SentenceSubject? {
        let toks = Array(toks)
        guard toks.count >= 2 else { return nil }
        var k = 0
        var pronoun: String?
        var role: String?
        if ["he", "she"].contains(toks[0].norm) {
            pronoun = toks[0].norm
            k = 1
        } else if toks[0].norm == "the",
            let r = (1..<min(4, toks.count)).first(where: { AttributionLexicon.roles.contains(toks[$0].norm) || AttributionLexicon.titles.contains(toks[$0].norm) && !["deputy", "vice", "foreign", "finance", "defence", "defense", "state", "first", "chief", "crown"].contains(toks[$0].norm) })
        {
            // "The Home Minister said", "The judge also noted": a role, maybe after a word or two that qualify it
            // (not "the deputy premier").
            guard !(1..<r).contains(where: { NameRunCues.rankQualifiers.contains(toks[$0].norm) }) else { return nil }
            role = toks[r].norm
            k = r + 1
        } else {
            return nil
        }
        while k < toks.count, AttributionLexicon.verbModifiers.contains(toks[k].norm) { k += 1 }
        guard k < toks.count, AttributionLexicon.speechVerbs.contains(toks[k].norm), !AttributionLexicon.readVerbs.contains(toks[k].norm) else { return nil }
        return SentenceSubject(start: start, verbEnd: toks[k].end, pronoun: pronoun, role: role)
    }

    /// Where sentence `index` (as `sentenceIndex` counts, from 1) of a paragraph starts.
    func sentenceStart(article: Int, paragraph: Int, index: Int) -> Int? {
        guard article < sentenceStarts.count, let starts = sentenceStarts[article][paragraph], index >= 1, index <= starts.count else { return nil }
        return starts[index - 1]
    }

    func sentenceIndex(article: Int, paragraph: Int, offset: Int) -> Int {
        guard article < sentenceStarts.count, let starts = sentenceStarts[article][paragraph] else { return 0 }
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static let femaleWords: Set<String> = [
        "mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess", "duchess", "sister", "spokeswoman",
        "chairwoman", "congresswoman", "businesswoman", "actress", "wife", "mother", "daughter", "grandmother",
        "aunt", "niece", "girl", "woman", "nun", "widow", "countess", "empress", "granddaughter",
    ]
    /// Not "actor": it names women too ("the French actor Hélène Marchetti").
    static let maleWords: Set<String> = [
        "mr", "sir", "lord", "king", "prince", "duke", "pope", "father", "brother", "spokesman", "chairman",
        "congressman", "businessman", "husband", "son", "grandfather", "uncle", "nephew", "boy", "man",
        "monk", "widower", "count", "emperor", "cardinal", "bishop", "archbishop", "grandson",
    ]


    mutating func learnGenders() {
        var g: [String: Bool] = [:]
        for (a, list) in mentions.enumerated() {
            for m in list where m.isPerson {
                guard let r = m.role else { continue }
                let role = NameRunCues.bareRole(r)
                let f = Self.femaleWords.contains(role) ? true : (Self.maleWords.contains(role) ? false : nil)
                guard let female = f else { continue }
                g[m.canonical ?? canonical(m.name, article: a, paragraph: m.paragraph, offset: m.start)] = female
            }
        }
        genders = g
    }

}
