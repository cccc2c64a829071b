import Foundation

/// A sidebar of other stories pasted as lines, each a headline with its date after a dash ("Council approves the
/// tram depot - Nov 6, 2020"): two such lines or more in a row are links to other articles, not a paragraph of the
/// story (pasted without blank lines they were glued into one) nor the page's headline.
extension Cleaner {
    static func datedTeasers(_ lines: [SourceLine]) -> [Int] {
        var found: [Int] = []
        var run: [Int] = []
        func close() {
            if run.count >= 2 { found += run }
            run = []
        }
        for i in lines.indices where !lines[i].isBlank {
            if isDatedTeaser(lines[i].text) { run.append(i) } else { close() }
        }
        close()
        return found
    }

    /// A headline of five words or more (no byline's "By"), a dash or bar, and a date with its year ending the line.
    static func isDatedTeaser(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 240), SourceLine.words(text, cap: 31) <= 30 else { return false }
        let key = LineShape.key(text)
        guard let m = datedTail.firstMatch(key) else { return false }
        let head = ScalarText.slice(key, 0, m.start)
        return SourceLine.words(head, cap: 5) >= 5 && !head.hasPrefix("by ") && !LineShape.endsLikeSentence(head)
    }

    static let datedTail = LinePattern(#"\s[-–—|]\s*((\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?( \d{1,2}(st|nd|rd|th)?)?,? \d{4}|\d{1,2}/\d{1,2}/\d{4})$"#)
}
