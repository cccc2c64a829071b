import Foundation

/// Lengths, read in millimetres whatever unit the copy uses: rainfall is "312 mm" in one outlet, "312
/// millimeters (12.3 inches)" in another and "over 300mm" in a third, and all three say the same thing.
/// A length is a count of millimetres whose context is `lengthMarker` (not a word, so it only meets other
/// lengths); an amount in another unit keeps the rounding its last digit allows ("12.3 inches" is 12.25 to
/// 12.35 inches), so a conversion back and forth still agrees.
extension DetailExtractor {
    /// Millimetres per unit, by the unit's written forms (folded).
    static let lengthUnits: [String: Double] = [
        "mm": 1, "millimetre": 1, "millimetres": 1, "millimeter": 1, "millimeters": 1,
        "cm": 10, "centimetre": 10, "centimetres": 10, "centimeter": 10, "centimeters": 10,
        "inch": 25.4, "inches": 25.4,
        "metre": 1000, "metres": 1000, "meter": 1000, "meters": 1000,
        "km": 1e6, "kilometre": 1e6, "kilometres": 1e6, "kilometer": 1e6, "kilometers": 1e6,
        "mile": 1_609_344, "miles": 1_609_344,
    ]

    /// Context marker of a length.
    static let lengthMarker = "(length)"

    /// A length starting at token `i`: digits or a number word then a unit word ("312 mm", "12.3 inches", "four
    /// kilometres"), or digits with the unit glued on ("300mm"). The interval is in millimetres; `last` is the unit's token.
    static func measurement(at i: Int, _ toks: [Token]) -> (low: Double, high: Double, last: Int)? {
        let t = toks[i]
        // "four kilometres", "two miles": a number word before a unit word
        if !t.isNumber, let n = numberWords[t.norm], i + 1 < toks.count, let f = lengthUnits[toks[i + 1].norm], toks[i + 1].norm.count > 2 {
            return ((n - 0.5) * f, (n + 0.5) * f, i + 1)
        }
        guard t.isNumber else { return nil }
        var digits = Substring(WordAnalyzer.numberKey(t.norm))
        var factor: Double? = nil
        var last = i
        if let suffix = lengthUnits.keys.filter({ $0.count <= 2 && digits.hasSuffix($0) }).max(by: { $0.count < $1.count }) {
            digits = digits.dropLast(suffix.count)
            factor = lengthUnits[suffix]
        } else if i + 1 < toks.count, let f = lengthUnits[toks[i + 1].norm] {
            factor = f
            last = i + 1
        }
        guard let factor, let value = Double(digits), value > 0 else { return nil }
        let decimals = digits.firstIndex(of: ".").map { digits.distance(from: $0, to: digits.endIndex) - 1 } ?? 0
        // millimetres are exact; another unit may be a rounded conversion
        let slack = factor == 1 ? 0 : pow(10, -Double(decimals)) / 2
        return ((value - slack) * factor, (value + slack) * factor, last)
    }
}
