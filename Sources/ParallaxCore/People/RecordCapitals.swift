import Foundation

extension NameRecognizer {
    static let recordTitles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "hon", "sir", "dame", "lord", "lady", "prof"]

    /// "Ms ODUYA-BRENNAN (Kelso Heights) (14:32):", "The Hon. G. R. LINDQVIST": a parliamentary record or a court
    /// transcript sets the speaker's family name in capitals after the title (and initials). Such a word, four
    /// letters or more, is a name word, not an acronym.
    static func unshoutRecordNames(_ toks: inout [NameToken], _ lex: NameLexicon) {
        unshoutSpeakerLabel(&toks, lex)
        for i in toks.indices.dropFirst() where toks[i].isAcronym && (toks[i].gapBefore == " " || toks[i].gapBefore == ". ") {
            guard toks[i].token.text.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 4 else { continue }
            var k = i - 1
            // Initials between: "G. R."
            while k > 0, ScalarText.count(toks[k].token.text) == 1, toks[k].token.text.first?.isUppercase == true { k -= 1 }
            guard recordTitles.contains(toks[k].base), toks[k].isCap || toks[k].base == "hon" else { continue }
            toks[i].isAcronym = false
            toks[i].isCap = true
        }
    }

    /// "MARTHA QUINLAN, NWN ANCHOR: Good evening.": a broadcast transcript opens a turn with the speaker's name
    /// and role in capitals, then a colon. Two or three words in capitals opening the paragraph, the first a
    /// given name, then a comma and at most five more words in capitals up to the colon: the name words are
    /// names, not acronyms ("BREAKING NEWS, UPDATE:" has no given name; "QUINLAN:" alone is left as it is).
    static func unshoutSpeakerLabel(_ toks: inout [NameToken], _ lex: NameLexicon) {
        // "QUINLAN: What is the situation there tonight?": the later turns give the family name alone, which is the
        // person a full label named; a word the lists hold ("UPDATE:", "WATCH:", "SPEAKER:") stays as it is. Alone,
        // such a word proves no one: it only finds a person the story has named.
        if toks.count >= 2, toks[0].isAcronym, toks[1].gapBefore.trimmingCharacters(in: .whitespaces) == ":",
           toks[0].token.text.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 4,
           !lex.common.contains(toks[0].base), !lex.titles.contains(toks[0].base), !lex.roles.contains(toks[0].base) {
            toks[0].isAcronym = false
            toks[0].isCap = true
            return
        }
        guard toks.count >= 4, toks[0].isAcronym, lex.isGivenName(toks[0].base) else { return }
        var n = 1
        while n < toks.count, n < 4, toks[n].isAcronym, toks[n].gapBefore == " " { n += 1 }
        guard (2...3).contains(n), n < toks.count, toks[n].gapBefore.trimmingCharacters(in: .whitespaces) == "," else { return }
        var k = n
        while k < toks.count, k < n + 5, toks[k].isAcronym || toks[k].token.isNumber {
            k += 1
            if k < toks.count, toks[k].gapBefore.trimmingCharacters(in: .whitespaces) == ":" {
                for i in 0..<n where toks[i].token.text.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2 {
                    toks[i].isAcronym = false
                    toks[i].isCap = true
                }
                return
            }
            guard k < toks.count, toks[k].gapBefore == " " else { return }
        }
    }

    /// "ODUYA-BRENNAN" → "Oduya-Brennan": a name word set in capitals, shown as names are written.
    static func unshouted(_ word: String) -> String {
        guard word.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 4, !word.unicodeScalars.contains(where: { $0.properties.isLowercase })
        else { return word }
        var out = ""
        var startOfPart = true
        for ch in word {
            out += startOfPart ? String(ch) : ch.lowercased()
            startOfPart = ch == "-" || ch == "'" || ch == "\u{2019}"
        }
        return out
    }
}
