import Foundation

/// "FERRY SERVICE RESUMES AFTER REPAIRSMarch 3, 2026 09:15": a headline set in capitals with the page's date
/// and time glued to its last word, as a copied page joins two boxes with no space between. The date is the
/// article's and no words of the headline (real pages, stop 37). Only a headline of four words or more in
/// capitals, then a month's name with a capital, the day, a comma and the year, and perhaps a clock, ending the line.
extension MetadataInference {
    static let gluedTitleDate = LinePattern(
        #"^(.*\p{Lu})((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2},? \d{4})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|IST|GMT|UTC))?)?\s*$"#)

    /// The headline and the ISO date when `title` ends with a date glued to a headline in capitals; else nil.
    static func splitGluedDate(_ title: String) -> (headline: String, date: String)? {
        guard LineShape.hasAtMost(title, scalars: 300), let m = gluedTitleDate.firstMatch(title),
              let head = m.groups[1], let when = m.groups[2],
              SourceLine.words(head, cap: 5) >= 4, LineShape.isAllCaps(head),
              let d = DateParser.find(in: when)
        else { return nil }
        return (SourceLine.trim(head), d.iso)
    }
}
