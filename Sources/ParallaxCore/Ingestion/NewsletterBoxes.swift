import Foundation

/// A newsletter box pasted line by line: "Subscribe to The Daily Ledger" / "Escape the noise. Get the facts behind
/// the news." / "Sign up for our free newsletters". The prompts above and below are furniture by their wording; the
/// tagline between them has none, but nothing in a story sits between two subscription prompts.
extension Cleaner {
    static let subscriptionReason = "newsletter or subscription prompt"

    /// Lines kept so far whose nearest non-blank neighbours, above and below, were both removed as subscription
    /// prompts, when the line is short (at most 30 words, two sentences).
    static func newsletterTaglines(_ lines: [SourceLine], removed: [RemovedLine]) -> [Int] {
        var reasonByLine: [Int: String] = [:]
        for r in removed { reasonByLine[r.line] = r.reason }
        /// Blank now but not blank in the paste: removed.
        func present(_ k: Int) -> Bool { !lines[k].isBlank || reasonByLine[lines[k].number] != nil }
        func isPrompt(_ k: Int?) -> Bool { k.map { lines[$0].isBlank && reasonByLine[lines[$0].number] == subscriptionReason } ?? false }
        var found: [Int] = []
        for i in lines.indices where !lines[i].isBlank && SourceLine.words(lines[i].text, cap: 31) <= 30 {
            let above = (0..<i).last(where: present)
            let below = (i + 1..<lines.count).first(where: present)
            guard isPrompt(above), isPrompt(below), SentenceSplitter.split(lines[i].text).count <= 2 else { continue }
            found.append(i)
        }
        return found
    }
}
