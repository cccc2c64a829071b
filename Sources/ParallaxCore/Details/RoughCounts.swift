import Foundation

/// Counts given in words rather than figures: "hundreds of", "thousands of", "tens of thousands of", "dozens of",
/// "several hundred", "a few thousand", "two hundred". Outlets that disagree on a crowd often disagree in these
/// ("Thousands of protesters" / "several hundred protesters"), so they are intervals, not the bare "hundred".
extension DetailExtractor {
    /// The interval a count in words at token `i` gives, with its first and last token.
    static func roughCount(at i: Int, _ toks: [Token]) -> (low: Double, high: Double, first: Int, last: Int)? {
        func w(_ k: Int) -> String { k >= 0 && k < toks.count ? toks[k].norm : "" }
        if w(i) == "tens", w(i + 1) == "of", w(i + 2) == "thousands", w(i + 3) == "of" { return (20_000, 99_999, i, i + 2) }
        if let r = pluralRounds[w(i)], w(i + 1) == "of", w(i - 2) != "tens" { return (r.low, r.high, i, i) }
        guard let unit = roundUnits[w(i)] else { return nil }
        if w(i - 1) == "several" { return (2 * unit, 9.99 * unit, i - 1, i) }
        if w(i - 1) == "few", w(i - 2) == "a" { return (2 * unit, 5 * unit, i - 2, i) }
        if let n = numberWords[w(i - 1)], n >= 2, n < 100, w(i - 1) != "dozen" { return (n * unit, n * unit, i - 1, i) }
        return nil
    }

    /// "hundreds of people": at least two hundred and fewer than a thousand.
    static let pluralRounds: [String: (low: Double, high: Double)] = [
        "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    ]

    static let roundUnits: [String: Double] = ["hundred": 100, "thousand": 1_000]

    /// Words for a measure, not for things counted one by one: "thousands of feet" is a depth, "hundreds of
    /// miles" a distance, and a figure of the same unit elsewhere ("1,600 feet from the wreck") is another length.
    static let roughMeasureNouns: Set<String> = [
        "feet", "foot", "ft", "yards", "miles", "metres", "meters", "kilometres", "kilometers", "km", "inches",
        "pounds", "tons", "tonnes", "kilograms", "kilos", "kg", "gallons", "litres", "liters", "barrels", "acres",
        "hectares", "degrees",
    ]
}
