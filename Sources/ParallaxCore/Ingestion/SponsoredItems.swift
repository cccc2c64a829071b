import Foundation

/// A line a page adds inside the story that is no part of it: the one advertised item under a "Sponsored"
/// label. (A column's pull quote, words of the story set again alone in quote marks, stays: the README's
/// demo column keeps one, and alignment links it to the sentence it repeats.)
extension Cleaner {
    /// "Sponsored" / "Upgrade your data centre cooling with liquid loops": the label names the line under it
    /// an advertisement, when that line is a short title, not a sentence of the story.
    static func sponsoredItems(_ lines: [SourceLine]) -> [Int] {
        var found: [Int] = []
        for i in lines.indices where !lines[i].isBlank && LineShape.hasAtMost(lines[i].text, scalars: 20)
            && sponsorLabel.matches(LineShape.key(lines[i].text)) {
            guard let j = nextNonBlankIndex(lines, after: i) else { continue }
            let t = lines[j].text
            if SourceLine.words(t, cap: 13) <= 12, !LineShape.endsLikeSentence(t), !LineShape.isAllCaps(t),
               ChromeRules.reason(for: t) == nil, !t.unicodeScalars.contains(where: { quoteMarks.contains($0) }) {
                found.append(j)
            }
        }
        return found
    }

    static let quoteMarks = Set("\"“‘".unicodeScalars)
    static let sponsorLabel = LinePattern(#"^(sponsored|promoted|paid content|paid post|sponsored content|partner content)\W*$"#)
}
