import Foundation

/// Shares written as fractions, as copy gives them beside percentages: "one in four entrants", "a third of voters",
/// "two-thirds of", "half of", "rose by almost a third". Read in per cent as an interval (`DetailValue.share`): "a
/// third" is loose, 30–36.7 %, so "33%" fits it and "12%" does not.
extension DetailExtractor {
    /// Per cent per fraction word.
    static let fractionWords: [String: Double] = [
        "third": 100.0 / 3, "thirds": 100.0 / 3, "quarter": 25, "quarters": 25, "fifth": 20, "fifths": 20,
    ]

    /// The share a fraction starting at token `i` states (per cent), with its first and last token.
    static func share(at i: Int, _ toks: [Token]) -> (percent: Double, first: Int, last: Int)? {
        func w(_ k: Int) -> String { k >= 0 && k < toks.count ? toks[k].norm : "" }
        func count(_ s: String) -> Double? {
            if s == "a" || s == "an" { return 1 }
            if let n = numberWords[s] { return n }
            return startsWithDigit(s) ? Double(s) : nil
        }
        /// A share of something ("a third of voters") or a change by it ("rose by almost a third").
        func ofOrBy(after last: Int) -> Bool {
            // "a quarter of a million pounds" is an amount, not a share
            if w(last + 1) == "of" { return !(["a", "an"].contains(w(last + 2)) && scales[w(last + 3)] != nil) }
            var k = i - 1
            if ["almost", "nearly", "about", "around", "roughly", "over", "under"].contains(w(k)) { k -= 1 }
            if w(k) == "than", ["more", "less"].contains(w(k - 1)) { k -= 2 }
            if w(k) == "just" { k -= 1 }
            return w(k) == "by"
        }
        // "one in four entrants", "1 in 5 adults": a noun must follow, so "one in 2019" or "one in ten days" of a
        // list is not read as a share of nothing
        if w(i) != "a", w(i) != "an", let x = count(w(i)), w(i + 1) == "in", let n = count(w(i + 2)), n >= 2, n <= 100, x < n,
            i + 3 < toks.count, !toks[i + 3].isNumber, !StopWords.contains(w(i + 3)), units[w(i + 3)] == nil
        {
            return (100 * x / n, i, i + 2)
        }
        // "two-thirds of", "three-quarters of"
        if ByteSearch.contains(w(i), UInt8(ascii: "-")) {
            let parts = w(i).split(separator: "-").map(String.init)
            if parts.count == 2, let x = count(parts[0]), let f = fractionWords[parts[1]], ofOrBy(after: i) { return (x * f, i, i) }
            return nil
        }
        // "a third of", "two thirds of", "by almost a quarter"
        if let x = count(w(i)), let f = fractionWords[w(i + 1)], (x == 1) == !w(i + 1).hasSuffix("s"), x * f < 100, ofOrBy(after: i + 1) {
            return (x * f, i, i + 1)
        }
        // "half of the city's voters", "by more than half" (not "the first half of")
        if w(i) == "half", !["the", "first", "second"].contains(w(i - 1)), ofOrBy(after: i) { return (50, i, i) }
        return nil
    }

    /// The word a percentage is of when a verb of being stands before it: "Turnout was 36.2 per cent", "a turnout
    /// of 36.2%", "Inflation stood at 3.8%" give "turnout" and "inflation", not "was", "of" or "at".
    static func subject(before i: Int, _ toks: [Token]) -> String? {
        var k = i - 1
        var skipped = false
        while k >= 0, i - k <= 3, ["was", "is", "were", "are", "stood", "at", "of", "remained", "reached"].contains(toks[k].norm) {
            k -= 1
            skipped = true
        }
        guard skipped, k >= 0, !toks[k].isNumber, toks[k].norm.count >= 3, !StopWords.contains(toks[k].norm) else { return nil }
        return toks[k].norm
    }
}
