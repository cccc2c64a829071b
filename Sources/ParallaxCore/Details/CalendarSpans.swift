import Foundation

/// "a one-year jail term" and "12 months' jail", "six months" and "26 weeks": one length of time told in
/// months, weeks or years. A month counts 30 days and a year 365, so twelve months come to 360 days and
/// would conflict with a year; lengths within 2% of each other are one length (real pages, stop 37). A
/// day's difference in a month ("30 days", "31 days") stays a difference.
enum CalendarSpans {
    static let tolerance = 0.02

    /// Whether the durations [l1, h1] and [l2, h2] overlap once each upper end is raised by the tolerance.
    static func agree(_ l1: Double, _ h1: Double, _ l2: Double, _ h2: Double) -> Bool {
        l1 <= h2 * (1 + tolerance) && l2 <= h1 * (1 + tolerance)
    }
}
