/// Greedy word wrapping by terminal cells.
///
/// Works on graphemes so combining marks and wide glyphs are never split, counts widths with the same rules
/// the grid uses, and breaks a word only when it is longer than a whole line.
public enum TextWrapper {
    /// Lines of `text` at `width` cells as scalar-offset and index ranges; an empty text gives one empty line.
    public static func wrap(_ text: String, width: Int) -> [(start: Int, end: Int, startIndex: String.Index, endIndex: String.Index)] {
        let width = max(1, width)
        var lines: [(Int, Int, String.Index, String.Index)] = []
        var lineStart = text.startIndex
        var lineStartOff = 0
        var col = 0
        // Last place a break may go: after a space (index and offset of the first char of the next word).
        var breakIndex: String.Index? = nil
        var breakOff = 0
        var breakCol = 0
        var i = text.startIndex
        var off = 0
        var atLineStart = true
        while i < text.endIndex {
            let c = text[i]
            let n = c.unicodeScalars.count
            let next = text.index(after: i)
            if atLineStart && c == " " {
                // Spaces that a wrap lands on are not shown at the start of the next line.
                i = next
                off += n
                lineStart = i
                lineStartOff = off
                continue
            }
            atLineStart = false
            let w = SafeText.displayable(c)?.1 ?? 0
            if c == " " {
                col += w
                breakIndex = next
                breakOff = off + n
                breakCol = col
                i = next
                off += n
                continue
            }
            while col + w > width && col > 0 {
                if let b = breakIndex, b > lineStart {
                    lines.append((lineStartOff, trimmedEnd(text, lineStart, b, breakOff), lineStart, trimmedEndIndex(text, lineStart, b)))
                    lineStart = b
                    lineStartOff = breakOff
                    col -= breakCol
                } else {
                    lines.append((lineStartOff, off, lineStart, i))
                    lineStart = i
                    lineStartOff = off
                    col = 0
                }
                breakIndex = nil
            }
            col += w
            i = next
            off += n
        }
        lines.append((lineStartOff, trimmedEnd(text, lineStart, text.endIndex, off), lineStart, trimmedEndIndex(text, lineStart, text.endIndex)))
        return lines.map { (start: $0.0, end: $0.1, startIndex: $0.2, endIndex: $0.3) }
    }

    private static func trimmedEndIndex(_ text: String, _ start: String.Index, _ end: String.Index) -> String.Index {
        var e = end
        while e > start {
            let p = text.index(before: e)
            if text[p] != " " { break }
            e = p
        }
        return e
    }

    private static func trimmedEnd(_ text: String, _ start: String.Index, _ end: String.Index, _ endOff: Int) -> Int {
        var e = end
        var o = endOff
        while e > start {
            let p = text.index(before: e)
            if text[p] != " " { break }
            e = p
            o -= 1
        }
        return o
    }
}
