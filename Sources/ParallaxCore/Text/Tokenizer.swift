import Foundation

/// A word or number in a paragraph, with scalar offsets into the displayed text.
public struct Token: Sendable, Hashable {
    /// As displayed.
    public var text: String
    /// Folded (straight apostrophes, lowercase) for matching.
    public var norm: String
    public var start: Int
    public var end: Int
    public var isNumber: Bool
    /// Starts with an uppercase letter in the displayed text.
    public var isCapitalized: Bool

    public init(text: String, norm: String, start: Int, end: Int, isNumber: Bool, isCapitalized: Bool) {
        self.text = text
        self.norm = norm
        self.start = start
        self.end = end
        self.isNumber = isNumber
        self.isCapitalized = isCapitalized
    }
}

/// Splits text into word tokens. Shared by alignment, quotes and people so they agree on what a word is.
///
/// A word is a run of letters/digits/marks, keeping inner apostrophes ("there's"), inner hyphens
/// ("Nam-joon") and inner periods or commas between digits ("27.5", "1,000"). Everything else separates.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        let scalars = ScalarText.scalars(text)
        // String indices of every scalar (plus the end), so a word is copied out of `text` as one slice
        // instead of being rebuilt scalar by scalar, which was a fifth of a whole `diff` run.
        var indices = Array(text.unicodeScalars.indices)
        indices.append(text.unicodeScalars.endIndex)
        var result: [Token] = []
        var i = 0
        let n = scalars.count
        func isWord(_ u: Unicode.Scalar) -> Bool {
            let v = u.value
            if v < 0x80 {  // ASCII fast path: letters and digits only
                return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
            }
            let p = u.properties
            return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
                || p.generalCategory == .spacingMark
        }
        while i < n {
            guard isWord(scalars[i]) else { i += 1; continue }
            let start = i
            var j = i + 1
            while j < n {
                let u = scalars[j]
                if isWord(u) { j += 1; continue }
                let joiner = TextNormalizer.fold(u)
                if j + 1 < n, isWord(scalars[j + 1]) {
                    if joiner == "'" || joiner == "-" && u != "\u{2014}" && u != "\u{2013}" {
                        j += 1; continue
                    }
                    if (u == "." || u == ","), scalars[j - 1].properties.numericType != nil,
                        scalars[j + 1].properties.numericType != nil
                    {
                        j += 1; continue
                    }
                }
                break
            }
            let word = String(text.unicodeScalars[indices[start]..<indices[j]])
            let norm = TextNormalizer.forMatching(word)
            let first = scalars[start]
            let ascii = first.value < 0x80
            result.append(Token(
                text: word, norm: norm, start: start, end: j,
                isNumber: ascii ? first.value >= 0x30 && first.value <= 0x39 : first.properties.numericType != nil,
                isCapitalized: ascii ? first.value >= 0x41 && first.value <= 0x5A : first.properties.isUppercase))
            i = j
        }
        return result
    }
}
