import Foundation

/// A box of links whose every item carries its section's label on a line of its own ("Election Latest" over
/// each "1h ago …" link) leaves the label behind three times or more once the links go; one such label kept as
/// four paragraphs over the headline, and the page then had no title.
extension Cleaner {
    /// Short label lines (one to three capitalised words, no stop) that stand, word for word, on three lines or
    /// more above the page's first line of prose. A story's own sub-heading is never printed so, and a line of
    /// the story below its first prose is never touched.
    static func repeatedLabels(_ lines: [SourceLine]) -> [Int] {
        guard let firstProse = lines.indices.first(where: { !lines[$0].isBlank && LineShape.isProse(lines[$0].text) }) else { return [] }
        var seen: [String: [Int]] = [:]
        for i in 0..<firstProse where !lines[i].isBlank {
            let t = lines[i].text.trimmingCharacters(in: .whitespaces)
            let words = t.split(separator: " ")
            guard (1...3).contains(words.count), LineShape.hasAtMost(t, scalars: 40),
                  words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter } }) else { continue }
            seen[t, default: []].append(i)
        }
        return seen.values.filter { $0.count >= 3 }.flatMap { $0 }.sorted()
    }
}
