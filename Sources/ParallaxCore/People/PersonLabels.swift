/// Words a tabloid puts before a name as a label ("Trucker Kevin Sharples", "Mum Lisa Grant", "Beak Peter
/// Okafor"): at the start of a sentence they are capitalised like the name and were read as part of it.
///
/// An agent noun (a word for someone who does something: driver, swimmer, dentist, musician, student; a
/// compound in -man or -woman: fisherman, businesswoman) or one of the family, tabloid and trade words below. Only stripped at a sentence's start, before a given name and one more
/// name word (`NameRecognizer.classify`), and never when the word is itself a given name ("Jennifer",
/// "Christopher") or a title or role the lexicon knows ("Premier", "Senator", "Inspector"), which name an office.
enum PersonLabels {
    static let words: Set<String> = [
        "mum", "dad", "gran", "granny", "grandma", "grandad", "grandmother", "grandfather", "nan", "nanna",
        "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "bride", "groom", "widow",
        "widower", "teen", "teenager", "schoolboy", "schoolgirl", "toddler", "tot", "pensioner", "nurse", "hero",
        "star", "ace", "boss", "cop", "chef", "beak", "pal", "model", "singer", "actress", "victim", "fan",
        // Trades and callings with no agent ending: "Cadet Ruth Abernathy", "Guide Mere Tawhai".
        "cadet", "guide", "pilot", "medic", "scout", "ranger", "warden", "clerk", "cook", "poet", "vet", "midwife",
        "lifeguard", "caretaker", "chaplain", "mechanic", "pupil", "mum-of-two", "dad-of-two",
    ]
    static let agentSuffixes = ["er", "or", "ist", "ian", "ant", "ent"]

    static func isLabel(_ folded: String) -> Bool {
        if words.contains(folded) { return true }
        guard folded.count >= 5, folded.allSatisfy(\.isLetter) else { return false }
        // "Fisherman", "Businesswoman", "Postman": seven letters or more, so "Human", "Roman", "German" and
        // "Norman" are not taken for one.
        if folded.count >= 7, folded.hasSuffix("man") || folded.hasSuffix("woman") { return true }
        return agentSuffixes.contains { folded.hasSuffix($0) }
    }

    /// Whether the run `p..<end` opens with such a label: capitalised only because it opens the sentence, before
    /// a given name and a surname. A given name the lists lack ("Swimmer Edwina Castell", "Fisherman Tore Vik")
    /// counts when the run is the label and two name words exactly, neither a common word, place or
    /// organisation, and the label is no surname.
    static func opensRun(_ toks: [NameToken], _ words: [String], _ p: Int, _ end: Int, _ lex: NameLexicon) -> Bool {
        guard toks[p].sentenceInitial, end - p >= 3, !toks[p].possessive, !lex.isGivenName(words[p]), isLabel(words[p]),
              lex.titles.longestMatch(words, at: p, limit: end) == 0, !lex.roles.contains(words[p]) else { return false }
        if lex.isGivenName(words[p + 1]) { return true }
        return end - p == 3 && !lex.surnames.contains(words[p])
            && NameRecognizer.nameLike(toks[p + 1], lex) && NameRecognizer.nameLike(toks[p + 2], lex)
            && !toks[p + 1].possessive && toks[p + 1].gapBefore == " " && toks[p + 2].gapBefore == " "
    }

    /// "Kansas Republican Thomas Breck", "Tory Ann Lowe", "Labour Cllr …": a party word before a given name and one
    /// more name word says which side the person is on, not who they are (the place before it is stripped as a
    /// place already).
    static let parties: Set<String> = [
        "republican", "democrat", "tory", "conservative", "labour", "liberal", "socialist", "nationalist",
        "unionist", "libertarian", "independent",
    ]

    static func isPartyBeforeName(_ toks: [NameToken], _ words: [String], _ p: Int, _ end: Int, _ lex: NameLexicon) -> Bool {
        end - p >= 3 && parties.contains(words[p]) && !toks[p].possessive && lex.isGivenName(words[p + 1])
            && toks[p + 1].gapBefore == " " && !toks[p + 1].isInitial
    }
}
