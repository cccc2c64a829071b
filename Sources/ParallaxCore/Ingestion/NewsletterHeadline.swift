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
}
