import Foundation

extension ParagraphBuilder {
    /// A print page's column pasted as text: narrow lines with words broken at their ends ("with-" / "out"),
    /// and no blank line between paragraphs. A paragraph ends on a line that ends a sentence and falls short
    /// of the column, the next starting a new one; each paragraph's lines are joined. Nil for any block that
    /// shows no broken word, which is the evidence that it was set in a column at all.
    static func columnParagraphs(_ block: [SourceLine]) -> [[SourceLine]]? {
        guard block.count >= 3, !block.contains(where: { LineShape.isBullet($0.text) }) else { return nil }
        let lengths = block.map { ScalarText.count($0.text) }
        let width = lengths.max()!
        guard width <= 60, (0..<(block.count - 1)).contains(where: { brokenWord(block[$0].text, block[$0 + 1].text) }) else { return nil }
        var parts: [[SourceLine]] = [[]]
        for (i, line) in block.enumerated() {
            parts[parts.count - 1].append(line)
            guard i + 1 < block.count, LineShape.endsLikeSentence(line.text), lengths[i] <= width - 4,
                  let first = block[i + 1].text.unicodeScalars.first,
                  first.properties.isUppercase || "\"“‘'".unicodeScalars.contains(first) else { continue }
            parts.append([])
        }
        return parts
    }
}
