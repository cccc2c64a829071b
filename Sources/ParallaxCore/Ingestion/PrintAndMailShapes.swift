import Foundation

/// Shapes of print pages and e-mails that carry metadata: a running header naming the paper beside its page
/// number, a headline broken over two lines, a place standing alone over the lead, a writer's note closing the
/// page.
extension MetadataInference {
    static let runningHeader = LinePattern(#"^(?:[A-Z]?\d{1,3}\s+(\p{Lu}[\p{Lu}\p{M} '’&.\-]{2,40})|(\p{Lu}[\p{Lu}\p{M} '’&.\-]{2,40}?)\s+[A-Z]?\d{1,3})$"#)

    /// "4 THE KAROO MAIL", "THE KAROO MAIL 5", "A6 THE EXAMPLE HERALD": a paper's name in capitals with the
    /// page number, as a print page's running header sets it over the date.
    static func runningHeaderName(_ name: String) -> String? {
        guard LineShape.hasAtMost(name, scalars: 60), let m = runningHeader.firstMatch(name, whole: true),
              let paper = (m.groups[1] ?? m.groups[2]).map({ $0.trimmingCharacters(in: .whitespaces) }),
              SourceLine.words(paper, cap: 6) >= 2, SourceLine.words(paper, cap: 6) <= 5, LineShape.isAllCaps(paper) else { return nil }
        return paper
    }

    static let pageNumberEnd = LinePattern(#"^[A-Z]?\d{1,3}\s|\s[A-Z]?\d{1,3}$"#)

    /// "EXAMPLE HERALD · NOVEMBER 25, 2026      A7": the paper's name in capitals on a line that starts or
    /// ends with the page number.
    static func runningHeaderName(_ name: String, pageNumberedLine line: String) -> String? {
        guard LineShape.hasAtMost(line, scalars: 160), pageNumberEnd.matches(line), LineShape.isAllCaps(name),
              (2...5).contains(SourceLine.words(name, cap: 6)) else { return nil }
        return name
    }

    /// Words a headline broken over two lines ends its first line with ("Town runs dry as" / "dam hits …").
    static let hangingWords: Set<String> = [
        "as", "over", "to", "of", "the", "a", "an", "in", "for", "after", "with", "and", "on", "at", "from", "by",
        "into", "amid", "but", "or", "its", "their", "his", "her", "is", "are", "be", "than", "that", "who",
    ]

    /// Whether `first` / `second` read as one headline set over two lines: the first breaks off after a word
    /// that cannot end a headline, both are short and neither ends like a sentence.
    static func isBrokenHeadline(_ first: String, _ second: String) -> Bool {
        guard SourceLine.words(first, cap: 11) <= 10, SourceLine.words(second, cap: 11) <= 10,
              SourceLine.words(first, cap: 11) + SourceLine.words(second, cap: 11) >= 5,
              !LineShape.endsLikeSentence(first), !LineShape.endsLikeSentence(second), !first.hasSuffix(":"),
              let last = first.split(separator: " ").last else { return false }
        return hangingWords.contains(last.lowercased())
    }

    /// "Joana Albuquerque dos Santos" / "Manaus" / the lead: the reporter's name over the place reported from,
    /// alone on its line right over the story.
    static func overPlaceLine(_ i: Int, _ lines: [SourceLine], _ bodyStart: Int?) -> Bool {
        guard let b = bodyStart, let n = lines.indices[(i + 1)...].first(where: { !lines[$0].isBlank }), n < b,
              lines.indices[(n + 1)...].first(where: { !lines[$0].isBlank }) == b else { return false }
        let place = lines[n].text
        let words = place.split(separator: " ")
        // One word ("Manaus") or a listed place; "City Bureau" under a name is the reporter's desk.
        return (words.count == 1 || isPlaceName(place)) && words.allSatisfy({ $0.first?.isUppercase == true }) && !LineShape.isAllCaps(place)
            && !LineShape.endsLikeSentence(place) && !place.contains(":") && !isOutletName(place)
    }

    /// A press release's wire dateline opening the lead: "LOS ANGELES, Nov. 21, 2025 /PRNewswire/ — …".
    static func releaseWireCredit(_ lead: String) -> (date: String?, wire: String)? {
        guard let m = releaseWire.firstMatch(String(lead.prefix(160))) else { return nil }
        let wire = (m.groups[2] ?? m.groups[3] ?? "").lowercased().replacingOccurrences(of: " ", with: "")
        return (m.groups[1].flatMap { DateParser.parse($0) },
                wire.hasPrefix("prnewswire") ? "PR Newswire" : wire.hasPrefix("globenewswire") ? "GlobeNewswire" : "Business Wire")
    }

    /// "Bengaluru:" alone on a line over the lead: the lead's dateline, which the page set apart.
    static func isPlaceAlone(_ text: String) -> Bool {
        guard text.hasSuffix(":"), SourceLine.words(text, cap: 4) <= 3 else { return false }
        let place = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
        return !place.isEmpty && place.first?.isUppercase == true && isPlaceName(place)
    }
}
