import Foundation

/// What a single token or the gap between two tokens says about a name, before any run is classified:
/// whether a word joins the run before it, opens a sentence, reads as part of a name, or starts a name's
/// shape. Kept apart from `classify`, which weighs these cues for a whole run.
extension NameRecognizer {
    static let namePartAdjectives: Set<String> = ["new", "old", "great", "big", "little", "grand", "royal", "holy", "upper", "lower", "greater", "lesser", "golden", "imperial", "supreme", "central", "national", "international", "global", "federal", "northern", "southern", "eastern", "western"]

    static let particles: Set<String> = ["de", "des", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "dos", "das", "ter", "zu",
        // Malay "Siti Aminah binti Osman".
        "binti", "binte", "bint",
        // South Asian and Arabic "Latif ur Rehman", "Inzamam ul Haq", "Salah ud Din"; Maasai "David ole Sapit".
        "ur", "ul", "ud", "ole",
        // Welsh "Bethan ap Rhys", "Dafydd ap Gwilym".
        "ap"]
    static let titleAbbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "rev", "maj", "adm", "cmdr", "jr", "sr", "mt", "ft", "supt", "det", "insp", "cllr", "coun"]
    /// Lowercase suffixes that make a hyphenated capitalised word a modifier ("Chinese-made", "Biden-era").
    static let modifierSuffixes: Set<String> = ["made", "based", "era", "led", "backed", "style", "born", "raised", "bred", "owned", "run", "built", "linked", "bound", "friendly", "funded", "sponsored", "controlled", "designed", "developed", "produced", "related", "centric", "wide", "level", "class", "type", "like", "speaking", "american", "era's"]
    static let compassWords: Set<String> = ["western", "eastern", "northern", "southern"]

    /// "I'd", "I'm", "I'll": the pronoun, never a name.
    static func isPronoun(_ text: String) -> Bool {
        ScalarText.count(text) <= 4 && (text.hasPrefix("I'") || text.hasPrefix("I’"))
    }

    /// "Mac an tSaoir", "Ó hÉigeartaigh": an Irish family name after a particle keeps its mutation in lower case.
    static func mutatedAfterParticle(_ text: String, previous: String) -> Bool {
        // It runs on every lower-case word: the capital's place is tested first.
        var it = text.unicodeScalars.dropFirst().makeIterator()
        guard var second = it.next() else { return false }
        if second == "h", let third = it.next() { second = third }
        return second.properties.isUppercase && irishMutation(text) && gaelicParticles.contains(NameLexicon.key(previous))
    }

    /// Irish particles after which a family name may keep its initial mutation in lower case.
    static let gaelicParticles: Set<String> = ["mac", "nic", "ni", "o", "ui", "an", "de"]
    static let shipPrefixes: Set<String> = ["MV", "MS", "HMS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "RMS", "SS", "FV", "RV"]
    /// Scottish Gaelic writes the article after "Mac" and "Nic" with an apostrophe: "Nic a' Phearsain".
    static let scottishParticles: Set<String> = ["mac", "nic"]
    static let scottishArticleGaps: Set<String> = ["' ", "\u{2019} "]

    /// "tSaoir", "hÉigeartaigh", "bhFeirste", "nGallchóir": one or two lower-case letters of an initial
    /// mutation, then the name's own capital.
    static func irishMutation(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(4))
        guard u.count >= 3 else { return false }
        let prefixes: Set<String> = ["t", "h", "n", "m", "g", "d", "b", "bh"]
        for n in [1, 2] where u.count > n + 1 {
            let head = String(String.UnicodeScalarView(u[..<n]))
            if prefixes.contains(head), u[n].properties.isUppercase, u[n + 1].properties.isLowercase { return true }
        }
        return false
    }

    static let hyphenParticles: Set<String> = ["al", "el", "ad", "as", "ash", "at", "az", "ibn", "bin", "abu", "ben"]

    static func hyphenParticleName(_ text: String) -> Bool {
        // Byte test first: this runs on every lowercase word, and Character search is slow.
        guard ByteSearch.contains(text, 0x2D), let dash = text.firstIndex(of: "-") else { return false }
        let head = String(text[..<dash])
        let rest = text[text.index(after: dash)...]
        return hyphenParticles.contains(head) && (rest.first?.isUppercase ?? false)
    }

    /// Articles of other languages that open the names of publications and places ("El País", "Le Monde").
    static let foreignArticles: Set<String> = ["el", "la", "le", "les", "der", "die", "das", "il", "lo", "los", "las", "het", "de"]

    static func startsRun(_ t: NameToken) -> Bool { t.isCap && !t.token.isNumber }

    /// Whether token `j` continues the run that contains `j - 1`.
    static func joins(_ toks: [NameToken], _ j: Int) -> Bool {
        let prev = toks[j - 1], t = toks[j]
        guard !prev.possessive else { return false }
        let gap = t.gapBefore
        let plain = gap == " " || gap == "\u{00A0}"
        if t.isNumeral { return plain }
        if t.isNickname || prev.isNickname { return true }
        // "Morag Nic a' Phearsain": the family name after the Scottish article "a'" of "Nic a'", "Mac a'".
        if t.isCap, scottishArticleGaps.contains(gap), prev.base == "a", !prev.isCap, j >= 2, toks[j - 2].isCap,
           scottishParticles.contains(toks[j - 2].base) { return true }
        if t.isCap && !t.token.isNumber {
            if plain { return true }
            if gap == ". " && (prev.isInitial || titleAbbreviations.contains(prev.base)) { return true }
            // "C.N.": initials written together.
            if gap == "." && prev.isInitial && t.isInitial { return true }
            return false
        }
        // "Ruairidh Mac an tSaoir": the Irish article after "Mac" or "Nic" goes on with the family name.
        if plain, t.base == "an", !t.isCap, gaelicParticles.contains(prev.base), prev.isCap, j + 1 < toks.count, toks[j + 1].isCap,
           toks[j + 1].gapBefore == " " { return true }
        if plain, t.base == "a", !t.isCap, scottishParticles.contains(prev.base), prev.isCap, j + 1 < toks.count, toks[j + 1].isCap,
           scottishArticleGaps.contains(toks[j + 1].gapBefore) { return true }
        // Lowercase particles join only between capitalised words ("Ursula von der Leyen").
        // "F.W. de Klerk": after initials the particle follows a full stop.
        if plain || (gap == ". " && prev.isInitial), particles.contains(t.base), j + 1 < toks.count {
            var k = j + 1
            while k < toks.count, particles.contains(toks[k].base), !toks[k].isCap, toks[k].gapBefore == " " { k += 1 }
            return k < toks.count && toks[k].isCap && toks[k].gapBefore == " " && k - j <= 2
        }
        return false
    }

    /// Runs between every two words of every paragraph, so it works on scalars without Foundation
    /// (`trimmingCharacters` was a twentieth of `people`).
    static func opensSentence(gap: String, previous: NameToken) -> Bool {
        if gap == " " { return false }
        let scalars = ScalarText.scalars(gap)
        // The gap without surrounding spaces and tabs (what `CharacterSet.whitespaces` trims).
        func isBlank(_ u: Unicode.Scalar) -> Bool {
            u.value < 0x80 ? (u == " " || u == "\t") : u.properties.generalCategory == .spaceSeparator
        }
        var a = 0, b = scalars.count
        while a < b, isBlank(scalars[a]) { a += 1 }
        while b > a, isBlank(scalars[b - 1]) { b -= 1 }
        if a == b { return false }
        let g = scalars[a..<b]
        // An opening quote or bracket right before the word.
        if let last = scalars.last, "\"“‘'(«[".unicodeScalars.contains(last) { return true }
        if g.contains(where: { $0 == "." || $0 == "!" || $0 == "?" }) {
            let abbreviation = previous.isInitial || titleAbbreviations.contains(previous.base)
                || (ScalarText.count(previous.token.text) == 1 && previous.isCap)
            return !(abbreviation && g.count == 1 && g.first == ".")
        }
        if g.contains(where: { ":—–•|".unicodeScalars.contains($0) }) { return true }
        if g.allSatisfy({ $0 == "-" }) && g.count <= 2 { return true }
        return false
    }

    /// A line where nearly every content word is capitalised (titles, captions, sub-headings): its capitals
    /// carry no evidence, so it can only mention people already known from running text.
    static func isHeadline(_ toks: [NameToken], text: String) -> Bool {
        // Running text ends its sentences with a full stop; headlines and captions do not, and a sentence
        // crowded with names and titles must not be mistaken for one.
        for u in text.unicodeScalars.reversed() {
            if u.properties.isWhitespace || "\"”’')»".unicodeScalars.contains(u) { continue }
            if u == "." || u == "!" { return false }
            break
        }
        var content = 0, capped = 0
        for t in toks where !t.token.isNumber && t.token.text.count >= 4 && !headlineFunctionWords.contains(t.base) {
            content += 1
            if t.isCap || t.isAcronym { capped += 1 }
        }
        return content >= 3 && Double(capped) >= 0.75 * Double(content)
    }

    // MARK: - Classification

    static let kinWords: Set<String> = ["mum", "mom", "mother", "dad", "father", "grandmother", "grandfather", "gran", "grandma", "grandad", "nan", "wife", "husband"]

    static func isHyphenModifier(_ t: NameToken, _ lex: NameLexicon) -> Bool {
        let parts = t.base.split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return false }
        if modifierSuffixes.contains(parts.last!) { return true }
        let head = parts[0]
        // "Mum-of-three", "father-of-two": a parent described by the children, a qualifier before the name.
        if parts.count >= 3, parts[1] == "of", lex.roles.contains(head) || kinWords.contains(head) { return true }
        return lex.demonyms.contains(head) || lex.places.contains(head) || lex.organisations.contains(head)
    }

    /// Whether a word could be part of a name (not a function word, place, organisation or title).
    static func nameLike(_ t: NameToken, _ lex: NameLexicon) -> Bool {
        if t.isInitial || t.isNumeral || t.isNickname { return true }
        guard t.isCap, !t.token.isNumber else { return false }
        let b = t.base
        if lex.common.contains(b) || lex.places.contains(b) || lex.demonyms.contains(b)
            || lex.organisations.contains(b) || lex.titles.contains(b) || lex.strongOrgWords.contains(b)
        {
            return false
        }
        return !isHyphenModifier(t, lex)
    }

    /// Does a recognisable name shape start at `p` (so prefix stripping must stop there)?
    static func nameShapeStarts(_ toks: [NameToken], _ p: Int, _ end: Int, _ lex: NameLexicon) -> Bool {
        guard p + 1 < end, !toks[p].possessive else { return false }
        let b = toks[p].base
        if lex.eastAsianFamilyNames.contains(b), lex.isSyllabic(toks[p + 1].base), toks[p + 1].isCap { return true }
        if lex.isGivenName(b), nameLike(toks[p + 1], lex) { return true }
        return false
    }
}

extension NameRecognizer {
    /// Letters written with a full stop after each that name a place or a body, not a person's initials.
    static let dottedAbbreviations: Set<String> = ["US", "UK", "UN", "EU", "UAE", "USA", "DC", "LA", "NY", "NZ", "SA", "PRC", "ROK", "DRC", "AU"]

    /// The single letters joined by full stops around token `i` ("U.S." → "US").
    static func dottedLetters(_ toks: [NameToken], around i: Int) -> String {
        var a = i
        while a > 0, toks[a].gapBefore == ".", ScalarText.count(toks[a - 1].token.text) == 1 { a -= 1 }
        var b = i
        while b + 1 < toks.count, toks[b + 1].gapBefore == ".", ScalarText.count(toks[b + 1].token.text) == 1 { b += 1 }
        return toks[a...b].map(\.token.text).joined()
    }
}

extension NameRecognizer {
    /// Index of "of" when the run at `p` follows "… of" or "… of the" (the object of an office's title).
    static func officeObjectStart(_ words: [String], _ p: Int) -> Int? {
        if p >= 2, words[p - 1] == "of" || words[p - 1] == "for" {
            // "Minister of State for Housing Aoife Ní Bhriain": a junior office named whole.
            if p >= 4, words[p - 1] == "for", words[p - 2] == "state", words[p - 3] == "of" { return p - 3 }
            return p - 1
        }
        if p >= 3, words[p - 1] == "the", words[p - 2] == "of" || words[p - 2] == "for" { return p - 2 }
        return nil
    }

    /// "Broken Arrow Fire Chief Darnell Whitaker", "Harbour United Captain Ana Ruiz": a role word inside a run,
    /// after words none of which is a given name, before two name words or more to the run's end. What stands
    /// before it (a town, a club, a service) qualifies the role, and is no part of the name. The run must end
    /// where a person's name would, at punctuation or before a verb ("… said"), not before a noun it qualifies
    /// ("Best Actor Golden Globe nominations").
    static func roleEndsQualifier(_ toks: [NameToken], _ words: [String], from p: Int, at j: Int, end: Int, _ lex: NameLexicon) -> Bool {
        guard j > p, j + 3 <= end, toks[j].isCap, !toks[j].possessive, lex.roles.contains(words[j]) else { return false }
        if end < toks.count, toks[end].gapBefore == " ", !toks[end].isCap,
           !lex.speechVerbs.contains(toks[end].base), !verbsAfterName.contains(toks[end].base) { return false }
        // "Acme Rail Senior Director Will Okonedo": a given name that is also a common word ("Will", "Mark") may
        // open the name after the role, when a word that can be a name follows it.
        return !(p..<j).contains(where: { lex.isGivenName(words[$0]) || toks[$0].possessive })
            && (j + 1..<end).allSatisfy({ nameLike(toks[$0], lex) || ($0 == j + 1 && toks[$0].isCap && lex.isGivenName(words[$0])) })
    }

    static let verbsAfterName: Set<String> = ["who", "has", "had", "was", "is", "will", "would", "could", "can", "did", "does", "and", "also", "then"]

    static let stockExchanges: Set<String> = ["nyse", "nasdaq", "tsx", "tsxv", "asx", "lse", "nzx", "jse", "bse", "nse", "hkex", "sgx", "amex", "otc", "euronext", "xetra"]

    /// "Brookline Meats (NYSE: BKM)": a stock exchange's name in brackets right after a run makes it a listed
    /// company, however it is named.
    static func tickerAfter(_ toks: [NameToken], _ end: Int) -> Bool {
        end < toks.count && toks[end].gapBefore.hasSuffix("(") && stockExchanges.contains(toks[end].base)
    }

    /// Nouns for a place or an institution that a person's name is given to: "the Dr Beyers Naudé municipal
    /// council", "the Nelson Okafor memorial hospital". (A government or an era named after its leader still
    /// names the leader: those stay mentions.)
    static let namedThingHeads: Set<String> = [
        "municipality", "municipal", "district", "ward", "constituency", "county", "township", "suburb", "memorial",
        "hospital", "clinic", "school", "academy", "stadium", "arena", "airport", "bridge", "library", "museum",
        "foundation", "trust", "prize", "award", "scholarship", "lecture", "avenue", "street", "road", "square", "park",
        "college", "university", "institute", "centre", "center", "building",
        // Works named after a person or a pass (real pages, stop 37: "<Name>, Project Head, <Pass> Tunnel").
        "tunnel", "dam", "highway", "expressway",
    ]

    /// Heads of works that no family name ends in, so a single capitalised word before one is already the
    /// thing's name ("<Pass> Tunnel", "Kestrel Dam").
    static let worksHeads: Set<String> = ["tunnel", "dam", "highway", "expressway"]

    /// Nouns for a named thing that are also common family names: a run ending in one may be a person.
    static let surnameLikeHeads: Set<String> = ["park", "street", "ward", "trust", "county", "square", "road", "district"]
    /// Lower-case nouns after a name that make it a place's ("Chiang Rai province").
    static let placeNouns: Set<String> = ["province", "provincial", "city", "district", "county", "region", "prefecture", "state", "town", "village", "cave", "caves", "river", "valley", "mountain", "island"]

    /// Words that may stand between the name and its head: "the Enrique Rebsamen elementary school", "the Rebsamen
    /// primary and secondary school", "the Nelson Okafor general hospital".
    static let namedThingQualifiers: Set<String> = [
        "elementary", "primary", "secondary", "high", "middle", "junior", "senior", "and", "general", "regional",
        "national", "international", "public", "state", "community", "teaching", "children's", "children’s",
    ]

    /// "the Dr Beyers Naudé municipal council": a name between "the" and a lower-case noun for a place or an
    /// institution names that thing, not the person it honours.
    static func namedThingAfter(_ toks: [NameToken], _ run: Range<Int>, _ words: [String]) -> Bool {
        guard run.upperBound < toks.count, words[run.lowerBound] == "the" || (run.lowerBound > 0 && words[run.lowerBound - 1] == "the"),
              !toks[run.upperBound].isCap, toks[run.upperBound].gapBefore == " " else { return false }
        var k = run.upperBound
        while k < toks.count, k < run.upperBound + 3, namedThingQualifiers.contains(words[k]), !toks[k].isCap, toks[k].gapBefore == " " { k += 1 }
        return k < toks.count && !toks[k].isCap && toks[k].gapBefore == " " && namedThingHeads.contains(words[k])
    }
}
