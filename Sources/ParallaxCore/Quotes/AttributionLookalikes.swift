import Foundation

/// Words near a quote that look like attribution but are not: a speech verb used as a noun ("his home
/// state", "the media reports were"), the period of an abbreviation ("Cowen & Co., said"), a noun in -ly
/// taken for an adverb ("Her family said") and an aside between commas (", she later recalled,").
extension QuoteAttributor {
    /// Speech verbs that are as often nouns ("the state", "a call", "his reports").
    static let nounOrVerb: Set<String> = ["state", "states", "report", "reports", "call", "calls", "claim", "claims",
                                          "note", "notes", "comment", "comments", "post", "posts", "answer", "answers",
                                          "quote", "counter", "brand", "label", "reply", "replies", "promise", "promises",
                                          "remark", "remarks", "warning", "warnings", "points", "tweet", "tweets", "term", "terms", "accused"]

    func isNounContext(_ k: Int) -> Bool {
        let w = norm(k)
        if AttributionLexicon.determiners.contains(w) || AttributionLexicon.possessivePronouns.contains(w) { return true }
        // "his home state", "the member states": a lowercase word that is no pronoun, adverb or auxiliary.
        let t = ctx.tokens[k]
        return !t.isCapitalized && !t.isNumber && !AttributionLexicon.subjectPronouns.contains(w) && !isModifier(k)
            && !["and", "but", "or", "who", "which", "that", "then", "to", "will", "would", "could", "can", "may", "might",
                 "must", "should", "did", "does", "do", "has", "have", "had", "not"].contains(w)
            && !AttributionLexicon.roles.contains(w) && !w.hasSuffix("s")
    }

    /// Whether the text between two tokens ends a sentence; not the period of "Cowen & Co., said", "Jr." or an
    /// initial.
    func endsSentence(after a: Int, before b: Int) -> Bool {
        let g = ctx.gap(a, b)
        if g.contains(where: { "?!;".contains($0) }) { return true }
        guard g.contains(".") else { return false }
        if g.hasPrefix(".,") { return false }
        let w = ctx.tokens[a]
        return !(Self.abbreviations.contains(w.norm) || (w.text.count == 1 && w.isCapitalized))
    }

    /// Company words and the titles the sentence splitter knows ("Rear Adm. Jo Roe", "Brig. Gen. Jo Roe"): their
    /// period ends no sentence.
    static let abbreviations: Set<String> = Set(["co", "inc", "corp", "ltd", "jr", "sr", "bros"]).union(SentenceSplitter.titles)

    /// Words in -ly that are no adverbs: "Her family said" has a subject.
    static let lyNouns: Set<String> = [
        "family", "ally", "rally", "assembly", "supply", "monopoly", "anomaly", "tally", "folly", "bully", "belly",
        "homily", "reply", "apply", "comply", "imply", "rely", "butterfly", "melancholy", "jelly", "gully", "ugly",
        "elderly", "friendly", "panoply", "doily", "filly",
    ]

    /// ", she later recalled," / ", he said," between commas, with more of the sentence before and after.
    func isAside(_ toks: [Int], verb v: Int) -> Bool {
        guard v + 1 < toks.count, v >= 2, ctx.gap(toks[v], toks[v + 1]).contains(",") else { return false }
        guard let c = (max(1, v - 3)...v).last(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(",") }), c >= 2, c < v else { return false }
        let w = norm(toks[c])
        return AttributionLexicon.subjectPronouns.contains(w) && (c + 1..<v).allSatisfy { isModifier(toks[$0]) }
    }

    /// "the government's promised expansion of clinics", "the clinics promised in the last budget": an -ed
    /// speech verb right after a possessive noun, or after a plural noun and before a preposition, qualifies
    /// that noun; it is not the verb of the attribution.
    func isQualifyingParticiple(_ toks: [Int], verb v: Int) -> Bool {
        let w = norm(toks[v])
        // "a line clearly written to be quoted": a participle before a passive infinitive describes the noun
        // before it; nobody writes or says anything there.
        if v + 2 < toks.count, w.hasSuffix("ed") || w.hasSuffix("en") || w == "told",
            norm(toks[v + 1]) == "to", norm(toks[v + 2]) == "be"
        { return true }
        guard w.hasSuffix("ed"), v > 0, ctx.gap(toks[v - 1], toks[v]) == " " else { return false }
        let prev = ctx.tokens[toks[v - 1]]
        if NameRuns.isPossessive(prev), !prev.isCapitalized { return true }
        guard Self.participleVerbs.contains(w), v + 1 < toks.count, ctx.gap(toks[v], toks[v + 1]) == " ",
            ["in", "by", "during", "under", "at", "last", "this", "for"].contains(norm(toks[v + 1])) else { return false }
        let p = prev.norm
        return !prev.isCapitalized && p.hasSuffix("s") && !p.hasSuffix("ss") && !AttributionLexicon.roles.contains(String(p.dropLast()))
            && !AttributionLexicon.subjectPronouns.contains(p) && !AttributionLexicon.verbModifiers.contains(p)
    }

    static let participleVerbs: Set<String> = [
        "promised", "announced", "pledged", "proposed", "described", "reported", "claimed", "alleged", "outlined",
        "unveiled", "mentioned", "quoted", "cited",
    ]

    /// "reaffirmed that …", "reaffirmed to Lee that …", "promised Kovac that …": the verb's own clause follows
    /// (its content, which a quote there gives), not a relative clause of its object ("found a polyp that had
    /// been …"): only a name or an object pronoun may stand before "that".
    func opensThatClause(_ toks: [Int], after v: Int) -> Bool {
        var k = v + 1
        if k < toks.count, ["to", "with"].contains(norm(toks[k])) { k += 1 }
        while k < toks.count, k - v <= 5, ctx.tokens[toks[k]].isCapitalized || ["him", "her", "them", "me", "us"].contains(norm(toks[k])) { k += 1 }
        return k < toks.count && norm(toks[k]) == "that" && (k == v + 1 || !["to", "with"].contains(norm(toks[k - 1])))
    }
}

