import Foundation

/// The words a word diff compares, each with the tokens it stands for. A reader does not count house style as a
/// change, so what outlets write differently for the same words gets one key: a contraction and its spelled-out
/// form ("there's" = "there is"), a date in either order or with the month shortened ("13 October" = "October
/// 13" = "Oct. 13th" = "the 13th of October"), and a percentage however it is written ("10%" = "10 per cent" =
/// "10 percent").
///
/// A key may stand for several tokens (a date) and several keys for one token (a contraction), so each key keeps
/// the range of tokens it came from; a change then covers whole tokens on both sides.
struct MatchingKeys {
    private(set) var keys: [String] = []
    /// For each key, the tokens it stands for (never empty).
    private(set) var owners: [Range<Int>] = []

    init(_ tokens: [Token], in text: String) {
        keys.reserveCapacity(tokens.count)
        owners.reserveCapacity(tokens.count)
        let percentAfter = Self.percentSignEnds(text)
        // A date has a figure in its first or second word: one byte tells, before any word is looked up.
        func digitAt(_ k: Int) -> Bool {
            guard k < tokens.count, let b = tokens[k].norm.utf8.first else { return false }
            return b >= 0x30 && b <= 0x39
        }
        var i = 0
        while i < tokens.count {
            if digitAt(i) || digitAt(i + 1), let (key, end) = Self.date(tokens, at: i) {
                append(key, i..<end)
                i = end
                continue
            }
            let t = tokens[i]
            if t.isNumber, let end = Self.percentWords(tokens, after: i) {
                append(t.norm + "%", i..<end)
                i = end
                continue
            }
            // Only a word with an apostrophe (or "cannot") expands: the rest are their own key. A figure and its
            // "%" are one key, so that a sign never lets the diff match other words around it.
            if ByteSearch.contains(t.norm, UInt8(ascii: "'")) || t.norm == "cannot" {
                for k in Self.expand(t.norm) { append(k, i..<i + 1) }
            } else {
                append(t.isNumber && percentAfter.contains(t.end) ? t.norm + "%" : t.norm, i..<i + 1)
            }
            i += 1
        }
    }

    private mutating func append(_ key: String, _ owner: Range<Int>) {
        keys.append(key)
        owners.append(owner)
    }

    /// Token range for an insertion before key `k`.
    func insertionPoint(_ k: Int, tokenCount: Int) -> Range<Int> {
        let t = k < owners.count ? owners[k].lowerBound : tokenCount
        return t..<t
    }

    /// Tokens covered by the keys `r` (not empty).
    func tokens(_ r: Range<Int>) -> Range<Int> {
        owners[r.lowerBound].lowerBound..<owners[r.upperBound - 1].upperBound
    }

    // MARK: Contractions

    private static let pronounIs: Set<String> = [
        "it", "that", "there", "here", "what", "who", "where", "when", "how", "he", "she", "this",
    ]

    static func expand(_ w: String) -> [String] {
        switch w {
        case "can't", "cannot": return ["can", "not"]
        case "won't": return ["will", "not"]
        case "shan't": return ["shall", "not"]
        case "let's": return ["let", "us"]
        case "ain't": return ["is", "not"]
        default: break
        }
        if w.hasSuffix("n't"), w.count > 3 { return [String(w.dropLast(3)), "not"] }
        for (suffix, word) in [("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"), ("'m", "am")]
        where w.hasSuffix(suffix) && w.count > suffix.count {
            return [String(w.dropLast(suffix.count)), word]
        }
        if w.hasSuffix("'s") {
            let base = String(w.dropLast(2))
            if pronounIs.contains(base) { return [base, "is"] }
        }
        return [w]
    }

    // MARK: Dates

    private static let months: [String: String] = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"]
        var m: [String: String] = [:]
        for name in full { m[name] = name }
        for (short, name) in [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
                              ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "september"),
                              ("sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december")] {
            m[short] = name
        }
        return m
    }()

    /// A day of the month as a number, "13" or "13th"; nil for anything else.
    static func dayOfMonth(_ t: Token) -> Int? {
        // Asked of every word a diff compares: one byte turns nearly all of them away.
        let u = t.norm.utf8
        guard let first = u.first, first >= 0x30, first <= 0x39, u.count <= 4 else { return nil }
        var digits = Substring(t.norm)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard (1...2).contains(digits.count), digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// A month and its day at token `i`, in either order ("October 13", "13 October", "13th of October"), as
    /// one key "october 13", with the index after its last token.
    static func date(_ tokens: [Token], at i: Int) -> (String, Int)? {
        let t = tokens[i]
        if i + 1 < tokens.count, let day = dayOfMonth(tokens[i + 1]), let month = months[t.norm] {
            // "may" is a verb as often as a month: only with a capital.
            guard t.norm != "may" || t.isCapitalized else { return nil }
            return ("\(month) \(day)", i + 2)
        }
        guard let day = dayOfMonth(t) else { return nil }
        var j = i + 1
        if j < tokens.count, tokens[j].norm == "of" { j += 1 }
        guard j < tokens.count, let month = months[tokens[j].norm], tokens[j].isCapitalized else { return nil }
        return ("\(month) \(day)", j + 1)
    }

    // MARK: Percentages

    /// The index after "per cent" or "percent" following the number at `i`; nil when neither follows.
    static func percentWords(_ tokens: [Token], after i: Int) -> Int? {
        guard i + 1 < tokens.count else { return nil }
        if tokens[i + 1].norm == "percent" { return i + 2 }
        if tokens[i + 1].norm == "per", i + 2 < tokens.count, tokens[i + 2].norm == "cent" { return i + 3 }
        return nil
    }

    /// Scalar offsets at which a "%" (or a space and a "%") follows: where a number token ending there is a
    /// percentage. Empty, without a pass over the text, when the text has no "%".
    static func percentSignEnds(_ text: String) -> Set<Int> {
        guard ByteSearch.contains(text, UInt8(ascii: "%")) else { return [] }
        var ends: Set<Int> = []
        var previousWasSpace = false
        for (k, s) in text.unicodeScalars.enumerated() {
            if s == "%" {
                ends.insert(k)
                if previousWasSpace { ends.insert(k - 1) }
            }
            previousWasSpace = s == " " || s == "\u{00A0}"
        }
        return ends
    }
}
