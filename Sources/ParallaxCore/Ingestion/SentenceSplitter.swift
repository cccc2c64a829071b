import Foundation

/// Finds sentence boundaries in one paragraph, as Unicode-scalar ranges of the displayed text.
///
/// A boundary is terminal punctuation (with any closing quotes or brackets after it), then white space, then
/// something that can start a sentence. The hard part is the period that does not end a sentence: titles
/// ("Mr.", "Dr."), initials ("Patrick F. Walsh"), dotted abbreviations ("U.S.", "a.m."), months before a day
/// ("Nov. 3"). Decimals and money ("$27.5") never qualify because no space follows their period. One pass,
/// bounded look-back: linear in the paragraph length, so a megabyte-long line is fine.
public enum SentenceSplitter {
    public static func split(_ text: String) -> [Sentence] {
        let s = ScalarText.scalars(text)
        let n = s.count
        var out: [Sentence] = []
        var start = skipSpace(s, 0)
        var i = start
        while i < n {
            let c = s[i]
            guard LineShape.isTerminator(c) else { i += 1; continue }
            var j = i
            while j < n, LineShape.isTerminator(s[j]) { j += 1 }
            let terminatorEnd = j
            while j < n, LineShape.closers.contains(s[j]) { j += 1 }
            if wideTerminators.contains(c) {
                // CJK full stops need no space after them.
                let k = skipSpace(s, j)
                if k < n, k > start { out.append(Sentence(start: start, end: j)); start = k }
                i = max(j, i + 1)
                continue
            }
            guard j < n, SourceLine.isSpace(s[j]) else { i = max(j, i + 1); continue }
            let k = skipSpace(s, j)
            if k < n, canStartSentence(s, k),
                !isNonFinalPeriod(s, at: i, terminatorEnd: terminatorEnd, next: k),
                !(s[i] != "." && j > terminatorEnd && quoteClosers.contains(s[j - 1]) && attributionFollows(s, k))
            {
                out.append(Sentence(start: start, end: j))
                start = k
            }
            i = k
        }
        var end = n
        while end > start, SourceLine.isSpace(s[end - 1]) { end -= 1 }
        if end > start { out.append(Sentence(start: start, end: end)) }
        return out
    }

    static let wideTerminators: Set<Unicode.Scalar> = ["\u{3002}", "\u{FF01}", "\u{FF1F}"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "(", "[", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "\u{201E}", "\u{00BF}", "\u{00A1}"]

    static func skipSpace(_ s: [Unicode.Scalar], _ from: Int) -> Int {
        var k = from
        while k < s.count, SourceLine.isSpace(s[k]) { k += 1 }
        return k
    }

    /// Uppercase letters, digits, uncased scripts, or an opening quote/bracket before one of those.
    static func canStartSentence(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        var k = k
        var hops = 0
        while k < s.count, openers.contains(s[k]) || s[k] == "\u{2014}" || s[k] == "\u{2013}", hops < 3 { k += 1; hops += 1 }
        guard k < s.count else { return false }
        let p = s[k].properties
        if p.numericType != nil { return true }
        if p.isAlphabetic { return !p.isLowercase }
        return false
    }

    /// Titles that always precede a name: a period after them never ends a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
        "maj", "rev", "st", "hon", "pres", "supt", "insp", "det", "fr", "cpl", "pvt", "messrs", "mme", "mlle",
        "amb", "atty", "brig", "cdr", "lieut", "msgr",
    ]

    /// Abbreviations that precede a number ("No. 5", "p. 12").
    static let numberPrefixes: Set<String> = ["no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "art", "arts", "para", "ch", "sec", "op"]

    /// Abbreviations that may also end a sentence: a boundary only before a typical sentence opener.
    static let contextual: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "inc", "ltd", "corp", "co", "llc", "plc", "etc", "al",
        "bros", "jr", "sr", "vs", "v", "cf", "approx", "ca", "ed", "eds", "dept", "univ", "ave", "blvd", "rd",
        "mt", "ft", "est", "gov't", "int'l",
    ]

    /// Words that begin sentences far more often than they follow an abbreviation.
    static let openerWords: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our",
        "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for",
        "after", "before", "when", "while", "as", "if", "however", "meanwhile", "still", "also", "then", "now",
        "some", "many", "most", "both", "all", "what", "why", "how", "who", "where", "according", "despite",
        "although", "though", "since", "with", "without", "by", "from", "under", "over", "during", "earlier",
        "later", "last", "next", "officials", "analysts", "critics", "it's", "it’s", "that's", "that’s",
    ]

    static func isNonFinalPeriod(_ s: [Unicode.Scalar], at i: Int, terminatorEnd: Int, next k: Int) -> Bool {
        // Only a single period can be an abbreviation; "?", "!" and ellipses end sentences before a capital.
        guard s[i] == ".", terminatorEnd == i + 1 else { return false }
        var b = i
        while b > 0, i - b < 30, !SourceLine.isSpace(s[b - 1]), !openers.contains(s[b - 1]) { b -= 1 }
        // Every abbreviation below is at most six letters or holds a period: a longer word ends its sentence,
        // decided before building any string (a long line has a period every few words).
        if i - b > 6, !s[b..<i].contains(".") { return false }
        let word = ScalarText.string(s[b..<i])
        if word.isEmpty { return false }
        // "1. Thank you for joining us": a list item's number opening the paragraph ends nothing.
        if b == 0, word.unicodeScalars.count <= 3, word.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) { return true }
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        // A single capital: an initial ("F." in "Patrick F. Walsh").
        if ScalarText.count(word) == 1, let u = letters.first, u.properties.isUppercase { return true }
        let lower = word.lowercased()
        let next = nextWord(s, k).lowercased()
        // Dotted abbreviations: "U.S.", "a.m.", "e.g.", "Ph.D."
        if word.unicodeScalars.contains("."), letters.count <= 4, word.unicodeScalars.allSatisfy({ $0 == "." || $0.properties.isAlphabetic }) {
            return !openerWords.contains(next)
        }
        if titles.contains(lower) { return true }
        if isDatelineState(s, word: b..<i) { return true }
        if numberPrefixes.contains(lower) { return k < s.count && s[k].properties.numericType != nil }
        if contextual.contains(lower) { return !openerWords.contains(next) }
        return false
    }

    /// "FOREST RANCH, Calif. (AP) — Firefighters …", "ST. LOUIS, Mo. — The …": a wire dateline names its city in
    /// capitals and its state or region by a short abbreviation; that period opens the story, it ends nothing.
    /// Only at the very start of the paragraph, after a city in capitals and a comma, so "… near Chico, Calif.
    /// Officials said …" still ends its sentence.
    static func isDatelineState(_ s: [Unicode.Scalar], word: Range<Int>) -> Bool {
        let w = s[word]
        guard (2...6).contains(w.count), w.first!.properties.isUppercase,
            w.dropFirst().allSatisfy({ $0.properties.isLowercase }),
            word.lowerBound >= 4, word.lowerBound <= 40,
            s[word.lowerBound - 1] == " ", s[word.lowerBound - 2] == ","
        else { return false }
        let city = s[0..<(word.lowerBound - 2)]
        return city.contains { $0.properties.isUppercase }
            && city.allSatisfy { $0.properties.isUppercase || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
    }

    static let quoteClosers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}"]

    static let speechVerbs: Set<String> = [
        "said", "says", "stated", "states", "added", "adds", "asked", "asks", "told", "shouted", "wrote", "writes",
        "explained", "warned", "replied", "insisted", "declared", "exclaimed", "cried", "yelled", "continued",
        "tweeted", "posted", "remarked", "noted", "argued", "demanded", "pleaded", "screamed", "laughed",
    ]

    /// "… nonsense!” Outa stated.": after a quotation closed by "!" or "?", one to four capitalised words and
    /// a verb of saying are its attribution, not a new sentence.
    static func attributionFollows(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        var a = k
        for n in 0..<5 {
            let word = nextWord(s, a)
            guard !word.isEmpty else { return false }
            if n > 0, speechVerbs.contains(word.lowercased()) { return true }
            guard n < 4, word.unicodeScalars.first!.properties.isUppercase else { return false }
            a += word.unicodeScalars.count
            guard a < s.count, s[a] == " " else { return false }
            a += 1
        }
        return false
    }

    static func nextWord(_ s: [Unicode.Scalar], _ k: Int) -> String {
        var a = k
        while a < s.count, openers.contains(s[a]) { a += 1 }
        var e = a
        while e < s.count, e - a < 20, s[e].properties.isAlphabetic || s[e] == "'" || s[e] == "\u{2019}" { e += 1 }
        return ScalarText.string(s[a..<e])
    }
}
