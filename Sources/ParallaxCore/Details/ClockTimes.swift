import Foundation

/// Times of day as news copy writes them: "2:03 a.m.", "11 p.m.", "3am", "9.30am", 24-hour "11:45" and
/// "09:45 GMT". A bare "9.30" is a decimal and "2:03:45" a race time, so neither is read.
extension DetailExtractor {
    /// Offsets from UTC in minutes of zone abbreviations written in capitals after a time. Ambiguous ones
    /// ("IST": Irish or Indian, "CST": US Central or China) are left out: a time with them has no zone.
    static let zoneOffsets: [String: Int] = [
        "GMT": 0, "UTC": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
        "MSK": 180, "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
        "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    ]

    /// Words before a time that make it a bound: "just before 10am" (-1), "shortly after 9pm" (+1).
    static let timeBounds: [String: Int] = ["before": -1, "after": 1]

    /// How far past its bound a time "just before" or "shortly after" it may lie, in minutes.
    static let boundReach = 60
    /// Words that make a time rough ("around 8 pm", "about 7.30am").
    static let roughTimeWords: Set<String> = ["about", "around", "approximately", "roughly", "circa"]
    /// How far a moment may lie from a rough time and still fit it: a rounding to the nearest quarter hour ("7:55 PM" /
    /// "around 8 pm"). Half an hour off ("about 6.30am" / "about 7.30am" is an hour) stays a conflict.
    static let roughReach = 15

    /// Minutes after midnight of the time starting at token `i`, and its last token (zone not included).
    static func clockTime(at i: Int, _ toks: [Token], _ scalars: [Unicode.Scalar]) -> (minutes: Int, last: Int)? {
        if let spelled = spelledClockTime(at: i, toks, scalars) { return spelled }
        guard toks[i].isNumber else { return nil }
        func gap(_ k: Int) -> String {  // text between token k-1 and token k
            ScalarText.string(scalars[toks[k - 1].end..<toks[k].start])
        }
        func meridiem(_ k: Int) -> (pm: Bool, last: Int)? {
            guard k < toks.count else { return nil }
            if ["am", "pm"].contains(toks[k].norm), gap(k).allSatisfy({ $0 == " " || $0 == "\u{00A0}" }) {
                return (toks[k].norm == "pm", k)
            }
            if k + 1 < toks.count, ["a", "p"].contains(toks[k].norm), toks[k + 1].norm == "m", gap(k + 1) == "." {
                return (toks[k].norm == "p", k + 1)
            }
            return nil
        }
        func twelveHour(_ h: Int, _ m: Int, pm: Bool) -> Int? {
            (1...12).contains(h) ? ((h % 12) + (pm ? 12 : 0)) * 60 + m : nil
        }
        var body = Substring(toks[i].norm)
        var suffix: Bool? = nil  // "3am", "9.30pm"
        if body.hasSuffix("am") || body.hasSuffix("pm") { suffix = body.hasSuffix("pm"); body = body.dropLast(2) }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts[0].count <= 2, let h = Int(parts[0]) else { return nil }
        var minutes = 0
        if parts.count == 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), m < 60 else { return nil }
            minutes = m
        }
        if let pm = suffix { return twelveHour(h, minutes, pm: pm).map { ($0, i) } }
        var j = i + 1
        var colon = false
        if parts.count == 1, j < toks.count, gap(j) == ":", toks[j].norm.count == 2, let m = Int(toks[j].norm), m < 60 {
            minutes = m
            j += 1
            colon = true
        }
        if let (pm, last) = meridiem(j) { return twelveHour(h, minutes, pm: pm).map { ($0, last) } }
        // 24-hour "11:45", not a race time "2:03:45" nor the tail of one
        guard colon, h < 24 else { return nil }
        if j < toks.count, toks[j].isNumber, gap(j) == ":" { return nil }
        if i > 0, toks[i - 1].isNumber, gap(i) == ":" { return nil }
        return (h * 60 + minutes, j - 1)
    }

    /// A time in words, as columns and features write it: "half past ten in the morning", "a quarter to nine at
    /// night", "ten o'clock in the morning", "half past two p.m.". Only with the part of the day (or a.m./p.m.):
    /// "on the quay at three o'clock" does not say which three.
    static func spelledClockTime(at i: Int, _ toks: [Token], _ scalars: [Unicode.Scalar]) -> (minutes: Int, last: Int)? {
        func word(_ k: Int) -> String { k < toks.count ? toks[k].norm : "" }
        func hour(_ k: Int) -> Int? {
            guard k < toks.count else { return nil }
            let h = toks[k].isNumber ? Int(toks[k].norm) : numberWords[toks[k].norm].map { Int($0) }
            return h.flatMap { (1...12).contains($0) ? $0 : nil }
        }
        var h: Int, m: Int, j: Int
        switch word(i) {
        case "half" where word(i + 1) == "past":
            guard let x = hour(i + 2) else { return nil }
            (h, m, j) = (x, 30, i + 3)
        case "quarter" where ["past", "to"].contains(word(i + 1)):
            guard let x = hour(i + 2) else { return nil }
            (h, m, j) = word(i + 1) == "past" ? (x, 15, i + 3) : (x == 1 ? 12 : x - 1, 45, i + 3)
        default:
            // (Both spellings start with "o", which the replacement never touches: Foundation's replacement
            // ran at every number.)
            guard let x = hour(i), word(i + 1).utf8.first == UInt8(ascii: "o"),
                ["o'clock", "oclock"].contains(word(i + 1).replacingOccurrences(of: "\u{2019}", with: "'")) else { return nil }
            (h, m, j) = (x, 0, i + 2)
        }
        let pm: Bool, last: Int
        if word(j) == "in", word(j + 1) == "the", ["morning", "afternoon", "evening"].contains(word(j + 2)) {
            (pm, last) = (word(j + 2) != "morning", j + 2)
        } else if word(j) == "at", word(j + 1) == "night" {
            (pm, last) = (h >= 6 && h != 12, j + 1)
        } else if ["am", "pm"].contains(word(j)) {
            (pm, last) = (word(j) == "pm", j)
        } else if ["a", "p"].contains(word(j)), word(j + 1) == "m" {
            (pm, last) = (word(j) == "p", j + 1)
        } else {
            return nil
        }
        return (((h % 12) + (pm ? 12 : 0)) * 60 + m, last)
    }
}
