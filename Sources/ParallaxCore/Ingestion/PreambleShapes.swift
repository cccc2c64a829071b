import Foundation

/// Lines that look like one thing and are another: a question or a deck that is the headline or the standfirst,
/// not the story's first sentence, and an obituary's fact box, whose "Died: 22 November 2026" is neither a date
/// line nor a byline.
extension MetadataInference {
    /// "Born: Eileen Carrow, 3 March 1938, Kelderby", "Died: …", "Married: …", "Children: …".
    static func isFactBoxLine(_ text: String) -> Bool {
        LineShape.hasAtMost(text, scalars: 300) && SourceLine.words(text, cap: 31) <= 30 && factBox.matches(LineShape.key(text))
    }

    static let factBox = LinePattern(#"^(born|died|married|children|spouse|spouses|partner|education|educated|survived by|parents|nationality|occupation|career|awards|honours|honors)\s*:\s*\S"#)

    /// "Inspected 2–13 November 2026", "Fieldwork: 3-7 March 2026": when the work a report describes was done, a
    /// range of days under a label. Not the day it was published, and no one's name.
    static func isDateRange(_ text: String) -> Bool {
        LineShape.hasAtMost(text, scalars: 80) && dateRange.matches(text)
    }

    static let dateRange = LinePattern(#"^\p{Lu}[\p{L} ]{2,30}:? \d{1,2}\s*[–\-]\s*\d{1,2} \p{L}{3,9},? \d{4}$"#)

    /// "Is Apple Seeing Downside of Its Rumor Machine?": most longer words capitalised, as headlines are set.
    static func isTitleCase(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { $0.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 4 }
        guard words.count >= 3 else { return false }
        let capitalised = words.filter { $0.unicodeScalars.first { $0.properties.isAlphabetic }?.properties.isUppercase == true }.count
        return capitalised * 4 >= words.count * 3
    }

    /// "(Reuters) - Cisco Systems said …": a wire story opening with its agency alone in brackets.
    static let leadingAgency = LinePattern(#"^\(([A-Za-z][A-Za-z .&'\-]{1,30})\)\s*[\-–—:]"#)

    /// "Iain Drummond-Kerr" / "Committee" / "Nov 26": a forum post's header, its poster's name over a badge and
    /// the day it was posted (a month and a day, no year), as a comment section prints it too.
    static func postedOn(after i: Int, _ lines: [SourceLine]) -> Bool {
        let next = lines.indices[(i + 1)...].lazy.filter { !lines[$0].isBlank }.prefix(2)
        return next.contains { k in
            LineShape.hasAtMost(lines[k].text, scalars: 12) && postDay.matches(LineShape.key(lines[k].text))
        } && next.allSatisfy { SourceLine.words(lines[$0].text, cap: 4) <= 3 && !LineShape.endsLikeSentence(lines[$0].text) }
    }

    static let postDay = LinePattern(#"^((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)$"#)

    /// Whether the next line of the page after `i` is one the inference took out as a byline, a date line or a
    /// dateline: what stands right over the credits is the page's headline or deck.
    static func standsOverCredits(_ i: Int, input: [SourceLine], removed: [RemovedLine]) -> Bool {
        guard let n = input.indices[(i + 1)...].first(where: { !input[$0].isBlank }) else { return false }
        return removed.contains {
            $0.line == input[n].number && ($0.reason.hasPrefix("byline") || $0.reason.hasPrefix("publication date") || $0.reason.hasPrefix("dateline"))
        }
    }

    /// A question in title case, or one right over a byline or a date line, is the headline, not the story's first
    /// sentence. `overCredits` is asked last: it searches what was removed.
    static func isQuestionHeadline(_ t: String, overCredits: () -> Bool) -> Bool {
        guard t.hasSuffix("?"), SourceLine.words(t, cap: 21) <= 20, SentenceSplitter.split(t).count == 1 else { return false }
        if isTitleCase(t) { return true }
        return overCredits()
    }

    /// "Twelve cedar masks … a turning point for regional museums" / "Esther Maclaren Arts correspondent": a long
    /// standfirst with no closing stop right over the byline or the date line is the page's deck, not its first
    /// paragraph (a story's paragraphs end like sentences, and credits stand above them).
    static func isStandfirstOverCredits(_ t: String, overCredits: () -> Bool) -> Bool {
        !LineShape.endsLikeSentence(t) && !LineShape.endsInsideASentence(t) && SourceLine.words(t, cap: 61) <= 60
            && SentenceSplitter.split(t).count == 1 && overCredits()
    }

    /// "Spain reigns as the long wait goes on" over "Captain the hero as La Roja tame Lionesses": a headline that
    /// ends in a particle reads like a sentence the paste broke off, but the line under it is a deck (short, no
    /// closing stop), where the rest of a broken sentence would end like one.
    static func isHeadlineOverDeck(_ t: String, next: String?) -> Bool {
        guard let next else { return false }
        return !LineShape.endsLikeSentence(t) && SourceLine.words(t, cap: 16) <= 15
            && !LineShape.endsLikeSentence(next) && SourceLine.words(next, cap: 21) <= 20
            && next.unicodeScalars.first?.properties.isUppercase == true
    }
}

