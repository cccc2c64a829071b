import Foundation

/// Openings of a capitalised run that the context reads otherwise than the lists would (stop 36): an adverb opening
/// its sentence, a place after a group and "from", a family name that is a common word right before a speech verb.
extension NameRecognizer.RunReading {
    /// Endings of adverbs made from adjectives and participles ("surprisingly", "reportedly", "fortunately");
    /// given names ending in "-ly" ("Kelly", "Beverly", "Emily") end otherwise or are shorter.
    static let adverbEndings = ["ingly", "edly", "ously", "ively", "fully", "ently", "antly", "ately", "ically", "ably", "ibly", "ually", "ionally"]

    static func isSentenceAdverb(_ word: String) -> Bool {
        word.count >= 7 && adverbEndings.contains(where: { word.hasSuffix($0) })
    }

    /// Words for a group of people that "from" may follow with where they come from.
    static let groupNouns: Set<String> = [
        "others", "residents", "people", "families", "survivors", "villagers", "locals", "those", "many", "some",
        "volunteers", "workers", "students", "fans", "visitors", "neighbours", "neighbors", "officials", "leaders",
    ]

    /// "…,” Grace Link said: a given name that is no common word (at `p`), then one word the lists know in lower
    /// case (at `q`), ending the run right before a speech verb, is a full name ("Grace Church said" is a church: the
    /// head word is an organisation's).
    func commonWordFamilyName(after p: Int, next q: Int) -> Bool {
        q == p + 1 && q + 1 == end && end < toks.count && lex.isGivenName(words[p]) && !lex.common.contains(words[p])
            && !toks[p].possessive && toks[q].isCap && !toks[q].possessive && !toks[q].isAcronym && toks[q].gapBefore == " "
            && lex.common.contains(words[q]) && !lex.places.contains(words[q]) && !lex.organisations.contains(words[q])
            && !lex.titles.contains(words[q]) && !lex.demonyms.contains(words[q]) && !lex.strongOrgWords.contains(words[q])
            && !lex.weakOrgWords.contains(words[q]) && toks[end].gapBefore == " " && lex.speechVerbs.contains(toks[end].base)
    }
}
