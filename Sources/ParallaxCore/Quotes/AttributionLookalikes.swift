import Foundation

/// Words near a quote that look like attribution but are not: a speech verb used as a noun ("his home
/// state", "the media reports were"), and the period of an abbreviation ("Cowen & Co., said").
extension QuoteAttributor {
    /// Speech verbs that are as often nouns ("the state", "a call", "his reports").
    static let nounOrVerb: Set<String> = ["state", "states", "report", "reports", "call", "calls", "claim", "claims",
                                          "note", "notes", "comment", "comments", "post", "posts", "answer", "answers",
                                          "quote", "counter", "brand", "label", "reply", "replies", "promise", "promises",
                                          "remark", "remarks", "warning", "warnings", "points", "tweet", "tweets", "term", "terms"]

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

    static let abbreviations: Set<String> = ["co", "inc", "corp", "ltd", "jr", "sr", "bros", "st", "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt"]
}
