import Foundation

/// The normalised meaning of one hard detail, so "two" and "a pair of", or "11 years" and "more than a
/// decade", compare as the same claim.
enum DetailValue: Sendable, Hashable {
    /// How many, as an interval: "1,354" is [1354, 1354], "more than 1,300" (1300, 1950].
    case count(low: Double, high: Double)
    case ordinal(Int)
    case money(currency: String, amount: Double)
    case percent(Double)
    /// Month and day ("18 September", "Nov 1").
    case date(month: Int, day: Int)
    case year(Int)
    /// 1 = Monday … 7 = Sunday.
    case weekday(Int)
    /// Minutes after midnight.
    case time(Int)
    /// Length in days, as an interval: "more than a decade" is (3650, 5475].
    case duration(low: Double, high: Double)
    /// A thing named in an aligned sentence (a gift, a place); compared by its content words.
    case object(words: Set<String>)
    /// A named person's age in years (`DetailMention.subject` says whose).
    case age(Int)

    /// An exact count.
    static func count(_ n: Double) -> DetailValue { .count(low: n, high: n) }

    var kind: String {
        switch self {
        case .count: return "count"
        case .ordinal: return "ordinal"
        case .money: return "money"
        case .percent: return "percent"
        case .date: return "date"
        case .year: return "year"
        case .weekday: return "weekday"
        case .time: return "time"
        case .duration: return "duration"
        case .object: return "object"
        case .age: return "age"
        }
    }

    /// Whether two claims of the same kind can both be true.
    func isCompatible(with other: DetailValue) -> Bool {
        switch (self, other) {
        case let (.count(l1, h1), .count(l2, h2)): return l1 <= h2 && l2 <= h1
        case let (.ordinal(a), .ordinal(b)): return a == b
        case let (.money(c1, a), .money(c2, b)): return c1 == c2 && abs(a - b) <= max(a, b) * 0.005
        case let (.percent(a), .percent(b)): return abs(a - b) < 0.05
        case let (.date(m1, d1), .date(m2, d2)): return m1 == m2 && d1 == d2
        case let (.year(a), .year(b)): return a == b
        case let (.weekday(a), .weekday(b)): return a == b
        case let (.time(a), .time(b)): return a == b
        case let (.duration(l1, h1), .duration(l2, h2)): return l1 <= h2 && l2 <= h1
        case let (.object(a), .object(b)): return !a.isDisjoint(with: b)
        case let (.age(a), .age(b)): return a == b
        default: return false
        }
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
