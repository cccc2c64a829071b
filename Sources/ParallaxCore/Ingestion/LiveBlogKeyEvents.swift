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

/// A live page's post opens with its time alone on a line ("14:52 GMT", "20:52", "11.05am", "Posted at 07:52")
/// and its heading.
enum LivePostTime {
    static let postTime = LinePattern(#"^((posted|updated|added|published) (at )?)?\d{1,2}[:.]\d\d ?(am|pm|a\.m\.|p\.m\.)?( ?[a-z]{2,5})?$"#)

    static func matches(_ text: String) -> Bool {
        LineShape.hasAtMost(text, scalars: 28) && postTime.matches(LineShape.key(text))
    }
}

extension MetadataInference {
    /// Whether line `i`, between the byline and the first paragraph, is the heading of a live page's first
    /// post: it follows the post's time right after it and stands right over the post's text (or over a
    /// reporter's name that does). Without this the first post lost its heading as a caption while every
    /// later post kept its own. `kept`: the heading already kept, so the name line under it stays too.
    static func postHeading(_ i: Int, lines: [SourceLine], input: [SourceLine], bodyStart: Int, cleanedAway: Set<Int>,
                            postTimes: Set<Int>, kept: Int?) -> Bool {
        let t = lines[i].text
        guard SourceLine.words(t, cap: 15) <= 14, !LineShape.endsLikeSentence(t) || t.hasSuffix("!") || t.hasSuffix("?") else { return false }
        let next = lines.indices[(i + 1)...].first { !lines[$0].isBlank }
        // The line right before it in the paste, whoever removed it.
        let number = lines[i].number
        let before = max(input.indices[..<i].last { !input[$0].isBlank }.map { input[$0].number } ?? -1,
                         cleanedAway.filter { $0 < number }.max() ?? -1)
        if let k = kept, input.indices[..<i].last(where: { !input[$0].isBlank }) == k, before == lines[k].number {
            return next == bodyStart && isPersonName(t) && SourceLine.words(t, cap: 5) <= 4
        }
        guard postTimes.contains(before) else { return false }
        if next == bodyStart { return true }
        guard let n = next, isPersonName(lines[n].text), SourceLine.words(lines[n].text, cap: 5) <= 4 else { return false }
        return lines.indices[(n + 1)...].first { !lines[$0].isBlank } == bodyStart
    }
}
