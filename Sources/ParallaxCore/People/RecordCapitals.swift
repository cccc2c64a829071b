import Foundation

extension NameRecognizer {
    static let recordTitles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "hon", "sir", "dame", "lord", "lady", "prof"]

    /// "Ms ODUYA-BRENNAN (Kelso Heights) (14:32):", "The Hon. G. R. LINDQVIST": a parliamentary record or a court
    /// transcript sets the speaker's family name in capitals after the title (and initials). Such a word, four
    /// letters or more, is a name word, not an acronym.
    static func unshoutRecordNames(_ toks: inout [NameToken]) {
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
