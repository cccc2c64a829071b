import Foundation

/// A first in a while, told two ways: "the first visit to the country in 11 years", "his first trip there in more
/// than a decade", "the leader's first since 2014". Outlets give the gap as a length of time or as the year it
/// began, and the two agree when the year is that many years before the article's year. Read only in a sentence
/// that says "first": a length of time after "in", "for", "over" or "since" (up to two words between, "in more than
/// a decade"; the extractor reads "since 2014" as the years from then), or a year right after "since", and only a gap
/// of two years or more. Such details compare only with each other (`SharedDetails.firstSinceFate`).
enum FirstSince {
    /// Days: a first "in a year" or "for the fifth time in a year" is the news itself, not a long gap.
    static let minimumGap = 2 * 365.0

    /// The gap before a first: lengths of time read as above, and for a year after "since" the years from it to
    /// `referenceYear` (a year either way: "since 2014" in late 2025 is eleven years and some months).
    static func gaps(in paragraph: Paragraph, tokens all: [Token], mentions: [DetailMention], referenceYear: Int?) -> [DetailValue] {
        guard all.contains(where: { $0.norm == "first" }) else { return [] }
        let sentences = paragraph.sentences
        var out: [DetailValue] = []
        for m in mentions where m.sentence < sentences.count {
            let s = sentences[m.sentence]
            let toks = all.filter { $0.start >= s.start && $0.end <= s.end }
            guard toks.contains(where: { $0.norm == "first" }) else { continue }
            // The words right before the detail, nearest first, and the detail's own first word (the extractor's
            // mention of "since 2014" starts at "since").
            let before = toks.filter { $0.end <= m.start }.suffix(3).reversed().map(\.norm)
            let lead = toks.first { $0.start >= m.start && $0.end <= m.end }?.norm ?? ""
            switch m.value {
            case let .year(y):
                guard before.first == "since" || lead == "since", let ref = referenceYear, Double(ref - y) * 365.25 >= minimumGap else { continue }
                let days = 365.25
                out.append(.duration(low: Double(ref - y - 1) * days, high: Double(ref - y + 1) * days))
            case let .duration(_, high):
                // The extractor reads "since 2014" as the time from then to the article's year already.
                guard ([lead] + before).contains(where: { ["in", "for", "over", "since"].contains($0) }), high >= minimumGap else { continue }
                out.append(m.value)
            default: continue
            }
        }
        return out
    }
}
