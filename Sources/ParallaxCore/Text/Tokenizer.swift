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
        var text = text
        return text.withUTF8 { tokens(bytes: $0) }
    }

    /// Works on the UTF-8 bytes: scalars are decoded once with their byte offsets, so a word is copied
    /// out as one byte slice, and an ASCII word's folded form is its bytes lowercased (what
    /// `TextNormalizer.forMatching` returns for it) without a second pass through the standard library.
    private static func tokens(bytes b: UnsafeBufferPointer<UInt8>) -> [Token] {
        // Both arrays written straight into their storage (an `append` per scalar checked capacity twice).
        var offsets = [Int32](repeating: 0, count: b.count + 1)  // byte offset of each scalar, then the end
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, initialized in
            offsets.withUnsafeMutableBufferPointer { offsets in
                var k = 0
                var n = 0
                while k < b.count {
                    let (scalar, length) = ScalarText.decode(b, at: k)
                    offsets[n] = Int32(k)
                    (out.baseAddress! + n).initialize(to: scalar)
                    n += 1
                    k += length
                }
                offsets[n] = Int32(b.count)
                initialized = n
            }
        }
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
            let slice = UnsafeBufferPointer(rebasing: b[Int(offsets[start])..<Int(offsets[j])])
            let word = String(decoding: slice, as: UTF8.self)
            let norm = folded(word, slice)
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

    /// `TextNormalizer.forMatching(word)`, with plain ASCII (its fast path) lowercased here from the bytes.
    private static func folded(_ word: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var upper = false
        for x in bytes {
            if x >= 0x80 || x == 0x09 || x == 0x60 { return TextNormalizer.forMatching(word) }
            if x >= 0x41 && x <= 0x5A { upper = true }
        }
        guard upper else { return word }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            for (k, x) in bytes.enumerated() { out[k] = x >= 0x41 && x <= 0x5A ? x + 0x20 : x }
            return bytes.count
        }
    }
}
