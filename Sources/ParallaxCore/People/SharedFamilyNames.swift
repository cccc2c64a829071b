import Foundation

/// Which of several people sharing a family name a short form stands for ("Okafor" when the story has Dr Amara
/// Okafor and her husband Chidi): recency, titles that say a sex, the person the story is about, and a
/// pronoun of the same clause ("Bexley opened his speech").
extension StoryPeople {
    /// Titles anyone may be given ("Mr Okafor"), which say nothing about which Okafor.
    static let courtesyTitles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "madam", "madame", "monsieur", "herr", "frau", "señor", "señora"]

    /// "Ms", "Mrs" say a woman, "Mr" a man; other titles say nothing here.
    static func femaleTitle(_ folded: String) -> Bool? {
        switch folded.trimmingCharacters(in: CharacterSet(charactersIn: ".")) {
        case "ms", "mrs", "miss", "madam", "madame", "dame", "lady": return true
        case "mr", "sir", "lord": return false
        default: return nil
        }
    }

    /// "Larry Page" then "Investors fear Page will …", "‘…,’ Page said": a family name that is also a common
    /// word ("page", "may", "brown") is dropped from a run as a word, so it is taken for the person only
    /// inside a sentence (capitalised there for a reason), after that person was named in the same article,
    /// and not as a date ("in May", "May 3").
    static func commonWordFamilyName(
        _ run: CapitalRun, _ pn: ParagraphNames, registry: PersonRegistry, lastSeen: [Int: Int], lexicon lex: NameLexicon
    ) -> Int? {
        let toks = pn.tokens
        // "Mrs May said", "Mr Page added": a courtesy title before the word makes it the family name anywhere.
        let courtesy = run.all.count == 2 && courtesyTitles.contains(toks[run.all.lowerBound].base)
        guard run.core.isEmpty, run.all.count == 1 || courtesy, !run.isOrganisation, run.title == nil || courtesy else { return nil }
        let k = run.all.upperBound - 1
        let t = toks[k]
        // "May says it has been …": opening a sentence, the word is the family name when a verb of speech follows.
        guard !t.sentenceInitial || courtesy || PersonCues.speechVerbAfter(toks, k + 1, lex), t.isCap, lex.common.contains(t.base), !lex.titles.contains(t.base), !lex.roles.contains(t.base) else { return nil }
        if !courtesy, k > 0, ["in", "on", "of", "since", "until", "till", "by", "from", "last", "next", "this", "early", "late", "mid", "the", "a", "an", "to", "into", "at"].contains(toks[k - 1].base) { return nil }
        if k + 1 < toks.count, toks[k + 1].token.isNumber { return nil }
        let seen = registry.short(t.base).filter { lastSeen[$0] != nil }
        return pick(seen, lastSeen: lastSeen, registry: registry)
    }

    /// Among people sharing a family name, the one mentioned most recently in this article; failing that,
    /// the one the story gives most evidence for.
    static func pick(_ candidates: [Int], lastSeen: [Int: Int], registry: PersonRegistry, bare: Bool = false) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        let dominant = candidates.max { registry.entries[$0].evidenceCount < registry.entries[$1].evidenceCount }
        if let recent = candidates.compactMap({ c in lastSeen[c].map { (c, $0) } }).max(by: { $0.1 < $1.1 }) {
            // "Walter Carrow, a fisherman, …" in an obituary of Eileen Carrow: a bare family name stays with the
            // person the story is about when a relative named in passing was named since.
            // A title ("Mr O'Halloran") picks among them by recency and sex instead.
            if bare, let d = dominant, d != recent.0, lastSeen[d] != nil,
                registry.entries[d].evidenceCount >= 3 * max(1, registry.entries[recent.0].evidenceCount)
            { return d }
            return recent.0
        }
        return dominant
    }

    /// "Bexley opened his speech", "Okafor said she would appeal": a "his" or "himself" (a man), or a "she",
    /// "herself" or "hers" (a woman) within the next four words of a bare family name, before any punctuation,
    /// says which of the people sharing the name the clause is about. ("her" may be someone else's object: "Roe
    /// thanked her".) Nil when no such word follows.
    static func sexOfPronounAfter(_ toks: [NameToken], _ k: Int) -> Bool? {
        var j = k + 1
        while j < toks.count, j <= k + 4 {
            let gap = toks[j].gapBefore
            if gap.contains(where: { ",.;:!?()\"“”‘’".contains($0) }) || toks[j].sentenceInitial { return nil }
            switch toks[j].base {
            case "his", "himself": return false
            case "she", "herself", "hers": return true
            case "he": return false
            default: break
            }
            j += 1
        }
        return nil
    }
}
