import Foundation

/// Reads the publication dates that web pages print ("Nov 3, 2025", "4 November 2025", "2025-11-03",
/// "Monday, November 3rd, 2025") into ISO `YYYY-MM-DD`.
///
/// Only unambiguous forms: a numeric "03/11/2025" means different days in different countries, so it is
/// not guessed.
public enum DateParser {
    public struct Found: Sendable, Equatable {
        public var iso: String
        /// Scalar range of the date in the searched text.
        public var start: Int
        public var end: Int
    }

    static let monthNames = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"

    static let patterns: [(LinePattern, order: (y: Int, m: Int, d: Int))] = [
        (LinePattern(#"\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"#), (1, 2, 3)),
        (LinePattern(#"\b(\d{4})/(\d{1,2})/(\d{1,2})\b"#), (1, 2, 3)),
        (LinePattern(#"\b("# + monthNames + #")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})(?:(?!\d)|(?=\d{1,2}:\d\d))"#), (3, 1, 2)),
        // "Published On 1 Dec 20261 Dec 2026": a page that prints the day twice (published, updated) may paste
        // the two glued, the second day's figures against the first's year.
        (LinePattern(#"\b(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?("# + monthNames + #")\.?,?\s+(\d{4})(?:(?!\d)|(?=\d{1,2}:\d\d)|(?=\d{1,2}\s+(?:"# + monthNames + #")\b))"#), (3, 2, 1)),
        // "24-Nov-2026 09:12 GMT" (a wire terminal's), "27.nov.2026 at 15h40" (a Brazilian site's).
        (LinePattern(#"\b(\d{1,2})[-.]("# + monthNames + #")[-.](\d{4})(?!\d)"#), (3, 2, 1)),
    ]

    /// "05-05-2013", "24.02.2014": day and month in figures, read only when the order cannot matter or
    /// cannot be mistaken (a part over 12 is the day); "03/11/2025" stays unread.
    static let numericPattern = LinePattern(#"\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/.-])"#)

    static func numericDate(_ key: String) -> Found? {
        guard let m = numericPattern.firstMatch(key), let a = m.groups[1].flatMap({ Int($0) }),
            let b = m.groups[3].flatMap({ Int($0) }), let y = m.groups[4].flatMap({ Int($0) })
        else { return nil }
        let (day, month): (Int, Int)
        if a == b || b > 12 { (day, month) = (b, a) } else if a > 12 { (day, month) = (a, b) } else { return nil }
        return iso(year: y, month: month, day: day).map { Found(iso: $0, start: m.start, end: m.end) }
    }

    static let monthDayPatterns: [(LinePattern, order: (m: Int, d: Int))] = [
        (LinePattern(#"\b("# + monthNames + #")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?!\s*,?\s+\d{4})"#), (1, 2)),
        (LinePattern(#"\b(\d{1,2})(?:st|nd|rd|th)?\s+("# + monthNames + #")\b\.?(?!,?\s+\d{4})"#), (2, 1)),
    ]

    /// A day without a year ("Oct 7", "7 October"), as wire datelines print it: month and day.
    static func monthDay(in text: String) -> (month: Int, day: Int)? {
        guard LineShape.hasAtMost(text, scalars: 200) else { return nil }
        let key = LineShape.key(text)
        for (regex, order) in monthDayPatterns {
            guard let m = regex.firstMatch(key) else { continue }
            let parts = (1...2).map { m.groups[$0] ?? "" }
            guard let d = Int(parts[order.d - 1]), let mo = month(parts[order.m - 1]), (1...31).contains(d) else { continue }
            return (mo, d)
        }
        return nil
    }

    /// The first well-formed date in `text`.
    public static func find(in text: String) -> Found? {
        guard LineShape.hasAtMost(text, scalars: 400), hasYear(text) else { return nil }
        let key = LineShape.key(text)
        var best: Found?
        for (regex, order) in patterns {
            guard let m = regex.firstMatch(key) else { continue }
            let parts = (1...3).map { m.groups[$0] ?? "" }
            guard let y = Int(parts[order.y - 1]), let d = Int(parts[order.d - 1]),
                let mo = Int(parts[order.m - 1]) ?? month(parts[order.m - 1]),
                let iso = iso(year: y, month: mo, day: d)
            else { continue }
            let start = m.start, end = m.end
            if best == nil || start < best!.start { best = Found(iso: iso, start: start, end: end) }
        }
        if let n = numericDate(key), best == nil || n.start < best!.start { best = n }
        return best
    }

    /// Every accepted form has four digits in a row; most lines have none, and this check is cheap.
    static func hasYear(_ s: String) -> Bool {
        var run = 0
        for u in s.utf8 {
            if u >= 48 && u <= 57 { run += 1; if run == 4 { return true } } else { run = 0 }
        }
        return false
    }

    /// A whole value such as a header's `Date:` field, in any of the forms above.
    public static func parse(_ text: String) -> String? { find(in: text)?.iso }

    static func month(_ name: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return names.firstIndex(of: String(name.prefix(3))).map { $0 + 1 }
    }

    static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1900...2200).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
