import Foundation

/// One person written in two forms the recognizer made two entries of: a transliteration's spelling, a double
/// family name alone, the first two words of a longer name.
extension PersonRegistry {
    /// "Ranil Wickremesinghe" / "Ranil Wickramasinghe", "Volodymyr Zelensky" / "Volodymyr Zelenskyy": outlets
    /// transliterate names differently. The same given name and a family name one letter apart (two in a
    /// long one) is one person.
    /// `familyCounts`: how often the story writes each folded last word of a name, for a tie in full-name evidence.
    mutating func mergeSpellingVariants(familyCounts: [String: Int] = [:]) {
        var byFirstWord: [String: [Int]] = [:]
        for i in roots {
            let words = entries[i].name.split(separator: " ")
            guard words.count >= 2 else { continue }
            byFirstWord[NameLexicon.fold(String(words[0])) + "#\(words.count)", default: []].append(i)
        }
        for group in byFirstWord.values where group.count > 1 {
            for (n, a) in group.enumerated() {
                for b in group[(n + 1)...] where find(a) != find(b) {
                    // The words after the given name; "Smith" / "Smyth" are too short to call a spelling.
                    let fa = Self.compactKey(entries[a].name.split(separator: " ").dropFirst().joined())
                    let fb = Self.compactKey(entries[b].name.split(separator: " ").dropFirst().joined())
                    let shorter = min(fa.count, fb.count)
                    let distance = PeopleIndex.editDistance(fa, fb)
                    let oneSpelling = shorter >= 7 && abs(fa.count - fb.count) <= 2 && distance <= (shorter >= 12 ? 2 : 1)
                    // "Osama Rabi" / "Osama Rabie": a vowel added at the end of a short family name is a transliteration
                    // too (a substituted letter, "Smith" / "Smyth", still is not).
                    let (lo, hi) = fa.count < fb.count ? (fa, fb) : (fb, fa)
                    let finalVowel = lo.count >= 4 && hi.count == lo.count + 1 && hi.hasPrefix(lo) && "aeiouy".contains(hi.last!)
                    guard oneSpelling || finalVowel || (shorter >= 6 && distance <= 2 && Self.consonantSkeleton(fa) == Self.consonantSkeleton(fb)) else { continue }
                    // The person goes by the spelling seen more often: one outlet misspelling a name
                    // ("Redaway" for "Reddaway") must not rename the person everywhere.
                    // With as much evidence for each ("Priya Louden" once, "Priya Lowden" once and "Ms Lowden"), the
                    // family name the story writes more.
                    let (ra, rb) = (find(a), find(b))
                    func seen(_ i: Int) -> Int { familyCounts[NameLexicon.fold(String(entries[i].name.split(separator: " ").last ?? ""))] ?? 0 }
                    let (ea, eb) = (entries[ra].evidenceCount, entries[rb].evidenceCount)
                    if eb > ea || eb == ea && seen(rb) > seen(ra) { link(entries[ra].name, to: rb) } else { link(entries[rb].name, to: ra) }
                }
            }
        }
    }

    /// "Osatanakorn" / "Osottanakorn" / "Osothanakorn": transliterations differ in their
    /// vowels, a doubled letter, an "h" after a consonant or an "s" for a "z", and keep the consonants. The first
    /// letter, then the consonants with those differences levelled out (a "w" after a vowel is part of it); two spellings with the same skeleton and
    /// at most two edits apart are one name ("Hassan" / "Hussein" are three apart and stay two people; a family
    /// name under six letters is too short to call a spelling: "Smith" / "Smyth").
    static func consonantSkeleton(_ key: String) -> String {
        guard let first = key.first else { return "" }
        var out = String(first)
        var previous: Character = first
        for c in key.dropFirst() {
            if "aeiouy".contains(c) { previous = c; continue }
            // "Lowden" / "Louden": a "w" after a vowel is part of that vowel's sound ("ow", "aw", "ew").
            if c == "w", "aeiouy".contains(previous) { continue }
            if c == "h", !"aeiouy".contains(previous) { continue }
            let levelled: Character = c == "z" ? "s" : c == "c" || c == "q" ? "k" : c
            // A doubled letter counts once; the same letter again after a vowel is another consonant.
            if levelled != out.last || "aeiouy".contains(previous) { out.append(levelled) }
            previous = c
        }
        return out
    }

    /// "Marie Gluesenkamp Perez" … "Gluesenkamp Perez said": a double family name is the short form of the
    /// full name, as one word is of "Jane Doe". Only when the two words do not open with a given name
    /// ("Ann Smith" is not "Mary Ann Smith") and one full name ends in them.
    /// The two words are that person's name even where nothing else in their sentence says so ("Enrique Pena
    /// Nieto" … "the reforms of Pena Nieto"), though the first word is also a family name on its own.
    mutating func mergeDoubleFamilyNames(lexicon lex: NameLexicon) {
        var byTail: [String: [Int]] = [:]
        var tails: [(key: String, display: String)] = []
        for i in roots {
            let words = entries[i].name.split(separator: " ")
            guard words.count >= 3, !lex.isGivenName(NameLexicon.fold(String(words[words.count - 2]))) else { continue }
            let display = words.suffix(2).joined(separator: " ")
            let key = Self.compactKey(display)
            if byTail[key] == nil { tails.append((key, display)) }
            byTail[key, default: []].append(i)
        }
        for t in tails {
            guard let owners = byTail[t.key], Set(owners.map(find)).count == 1 else { continue }
            link(t.display, to: owners[0])
        }
    }

    /// "Ahmad Zahid Hamidi" … "Ahmad Zahid said": Malay, Arabic and Indonesian copy names a person again by
    /// the first two words of a longer name. A two-word entry that opens exactly one longer name is its short form.
    mutating func mergeLeadingNames() {
        var byHead: [String: [Int]] = [:]
        for i in roots {
            let words = entries[i].name.split(separator: " ")
            guard words.count >= 3, !words.contains(where: { $0.count <= 2 && $0.hasSuffix(".") }) else { continue }
            byHead[Self.compactKey(words.prefix(2).joined()), default: []].append(i)
        }
        for i in roots {
            let words = entries[i].name.split(separator: " ")
            guard words.count == 2, let owners = byHead[Self.compactKey(words.joined())], Set(owners.map(find)).count == 1,
                  find(owners[0]) != find(i) else { continue }
            link(entries[i].name, to: owners[0])
        }
    }
}
