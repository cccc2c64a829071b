import Foundation

/// The normalised meaning of one hard detail, so "two" and "a pair of", or "11 years" and "more than a
/// decade", compare as the same claim.
enum DetailValue: Sendable, Hashable {
    /// How many, as an interval: "1,354" is [1354, 1354], "more than 1,300" (1300, 1950].
    case count(low: Double, high: Double)
    case ordinal(Int)
    /// An amount as an interval ("about $1.17 million" is [0.85, 1.15] × 1.17 million) and half the unit of
    /// its last stated digit (`tolerance`: "$1.2 million" may be 1.17 million rounded, "11 million" is not 10).
    case money(currency: String, low: Double, high: Double, tolerance: Double)
    case percent(Double)
    /// A share given as a fraction, in per cent, as an interval ("a third" is 30–36.7, "almost a third" 26.7–33.3);
    /// of kind `percent`, compared with percentages.
    case share(low: Double, high: Double)
    /// Month and day ("18 September", "Nov 1").
    case date(month: Int, day: Int)
    case year(Int)
    /// 1 = Monday … 7 = Sunday.
    case weekday(Int)
    /// Minutes after midnight, and the stated zone's offset from UTC in minutes ("09:45 GMT" is 0,
    /// "8pm BST" 60); `nil` when no zone is stated.
    case time(minutes: Int, zone: Int?)
    /// Length in days, as an interval: "more than a decade" is (3650, 5475].
    case duration(low: Double, high: Double)
    /// A thing named in an aligned sentence (a gift, a place); compared by its content words.
    case object(words: Set<String>)
    /// A named person's age in years (`DetailMention.subject` says whose).
    case age(Int)

    /// An exact count.
    static func count(_ n: Double) -> DetailValue { .count(low: n, high: n) }
    /// An exact amount.
    static func money(currency: String, amount: Double) -> DetailValue { .money(currency: currency, low: amount, high: amount, tolerance: 0) }
    /// A time of day with no zone.
    static func time(_ minutes: Int) -> DetailValue { .time(minutes: minutes, zone: nil) }

    var kind: String {
        switch self {
        case .count: return "count"
        case .ordinal: return "ordinal"
        case .money: return "money"
        case .percent, .share: return "percent"
        case .date: return "date"
        case .year: return "year"
        case .weekday: return "weekday"
        case .time: return "time"
        case .duration: return "duration"
        case .object: return "object"
        case .age: return "age"
        }
    }

    var isShare: Bool {
        if case .share = self { return true }
        return false
    }

    /// Whether two claims of the same kind can both be true.
    func isCompatible(with other: DetailValue) -> Bool {
        switch (self, other) {
        case let (.count(l1, h1), .count(l2, h2)): return Self.countsOverlap((l1, h1), (l2, h2))
        case let (.ordinal(a), .ordinal(b)): return a == b
        case let (.money(c1, l1, h1, t1), .money(c2, l2, h2, t2)):
            // the less precise figure decides how far apart a rounded amount may be (and never under 0.5 %)
            let tolerance = max(t1, t2, max(h1, h2) * 0.005)
            return c1 == c2 && l1 - tolerance <= h2 && l2 - tolerance <= h1
        case let (.percent(a), .percent(b)): return abs(a - b) < 0.05
        case let (.percent(a), .share(l, h)), let (.share(l, h), .percent(a)): return l - 0.05 <= a && a <= h + 0.05
        case let (.share(l1, h1), .share(l2, h2)): return l1 <= h2 && l2 <= h1
        case let (.date(m1, d1), .date(m2, d2)): return m1 == m2 && d1 == d2
        case let (.year(a), .year(b)): return a == b
        case let (.weekday(a), .weekday(b)): return a == b
        case let (.time(a, za), .time(b, zb)):
            // "11:45 CET" and "09:45 GMT" are one instant; without both zones only the same clock reading agrees
            if let za, let zb { return ((a - za) - (b - zb) + 2 * 1440) % 1440 == 0 }
            return a == b
        case let (.duration(l1, h1), .duration(l2, h2)): return CalendarSpans.agree(l1, h1, l2, h2)
        case let (.object(a), .object(b)): return !a.isDisjoint(with: b)
        case let (.age(a), .age(b)): return a == b
        default: return false
        }
    }

    /// Two counts agree when their intervals share a good part of the narrower one, not only the fuzz at an edge:
    /// "about 1,900" (1,615–2,185) just reaches "thousands" (2,000–9,999), but 1,900 is not thousands; "about 300"
    /// and "more than 300" share about half of the narrower and agree. A single figure agrees when it lies inside.
    static func countsOverlap(_ a: (low: Double, high: Double), _ b: (low: Double, high: Double)) -> Bool {
        guard a.low <= b.high, b.low <= a.high else { return false }
        let narrower = min(a.high - a.low, b.high - b.low)
        guard narrower > 0 else { return true }
        return (min(a.high, b.high) - max(a.low, b.low)) / narrower >= minimumCountOverlap
    }

    static let minimumCountOverlap = 0.4

    /// Two times that may be one instant in different zones: a zone is missing on one side and they differ by
    /// whole hours, or by quarter hours when three hours or more apart (India's +5:30 or Nepal's +5:45 against
    /// Europe). Such a difference is no conflict. Half an hour between near times ("declared at 3.40am" / "came at
    /// 4.10am") is a different time: zones that close and half an hour apart (Adelaide, Sydney) are rare.
    func mayDifferOnlyByZone(_ other: DetailValue) -> Bool {
        guard case let .time(a, za) = self, case let .time(b, zb) = other, za == nil || zb == nil else { return false }
        let apart = abs(a - b) % 1440
        let d = min(apart, 1440 - apart)
        return d % 60 == 0 || d % 15 == 0 && d >= 180
    }

    /// Durations of years and of days describe different things ("a two-day visit", "first visit in 11
    /// years"); only durations of the same scale are compared.
    var scale: Int {
        if case let .duration(l, h) = self {
            let mid = (l + h) / 2
            return mid >= 300 ? 2 : (mid >= 20 ? 1 : 0)
        }
        return 0
    }
}
