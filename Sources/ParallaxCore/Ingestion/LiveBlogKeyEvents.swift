import Foundation

extension Cleaner {
    static let keyEventsLabel = LinePattern(#"^key (events|posts|moments|updates)\W*$"#)
    static let stampedLink = LinePattern(#"^(\d{1,2}[:.]\d\d( ?(am|pm|a\.m\.|p\.m\.|bst|gmt|ist|cet|aest|aedt))?|\d{1,3} ?(h|m|min|mins|hr|hrs|hours?|minutes?|days?) ago)\s+\S"#)
    static let showKeyEvents = LinePattern(#"^(show|see|view) (all )?key (events|posts|moments)( only)?\W*$"#)

    /// A live page's box of links under "Key events": one line per post, its time before its headline
    /// ("20:52 Death toll rises to 16", "2h ago ESB says repairs …"), down to "Show all key events". The posts
    /// themselves follow on the page; the box only repeats their headlines.
    static func keyEventLinks(_ lines: [SourceLine]) -> [Int] {
        var found: [Int] = []
        for i in lines.indices where !lines[i].isBlank && LineShape.hasAtMost(lines[i].text, scalars: 20)
            && keyEventsLabel.matches(LineShape.key(lines[i].text)) {
            var j = i + 1
            var links: [Int] = []
            while j < lines.count, links.count <= 15 {
                if lines[j].isBlank { j += 1; continue }
                let t = lines[j].text
                guard LineShape.hasAtMost(t, scalars: 160) else { break }
                let key = LineShape.key(t)
                if showKeyEvents.matches(key) { links.append(j); break }
                guard stampedLink.matches(key), SourceLine.words(t, cap: 21) <= 20 else { break }
                links.append(j)
                j += 1
            }
            if links.count >= 2 { found += links }
        }
        return found
    }
}
