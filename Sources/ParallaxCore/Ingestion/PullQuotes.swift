import Foundation

/// A magazine's pull quote: a line of the story's own speech set large between paragraphs, pasted as a
/// paragraph of its own ("The river doesn't care who's in charge. It never did." over the paragraph that says
/// it, with "he said"). Kept, the story says it twice and the quote is counted twice.
extension Cleaner {
    /// A line wholly in quotation marks, six to forty words, whose words stand in the same order inside a longer
    /// line within three lines of it.
    static func dropPullQuotes(_ cleaned: inout Result) {
        let kept = cleaned.lines.indices.filter { !cleaned.lines[$0].isBlank }
        var keys: [Int: [Substring]] = [:]
        func words(_ i: Int) -> [Substring] {
            if let w = keys[i] { return w }
            let w = wordKeys(cleaned.lines[i].text)
            keys[i] = w
            return w
        }
        var drop: [Int] = []
        for (n, i) in kept.enumerated() {
            let t = cleaned.lines[i].text
            guard isQuotedWhole(t), (6...40).contains(SourceLine.words(t, cap: 41)) else { continue }
            let quote = words(i)
            let near = kept[max(0, n - 3)..<min(kept.count, n + 4)].filter { $0 != i && !drop.contains($0) }
            if near.contains(where: { words($0).count > quote.count && contains(words($0), quote) }) { drop.append(i) }
        }
        for i in drop {
            cleaned.removed.append(RemovedLine(text: cleaned.lines[i].text, reason: "pull quote (repeated from the text)", line: cleaned.lines[i].number))
            cleaned.lines[i].text = ""
        }
    }

    static let openingQuotes: Set<Character> = ["\"", "“", "‘", "'", "«"]
    static let closingQuotes: Set<Character> = ["\"", "”", "’", "'", "»"]

    static func isQuotedWhole(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 400), let f = text.first, openingQuotes.contains(f), let l = text.last, closingQuotes.contains(l)
        else { return false }
        // A sentence ("… It never did."), not a heading in quotation marks over a live post ('I've never seen the
        // sea like it'); one quotation, not two joined by a speech tag ("“Yes,” she said. “It is.”").
        let inner = text.dropFirst().dropLast()
        guard let end = inner.last, ".!?…".contains(end) else { return false }
        return inner.filter { $0 == "\"" || $0 == "“" || $0 == "”" }.isEmpty
    }

    static func wordKeys(_ text: String) -> [Substring] {
        LineShape.key(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    static func contains(_ hay: [Substring], _ needle: [Substring]) -> Bool {
        guard !needle.isEmpty, hay.count >= needle.count else { return false }
        for s in 0...(hay.count - needle.count) where hay[s] == needle[0] && Array(hay[s..<(s + needle.count)]) == needle { return true }
        return false
    }
}
