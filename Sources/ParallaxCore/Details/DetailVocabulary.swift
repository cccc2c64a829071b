import Foundation

/// The words detail extraction reads numbers, money, lengths of time and calendar names from.
extension DetailExtractor {
    static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "one": 1,
    ]
    static let ordinals: [String: Int] = [
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
    ]
    static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6]
    static let currencySymbols: [Unicode.Scalar: String] = ["$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₩": "KRW"]
    /// Days per unit.
    static let units: [String: Double] = [
        "year": 365, "years": 365, "decade": 3650, "decades": 3650, "month": 30, "months": 30, "week": 7,
        "weeks": 7, "day": 1, "days": 1, "hour": 1.0 / 24, "hours": 1.0 / 24, "minute": 1.0 / 1440, "minutes": 1.0 / 1440, "century": 36500, "centuries": 36500,
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
}
