import Foundation

/// A set of word sequences (in `Tokenizer` folded form) that can be matched at any token position.
struct PhraseSet: Sendable {
    private(set) var phrases: Set<String> = []
    private(set) var maxWords = 0
    /// The first word of every phrase: a word that starts none (most capitalised words of a sentence) is
    /// answered by one lookup in `longestMatch`, not one per phrase length.
    private(set) var firstWords: Set<String> = []

    /// `skipAcronyms`: all-capital entries ("UN", "WHO") are left out, since acronyms never start a name
    /// run and their folded forms collide with words and names ("who", "Un").
    init(_ entries: [String], skipAcronyms: Bool = false) {
        for e in entries {
            if skipAcronyms, Self.isAcronym(e) { continue }
            if let (phrase, count, first) = Self.plainPhrase(e) {
                phrases.insert(phrase)
                firstWords.insert(String(decoding: phrase.utf8.prefix(first), as: UTF8.self))
                maxWords = max(maxWords, count)
                continue
            }
            let words = Tokenizer.tokens(e).map { NameLexicon.key($0.norm) }
            guard !words.isEmpty else { continue }
            phrases.insert(words.joined(separator: " "))
            firstWords.insert(words[0])
            maxWords = max(maxWords, words.count)
        }
    }

    /// An entry of ASCII letters between single spaces ("New South Wales", most of the lists), its number of
    /// words and the length of its first word: its tokens' folded keys joined by spaces are then the entry in
    /// lower case, read without tokenizing it (tokenizing the place list was most of loading it). Nil for any
    /// other entry.
    static func plainPhrase(_ e: String) -> (phrase: String, words: Int, firstWordBytes: Int)? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(e.utf8.count)
        var words = 1
        var first = 0
        var previous = UInt8(ascii: " ")  // a leading space, and an empty entry, fail
        for b in e.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(b | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes.append(b)
            case UInt8(ascii: " ") where previous != UInt8(ascii: " "):
                if words == 1 { first = bytes.count }
                bytes.append(b)
                words += 1
            default: return nil
            }
            previous = b
        }
        guard previous != UInt8(ascii: " ") else { return nil }
        return (String(decoding: bytes, as: UTF8.self), words, words == 1 ? bytes.count : first)
    }

    /// Two letters or more, none of them lowercase. Counted in place, ASCII letters without a property
    /// lookup: filtering every entry into an array was most of loading the place list.
    static func isAcronym(_ e: String) -> Bool {
        var letters = 0
        for u in e.unicodeScalars {
            if u.isASCII {
                let v = u.value
                if v >= 0x61 && v <= 0x7A { return false }
                if v >= 0x41 && v <= 0x5A { letters += 1 }
            } else if u.properties.isAlphabetic {
                if u.properties.isLowercase { return false }
                letters += 1
            }
        }
        return letters >= 2
    }

    func contains(_ word: String) -> Bool { phrases.contains(word) }

    /// Length in words of the longest phrase starting at `i` and ending before `limit`; 0 when none.
    func longestMatch(_ words: [String], at i: Int, limit: Int) -> Int {
        guard i < limit else { return 0 }
        // A word with a space in it (callers that split on spaces may pass one) can hold more than a first word.
        if !firstWords.contains(words[i]), !ByteSearch.contains(words[i], UInt8(ascii: " ")) { return 0 }
        var best = 0
        var key = ""
        var n = 0
        while n < maxWords, i + n < limit {
            key += (n == 0 ? "" : " ") + words[i + n]
            n += 1
            if phrases.contains(key) { best = n }
        }
        return best
    }
}

/// The word lists behind person recognition, loaded once from `Resources/*.txt` (see their headers for
/// what each is and where it comes from). All entries are compared in `Tokenizer` folded form.
struct NameLexicon: Sendable {
    static let shared = NameLexicon()

    let titles: PhraseSet
    let roles: Set<String>
    let speechVerbs: Set<String>
    let givenNames: Set<String>
    let surnames: Set<String>
    let eastAsianFamilyNames: Set<String>
    let syllables: Set<String>
    let strongOrgWords: Set<String>
    /// Short legal forms that are an organisation's word only in capitals (`NameRecognizer`).
    let legalAbbreviations: Set<String>
    let weakOrgWords: Set<String>
    let organisations: PhraseSet
    let places: PhraseSet
    let demonyms: PhraseSet
    /// Demonym (folded phrase) → country name as written in demonyms.txt.
    let countryOfDemonym: [String: String]
    let common: Set<String>
    /// Folded "short full" pairs of given names ("tom thomas", "bob robert"): `given_name_short_forms.txt`.
    let shortGivenForms: Set<String>

    init() {
        titles = PhraseSet(Self.lines("titles"))
        roles = Self.foldedSet("roles")
        speechVerbs = Self.foldedSet("speech_verbs")
        givenNames = Self.foldedSet("given_names")
        surnames = Self.foldedSet("surnames")
        eastAsianFamilyNames = Self.foldedSet("family_names_east_asian")
        syllables = Self.foldedSet("name_syllables")
        var strong = Set<String>(), weak = Set<String>()
        for l in Self.lines("org_words") {
            if l.hasPrefix("~") { weak.insert(Self.fold(String(l.dropFirst()))) } else { strong.insert(Self.fold(l)) }
        }
        // "SA", "AG", "NV", "BV", "SpA" close a firm's name only as written: folded, they are also the family
        // names Sá and Ag and the town of Spa ("Nuno Sá said" is a person).
        legalAbbreviations = strong.intersection(["ag", "sa", "nv", "bv", "spa"])
        shortGivenForms = Set(Self.lines("given_name_short_forms").flatMap { l -> [String] in
            let words = l.split(separator: " ").map { Self.fold(String($0)) }
            return words.dropFirst().map { $0 + " " + words[0] }
        })
        strongOrgWords = strong.subtracting(legalAbbreviations)
        weakOrgWords = weak
        organisations = PhraseSet(Self.lines("organisations"), skipAcronyms: true)
        var dem: [String] = []
        var country: [String: String] = [:]
        for (d, c) in Self.demonymLines() {
            dem.append(d)
            country[Tokenizer.tokens(d).map(\.norm).joined(separator: " ")] = c
        }
        demonyms = PhraseSet(dem, skipAcronyms: true)
        countryOfDemonym = country
        places = Self.places
        common = Self.foldedSet("common_capitalised")
    }

    /// The place list (places.txt and the countries of demonyms.txt) on its own: detail extraction in
    /// alignment needs only it, and the whole lexicon took a `diff` 8 ms to build, with both cores
    /// waiting for it.
    static let places: PhraseSet = PhraseSet(lines("places") + demonymLines().map(\.country), skipAcronyms: true)

    /// "Demonym = Country" lines of demonyms.txt (exactly one " = "), both sides trimmed of spaces and tabs.
    /// Split as bytes: Foundation's splitting and trimming cost 35k instructions a line.
    static func demonymLines() -> [(demonym: String, country: String)] {
        let separator = Array(" = ".utf8)
        return lines("demonyms").compactMap { l in
            let b = Array(l.utf8)
            var cuts: [Int] = []
            var i = 0
            while i + separator.count <= b.count {
                if b[i..<(i + separator.count)].elementsEqual(separator) { cuts.append(i); i += separator.count } else { i += 1 }
            }
            guard cuts.count == 1 else { return nil }
            return (trimmed(b[..<cuts[0]]), trimmed(b[(cuts[0] + separator.count)...]))
        }
    }

    /// White space (Unicode "Zs" and tab, as `CharacterSet.whitespaces`) trimmed from both ends.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        let s = String(decoding: bytes, as: UTF8.self).unicodeScalars
        func isSpace(_ u: Unicode.Scalar) -> Bool { u == "\t" || u.properties.generalCategory == .spaceSeparator }
        guard let first = s.firstIndex(where: { !isSpace($0) }), let last = s.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(s[first...last])
    }

    /// One word list, folded. Alignment reads the short lists it needs this way (`AttributionPhrases`):
    /// the whole lexicon, with its long name lists, costs more to load than `diff` spends on a long pair.
    static func foldedSet(_ name: String) -> Set<String> { Set(lines(name).map { fold($0) }) }

    static func fold(_ s: String) -> String { key(TextNormalizer.forMatching(s)) }

    /// A folded word without diacritics, so "Orbán" and "Orban", "São Paulo" and "Sao Paulo" meet.
    /// Offsets never come from this form.
    static func key(_ folded: String) -> String {
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return folded }
        let plain = folded.folding(options: [.diacriticInsensitive], locale: nil)
        if plain.utf8.allSatisfy({ $0 < 0x80 }) { return plain }
        // Letters with no decomposition, which wire copy writes plain: "Łukasz" is "Lukasz", "Søren" "Soren".
        var out = ""
        for u in plain.unicodeScalars {
            switch u {
            case "ł": out += "l"
            case "đ", "ð": out += "d"
            case "ø": out += "o"
            case "ß": out += "ss"
            case "æ": out += "ae"
            case "œ": out += "oe"
            case "ı": out += "i"
            case "þ": out += "th"
            case "ħ": out += "h"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Non-empty, non-comment lines of `Resources/<name>.txt`; a missing file is an empty list (the
    /// recogniser degrades, it does not crash).
    static func lines(_ name: String) -> [String] { ResourceFile.lines(name) }

    /// A known given name, or a compound one whose parts are given names or at least one part is
    /// ("Jean-Pierre", "Alexandre-Gabriel", "Marie-Claire"): compound given names are written with a hyphen.
    func isGivenName(_ word: String) -> Bool {
        if givenNames.contains(word) { return true }
        guard ByteSearch.contains(word, 0x2D) else { return false }
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { $0.count >= 2 && $0.allSatisfy(\.isLetter) }
            && parts.contains { givenNames.contains(String($0)) }
    }

    /// Whether a folded word is one to three romanised given-name syllables ("jinping", "myung",
    /// "nam-joon"), the shape of a Chinese, Korean or Vietnamese given name.
    func isSyllabic(_ word: String) -> Bool {
        let parts = word.split(separator: "-")
        guard !parts.isEmpty, parts.count <= 3 else { return false }
        if parts.count == 2 {
            // Hyphenated two-part given names ("Nam-joon", "Sung-lac") are short syllables by construction.
            return parts.allSatisfy { $0.count >= 2 && $0.count <= 5 && $0.allSatisfy(\.isLetter) }
        }
        return parts.allSatisfy { decomposes(Substring($0), depth: 3) }
    }

    private func decomposes(_ s: Substring, depth: Int) -> Bool {
        if s.isEmpty { return true }
        guard depth > 0, s.count <= 12 else { return false }
        for n in stride(from: min(6, s.count), through: 1, by: -1) {
            let head = String(s.prefix(n))
            if syllables.contains(head), decomposes(s.dropFirst(n), depth: depth - 1) { return true }
        }
        return false
    }
}
