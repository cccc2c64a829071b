import Foundation

/// Amounts of money: a number (digits, a number word, or "11m" / "1.5bn" in one word) with a scale word
/// and a currency from `CurrencyTable` written before or after it.
extension DetailExtractor {
    struct MoneyAmount {
        var code: String
        var amount: Double
        /// The value of the last stated digit: 0.1 million for "$1.2 million", 1 million for "11 million".
        var unit: Double
        /// First and last token of the claim (the currency word or abbreviation included).
        var first: Int
        var last: Int
        /// Where a currency symbol before the digits starts.
        var symbolStart: Int?
    }

    /// Tabloids glue the whole scale word on too ("£3million", "$2billion"), as other styles glue "m" or "bn".
    static let suffixScales: [(String, Double)] = [
        ("trillion", 1e12), ("billion", 1e9), ("million", 1e6),
        ("bn", 1e9), ("mn", 1e6), ("tn", 1e12), ("m", 1e6), ("b", 1e9), ("k", 1e3),
    ]

    /// The number a token states, how many decimals it gives, and the scale of a suffix ("11m", "1.5bn") or of
    /// a scale word joined by a hyphen, as amounts are written before a noun ("a $1.2-billion contract").
    static func amountNumber(_ t: Token) -> (value: Double, decimals: Int, scale: Double)? {
        if let w = numberWords[t.norm] { return (w, 0, 1) }
        guard t.isNumber else { return nil }
        var body = Substring(WordAnalyzer.numberKey(t.norm))
        var scale = 1.0
        if let dash = body.firstIndex(of: "-"), let s = scales[String(body[body.index(after: dash)...])] {
            body = body[..<dash]
            scale = s
        }
        for (s, v) in suffixScales where scale == 1 && body.hasSuffix(s) {
            body = body.dropLast(s.count)
            scale = v
            break
        }
        guard let value = Double(body) else { return nil }
        let decimals = body.firstIndex(of: ".").map { body.distance(from: $0, to: body.endIndex) - 1 } ?? 0
        return (value, decimals, scale)
    }

    /// An amount written as one hyphenated word before a noun: "a two-billion-pound expansion", "a
    /// 50-million-euro fund", "a five-pound note". Without a number ("multi-million-pound") it says no amount.
    static func hyphenated(_ t: Token, table: CurrencyTable) -> (code: String, amount: Double, unit: Double)? {
        guard ByteSearch.contains(t.norm, UInt8(ascii: "-")) else { return nil }
        let parts = t.norm.split(separator: "-").map(String.init)
        guard parts.count == 2 || parts.count == 3, let code = table.names[[parts[parts.count - 1]]] else { return nil }
        let scale = parts.count == 3 ? scales[parts[1]] : 1
        guard let scale, let n = numberWords[parts[0]] ?? Double(parts[0]) else { return nil }
        let decimals = parts[0].firstIndex(of: ".").map { parts[0].distance(from: $0, to: parts[0].endIndex) - 1 } ?? 0
        return (code, n * scale, pow(10, -Double(decimals)) * scale)
    }

    static func money(at i: Int, _ toks: [Token], _ words: [String], _ scalars: [Unicode.Scalar], table: CurrencyTable = .shared) -> MoneyAmount? {
        let t = toks[i]
        if let joined = hyphenated(t, table: table) {
            return MoneyAmount(code: joined.code, amount: joined.amount, unit: joined.unit, first: i, last: i, symbolStart: nil)
        }
        guard let (n, decimals, suffix) = amountNumber(t) else { return nil }
        var amount = n * suffix
        var unit = pow(10, -Double(decimals)) * suffix
        var j = i
        if suffix == 1, i + 1 < toks.count, let s = scales[words[i + 1]] {
            amount *= s
            unit *= s
            j = i + 1
        }
        if t.isNumber, let (code, start) = table.symbol(endingAt: t.start, in: scalars) {
            return MoneyAmount(code: code, amount: amount, unit: unit, first: i, last: j, symbolStart: start)
        }
        if t.isNumber, i > 0, let code = table.abbreviations[toks[i - 1].text],
            [" ", ". ", "\u{00A0}"].contains(ScalarText.string(scalars[toks[i - 1].end..<t.start]))
        {
            return MoneyAmount(code: code, amount: amount, unit: unit, first: i - 1, last: j, symbolStart: nil)
        }
        if j + 1 < toks.count, let (code, k) = table.name(at: j + 1, words),
            !(j == i && !t.isNumber && words[j + 1] == "won")  // "the two won gold" is no money; "5,000 won" is
        {
            return MoneyAmount(code: code, amount: amount, unit: unit, first: i, last: j + k, symbolStart: nil)
        }
        // a code after the amount ends the phrase ("11 million SEK.", "500 EUR a month"); "two SAR helicopters",
        // "3 AED units" are not money
        if j + 1 < toks.count, let code = table.abbreviations[toks[j + 1].text], toks[j].end + 1 == toks[j + 1].start,
            j + 2 >= toks.count || StopWords.contains(words[j + 2])
                || !ScalarText.string(scalars[toks[j + 1].end..<toks[j + 2].start]).allSatisfy({ $0 == " " })
        {
            return MoneyAmount(code: code, amount: amount, unit: unit, first: i, last: j + 1, symbolStart: nil)
        }
        return nil
    }
}
