import Foundation

/// A line of a reactions box ("Reactions:", "What they said:") closing a story: one person's words and who
/// they are, "“…” — Name, role" or "Name, role: “…”". Such a line rarely ends like a sentence (the credit
/// follows the quote) and several stand together at the page's end, so the rules for teaser headlines took the
/// box for other stories' headlines and the quotes were lost. A headline quotes a few words inside its own
/// words; this line is a quote of a sentence or more with a short credit beside it.
extension LineShape {
    static func isCreditedQuote(_ text: String) -> Bool {
        guard hasAtMost(text, scalars: 500) else { return false }
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let first = t.first else { return false }
        // "“…” — Name, role": the quote opens the line, the credit follows a dash after its closing mark.
        if Cleaner.openingQuotes.contains(first) {
            let chars = Array(t)
            for i in 1..<chars.count where Cleaner.closingQuotes.contains(chars[i]) {
                var j = i + 1
                while j < chars.count, chars[j] == " " || chars[j] == "\u{00A0}" { j += 1 }
                guard j < chars.count, "—–―-".contains(chars[j]) else { continue }
                j += 1
                while j < chars.count, chars[j] == " " || chars[j] == "\u{00A0}" { j += 1 }
                guard j < chars.count, chars[j].isUppercase else { continue }
                let quote = String(chars[1..<i]), credit = String(chars[j...])
                return SourceLine.words(quote, cap: 3) >= 3 && SourceLine.words(credit, cap: 13) <= 12
            }
            return false
        }
        // "Name, role: “…”": a short credit that opens with a capital, a colon, then the quote to the line's end.
        guard first.isUppercase, let last = t.last, Cleaner.closingQuotes.contains(last),
              let colon = t.range(of: ": ") else { return false }
        let credit = t[..<colon.lowerBound]
        let rest = t[colon.upperBound...].drop(while: { $0 == " " })
        guard let open = rest.first, Cleaner.openingQuotes.contains(open), !credit.contains(where: { Cleaner.openingQuotes.contains($0) }),
              SourceLine.words(String(credit), cap: 13) <= 12 else { return false }
        return SourceLine.words(String(rest.dropFirst().dropLast()), cap: 3) >= 3
    }
}
