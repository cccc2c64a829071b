import Foundation

/// The lines that carry a date: wire datelines ("Seoul (AFP) Nov 3, 2025", a press release's "LOS ANGELES,
/// Nov. 21, 2025 /PRNewswire/ —"), date lines with a name or a label ("Published: Monday, 3 November 2025"),
/// and dates set in columns.
extension MetadataInference {
    struct Dateline {
        var agency: String?
        var date: String?
        /// "STOCKHOLM, Oct 7 (Nordwire)": the day the place part gives, when it gives no year.
        var day: (month: Int, day: Int)? = nil
    }

    static let releaseWire = LinePattern(
        #"^\p{Lu}[\p{L} .,'’\-]{1,60}?,\s*(\p{L}{3,9}\.? \d{1,2},? \d{4})\s*(?:/\s*(PR ?Newswire|Globe ?Newswire)[^/]{0,40}/|\(?(GLOBE NEWSWIRE|BUSINESS WIRE)\)?)"#,
        caseInsensitive: true)

    static let datelinePattern = LinePattern(
        #"^([A-Z][\p{L}\p{M}\p{N} .,'’/\-]{1,60}?)\s*\(([A-Za-z][A-Za-z.&' ]{1,30})\)\s*[\-–—:,]?\s*(.*)$"#)

    /// "Seoul (AFP) Nov 3, 2025" — a place, an agency in brackets, and at most a date. With `prefixOnly`,
    /// the start of a paragraph ("Gyeongju, South Korea (AFP) Nov 1, 2025 - South Korean...").
    static func dateline(_ text: String, prefixOnly: Bool = false) -> Dateline? {
        guard LineShape.hasAtMost(text, scalars: 120), text.contains("("), let m = datelinePattern.firstMatch(text, whole: true),
            let agencyText = m.groups[2], let rest = m.groups[3]
        else { return nil }
        // The place is a name: a few capitalised words ("Gyeongju, South Korea", "SEOUL, Nov 3"), not a
        // caption that happens to end with an agency credit.
        let place = (m.groups[1] ?? "").split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
        let small: Set<Substring> = ["of", "de", "del", "la", "le", "am", "an", "upon", "on", "sur", "du", "da", "al", "el"]
        guard place.count <= 6, place.allSatisfy({ $0.first!.isUppercase || $0.first!.isNumber || small.contains($0) }) else { return nil }
        // "Acacia Communications (ACIA) – …": a company and its ticker, not a place and an agency.
        if canonicalAgency(agencyText) == nil,
            place.contains(where: { let w = NameLexicon.key($0.lowercased()); return NameLexicon.shared.strongOrgWords.contains(w) || NameLexicon.shared.weakOrgWords.contains(w) })
        { return nil }
        let found = DateParser.find(in: rest)
        if !prefixOnly {
            let leftover = ScalarText.count(rest) - (found.map { $0.end - $0.start } ?? 0)
            guard leftover <= 3 else { return nil }
        }
        // "STOCKHOLM, Oct 7 (Nordwire)": a day in the place part makes it a wire dateline, and the one word in
        // brackets the wire's name even when it is not a known agency.
        let day = DateParser.find(in: m.groups[1] ?? "") == nil ? DateParser.monthDay(in: m.groups[1] ?? "") : nil
        let wire = day != nil && agencyText.split(separator: " ").count == 1 && agencyText.first!.isUppercase ? agencyText : nil
        let name = canonicalAgency(agencyText) ?? (isAcronym(agencyText) ? agencyText : nil) ?? wire
        guard name != nil || found != nil else { return nil }
        if prefixOnly, found.map({ $0.start > 3 }) ?? false { return Dateline(agency: name, date: nil, day: day) }
        return Dateline(agency: name, date: found?.iso, day: day)
    }

    /// Words that may stand around a date in a date line: labels, weekdays, time zones.
    static let dateNoise: Set<String> = [
        "published", "updated", "posted", "last", "first", "on", "at", "date", "time", "modified", "created",
        "publish", "publication", "dated", "released",
        // a programme's transcript: "Aired November 30, 2026 - 18:00 ET"
        "aired", "broadcast", "filed", "recorded",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun", "gmt", "utc", "bst", "est", "edt", "pst", "pdt", "cet", "cest", "kst",
        "jst", "ist", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "hrs", "ago",
        // North American, Australian, New Zealand and African zones as pages print them ("6:00 a.m. PT")
        "pt", "et", "ct", "mt", "cst", "cdt", "mst", "mdt", "akst", "hst", "ast", "adt", "aest", "aedt", "acst", "acdt",
        "awst", "nzst", "nzdt", "sast", "wat", "eat",
        // an e-mail's "Sent: Thursday, June 5, 2025 10:04 AM" header
        "sent", "received",
        // the day's issue over a masthead: "Today's Paper | May 23, 2024"
        "today's", "today’s", "todays", "paper", "edition", "print", "epaper", "e-paper", "issue",
    ]

    /// A short line whose point is a date: "Example News Desk in Asia – 4 November 2025",
    /// "Published: Monday, 3 November 2025, 10:42 GMT".
    static func dateLine(_ text: String) -> (date: String, name: String?)? {
        if let d = sectionStampRow(text) { return (d, nil) }
        // "Published Nov. 24, 2026 at 7:45 p.m. | Updated Nov. 25, 2026 at 8:10 a.m.": the first date is the
        // publication's; the update after the bar only makes the line long.
        let barless = beforeUpdateBar(text)
        if barless != text { return dateLine(barless) }
        // The bars between a section, a credit and the date are no words ("India News | Edited by … | …").
        let bars = ScalarText.contains(text, " | ") ? text.components(separatedBy: " | ").count - 1 : 0
        guard SourceLine.words(text) - bars <= 14, !text.hasPrefix("\""), !text.hasPrefix("\u{201C}"),
            let d = DateParser.find(in: text)
        else { return nil }
        if LineShape.endsLikeSentence(text), !endsWithClock(text), SourceLine.words(text) > 6 { return nil }
        // "This content was published on May 13, 2021 - 00:31": the lead-in is a label, not a name; so is "and
        // last updated …" on the line under "Posted at …".
        let before = ScalarText.slice(text, 0, d.start).replacingOccurrences(
            of: #"^(?i:and )?(?i:this (content|article|story|page|post|report) )?(?i:(was|is) )?(?i:(first|last|originally) )?(?i:published|updated|posted|issued|publish date|publication date|date published)( on| at)?:?\s*"#,
            with: "", options: .regularExpression)
            // "UPDATE 3 – 15:10 GMT, Thursday 3 December 2026": a statement's update label names no one.
            .replacingOccurrences(of: #"^(?i:update \d{1,2}|latest update|update|original statement)\s*[\-–—:]\s*"#, with: "", options: .regularExpression)
        let after = ScalarText.slice(text, d.end, Int.max)
        // Whatever surrounds the date must be labels, times and names, not a clause.
        let noise = dateNoise
        func residue(_ s: String) -> [Substring] {
            s.split(whereSeparator: { !$0.isLetter && $0 != "." && $0 != "'" && $0 != "’" })
                .filter { !noise.contains($0.lowercased()) && !$0.allSatisfy({ $0 == "." }) }
        }
        let after2 = residue(after)
        // "Posted on 3 December 2026 by Jane Roe · Local News, Transport": a blog's post line, the date, then the
        // writer, then the post's categories after a dot.
        if after2.count > 2, residue(before).isEmpty, let m = postedBy.firstMatch(after, whole: true), let name = m.groups[1] {
            return (d.iso, name)
        }
        guard after2.count <= 2 else { return nil }
        let words = residue(before)
        guard words.count <= 8 else { return nil }
        if words.isEmpty { return (d.iso, nil) }
        // What precedes the date must read as a name ("Example News Desk in Asia"), not as a clause
        // ("The deal was signed on"): mostly capitalised words.
        let small: Set<String> = ["in", "of", "and", "at", "for", "the", "de", "van", "von", "da", "del", "la", "le", "by"]
        let capitalised = words.filter { $0.first!.isUppercase || small.contains($0.lowercased()) }.count
        guard words.first!.first!.isUppercase, capitalised * 10 >= words.count * 8 else {
            return isTagline(before, words: words.count) ? (d.iso, nil) : nil
        }
        let name = stripSeparators(before)
            .replacingOccurrences(of: #"^(?i:(published|updated|posted|issued)( on| at)?:?)\s*"#, with: "", options: .regularExpression)
        // "Example Ledger / 04:12 PM November 23, 2026": the clock before the date is no part of the name.
        let cleaned = name.split(separator: " ").filter {
            !noise.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) && !isClock($0)
        }
        return (d.iso, cleaned.isEmpty ? nil : stripSeparators(cleaned.joined(separator: " ")))
    }

    static let postedBy = LinePattern(
        #"^\s*(?:at\s+\d{1,2}[:.]\d\d\s*(?:am|pm)?\s*)?by\s+(\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,4})\s*(?:[·•|]\s*[^·•|]{1,80})?$"#)

    /// "Last updated on 2 December 20262 December 2026.From the section Football": a sports page's stamp row,
    /// its date printed twice (for screens and for readers) and its section link, glued together when pasted. The
    /// first copy is the date; the section names no one.
    static func sectionStampRow(_ text: String) -> String? {
        guard LineShape.hasAtMost(text, scalars: 140), let m = sectionStamp.firstMatch(text, whole: true), let d = m.groups[1] else { return nil }
        return DateParser.find(in: d)?.iso
    }

    static let sectionStamp = LinePattern(
        #"^(?:last updated|updated|published)(?: on)? (\d{1,2} \p{L}{3,9} \d{4}|\p{L}{3,9} \d{1,2},? \d{4})(?:\d{1,2} \p{L}{3,9} \d{4}|\p{L}{3,9} \d{1,2},? \d{4})?\.? ?from the section\b.{0,40}$"#,
        caseInsensitive: true)

    /// The part of a date line before "| Updated …" (the update only makes the line long).
    static func beforeUpdateBar(_ text: String) -> String {
        // "Published Nov 26, 2026 • Last updated 1 day ago • 3 minute read": after a bullet, the update and the
        // reading time.
        if ScalarText.contains(text, " • "), let bullet = text.range(of: " • "),
           updateOrReadingTime.matches(String(text[bullet.upperBound...])), DateParser.find(in: String(text[..<bullet.lowerBound])) != nil {
            return String(text[..<bullet.lowerBound])
        }
        // The byte test first: Foundation's search bridges every line to UTF-16 (44k instructions a line).
        guard ScalarText.contains(text, " | "), let bar = text.range(of: " | "),
            text[bar.upperBound...].range(of: #"^(?i:(last )?(updated|modified|edited))\b"#, options: .regularExpression) != nil
        else { return text }
        // "Indo-Pacific News Service | Updated: Mar 28, 2024": with no date before the bar, the update's date is the one.
        let before = String(text[..<bar.lowerBound])
        return DateParser.find(in: before) == nil ? text : before
    }

    static let updateOrReadingTime = LinePattern(#"^((last )?(updated|modified|edited)\b|\d{1,3} ?(min|mins|minutes?)( read)?\b)"#, caseInsensitive: true)

    /// "04:12", "9.30": a time of day standing as one word.
    static func isClock(_ word: Substring) -> Bool {
        let parts = word.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        return parts.count == 2 && (1...2).contains(parts[0].count) && parts[1].count == 2 && parts.allSatisfy { $0.allSatisfy { $0.isNumber } }
    }

    /// "… at 7:45 p.m.": the full stop of a time, not of a sentence.
    static func endsWithClock(_ text: String) -> Bool {
        let l = text.lowercased()
        return l.hasSuffix(" a.m.") || l.hasSuffix(" p.m.")
    }

    /// "Thursday 28 March 2024        FOR IMMEDIATE RELEASE": a date set in columns (runs of three spaces or
    /// more, as PDF text has them) beside short labels. The date cell gives the date.
    static func columnDate(_ text: String) -> String? {
        guard LineShape.hasAtMost(text, scalars: 160), ScalarText.contains(text, "   ") else { return nil }
        let cells = text.components(separatedBy: "   ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard cells.count >= 2, let d = cells.lazy.compactMap({ dateLine($0) }).first(where: { $0.name == nil }) else { return nil }
        let others = cells.filter { dateLine($0) == nil }
        return others.allSatisfy { SourceLine.words($0, cap: 6) <= 5 && !LineShape.endsLikeSentence($0) } ? d.date : nil
    }

    /// "Your morning football briefing · Sunday": a newsletter's tagline (not a name), set off from the issue
    /// date by a separator. The date is the issue's; the words name nobody.
    static func isTagline(_ before: String, words: Int) -> Bool {
        var lead = before.split(separator: " ")
        while let w = lead.last, dateNoise.contains(w.lowercased().trimmingCharacters(in: .punctuationCharacters)) { lead.removeLast() }
        guard words <= 6, let sep = lead.last?.last else { return false }
        return "·|•—–".contains(sep)
    }

    static func stripSeparators(_ s: String) -> String {
        s.trimmingCharacters(in: CharacterSet(charactersIn: " \t|·•,;:-–—/").union(.whitespaces))
    }
}
