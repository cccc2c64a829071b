import Foundation

extension MetadataInference {
    /// "📰 TOP STORY" / "Nurses accept pay offer after six-month dispute" / the story: an e-mail newsletter
    /// prints no headline over its greeting, so its preamble gives none; the top story's headline, the first
    /// line under a section label and over running prose, is the title the page has. The line stays in the
    /// text (the section's sub-heading). A label straight over prose ("THE BIG ONE" / "Paris Saint-Germain are
    /// champions …") gives nothing.
    static func newsletterHeadline(_ paragraphs: [Paragraph], removed: [RemovedLine]) -> String? {
        let labels = Set(removed.lazy.filter { $0.reason == "section label" }.map(\.line))
        guard !labels.isEmpty else { return nil }
        for (k, p) in paragraphs.prefix(6).enumerated() where k + 1 < paragraphs.count {
            let start = p.sourceLines.lowerBound
            guard labels.contains(start - 1) || labels.contains(start - 2) else { continue }
            let t = p.text
            guard let first = t.unicodeScalars.first, first.properties.isUppercase, (5...20).contains(SourceLine.words(t, cap: 21)),
                  !LineShape.endsLikeSentence(t), !LineShape.isAllCaps(t), LineShape.isProse(paragraphs[k + 1].text) else { return nil }
            return t
        }
        return nil
    }

    /// The title of a page without a header line: the headline the preamble gave, unless that line is a
    /// newsletter's tagline under its masthead ("THE SKIM" / "Five minutes. Everything that matters."), which
    /// names nothing of the day's news; then the top story's headline, or its section's label ("🗳️ GRENMOUTH
    /// GOES ROGUE"), as a newsletter gives no other.
    static func newsletterTitle(_ inferred: String?, paragraphs: [Paragraph], removed: [RemovedLine]) -> String? {
        guard let t = inferred else { return newsletterHeadline(paragraphs, removed: removed) }
        guard let at = taglineLine(t, removed: removed) else { return t }
        return newsletterHeadline(paragraphs, removed: removed) ?? topStoryLabel(after: at, paragraphs: paragraphs, removed: removed) ?? t
    }

    /// The line of the headline when it is a newsletter's tagline: right under the masthead (a label in
    /// capitals) on a page with newsletter furniture, and worded as a promise, not news: a sentence with its
    /// full stop ("Five minutes. Everything that matters.") or addressed to the reader ("Your 6am briefing …").
    static func taglineLine(_ title: String, removed: [RemovedLine]) -> Int? {
        guard removed.contains(where: { $0.reason.hasPrefix("newsletter") }),
              let at = removed.first(where: { $0.reason == "headline (shown as the title)" })?.line,
              let above = removed.last(where: { $0.line < at }), above.reason == "section label", above.line >= at - 2
        else { return nil }
        let key = LineShape.key(title)
        let promise = title.hasSuffix(".") || key.hasPrefix("your ") || key.contains("briefing") || key.contains("newsletter")
        return promise ? at : nil
    }

    /// "🗳️ GRENMOUTH GOES ROGUE", "🌊 THE BIG STORY: THE RIVER DEAL": the first label in capitals after the
    /// masthead that stands over prose, without its emoji and its generic lead-in ("THE BIG STORY:").
    static func topStoryLabel(after at: Int, paragraphs: [Paragraph], removed: [RemovedLine]) -> String? {
        var labels: [(line: Int, text: String)] = removed.filter { $0.line > at && $0.reason == "section label" }.map { (line: $0.line, text: $0.text) }
        labels += paragraphs.prefix(8).filter { LineShape.isAllCaps($0.text) }.map { (line: $0.sourceLines.lowerBound, text: $0.text) }
        guard let first = labels.min(by: { $0.line < $1.line }),
              let next = paragraphs.first(where: { $0.sourceLines.lowerBound > first.line }), LineShape.isProse(next.text)
        else { return nil }
        var text = String(first.text.drop { !$0.isLetter && !$0.isNumber })
        if let colon = text.range(of: ": "), SourceLine.words(String(text[colon.upperBound...]), cap: 3) >= 2 {
            text = String(text[colon.upperBound...])
        }
        text = text.trimmingCharacters(in: .whitespaces)
        return SourceLine.words(text, cap: 3) >= 2 ? text : nil
    }
}
