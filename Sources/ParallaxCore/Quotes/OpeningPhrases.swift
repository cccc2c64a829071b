import Foundation

/// Words that open a sentence before its subject and name no one: a gerund ("Losing it to …") and a past
/// participle set before the subject ("Pinned under the guard's knees, the man cried …"). A speaker found there
/// would be the phrase's noun, not the person speaking.
extension QuoteAttributor {
    /// A capitalised word in -ing that opens a clause, no given name or surname the lexicon knows, before a
    /// word in lower case that is no speech verb ("Losing it to …", not "Manning said").
    func isGerund(_ toks: [Int], _ k: Int) -> Bool {
        let w = norm(toks[k])
        guard w.hasSuffix("ing"), w.count > 5, k + 1 < toks.count, !ctx.tokens[toks[k + 1]].isCapitalized,
            !isVerb(toks[k + 1]), !isModifier(toks[k + 1])
        else { return false }
        let key = NameLexicon.key(w)
        return !NameLexicon.shared.isGivenName(key) && !NameLexicon.shared.surnames.contains(key)
    }

    /// "Pinned under the guard's knees, the man cried": a capitalised past participle right before a
    /// preposition in lower case opens a phrase set before the subject; it names no one, and the name or noun
    /// inside that phrase is not the subject. A given name or surname the lexicon knows ("Ted in …") is no
    /// participle.
    func isFrontedParticiple(_ toks: [Int], _ k: Int) -> Bool {
        let w = norm(toks[k])
        guard w.hasSuffix("ed"), w.count > 4, k + 1 < toks.count, ctx.gap(toks[k], toks[k + 1]) == " ",
            !ctx.tokens[toks[k + 1]].isCapitalized, AttributionLexicon.prepositions.contains(norm(toks[k + 1]))
        else { return false }
        let key = NameLexicon.key(w)
        return !NameLexicon.shared.isGivenName(key) && !NameLexicon.shared.surnames.contains(key)
    }
}
