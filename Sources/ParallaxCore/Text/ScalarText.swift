import Foundation

/// Offsets in the model count Unicode scalars; these helpers convert between them and Swift strings.
public enum ScalarText {
    /// One pass over the UTF-8 bytes (every byte but a continuation byte starts a scalar). The standard
    /// library's `unicodeScalars.count` decodes each scalar; paragraphs are counted and converted many
    /// times per command, and that decoding was ~8% of a `diff`.
    public static func count(_ s: String) -> Int {
        var s = s
        return s.withUTF8 { bytes in
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n += 1 }
            return n
        }
    }

    /// `Array(s.unicodeScalars)` in one pass, ASCII first (Swift strings are valid UTF-8, so no checks).
    /// Written straight into the array's storage: `append` checked the capacity for every scalar, half
    /// of the cost (each paragraph is converted four times in a `diff`).
    public static func scalars(_ s: String) -> [Unicode.Scalar] {
        var s = s
        return s.withUTF8 { b in
            // Room by bytes (an upper bound) unless that would over-allocate a huge non-ASCII text.
            let room = b.count <= 1 << 20 ? b.count : b.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            return [Unicode.Scalar](unsafeUninitializedCapacity: room) { out, initialized in
                var i = 0
                var k = 0
                while i < b.count {
                    let (scalar, length) = decode(b, at: i)
                    (out.baseAddress! + k).initialize(to: scalar)
                    k += 1
                    i += length
                }
                initialized = k
            }
        }
    }

    /// The scalar whose UTF-8 starts at `i`, and its length in bytes. The bytes must be valid UTF-8 (a
    /// Swift string's are), so nothing is checked.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let c = b[i]
        if c < 0x80 { return (Unicode.Scalar(c), 1) }
        let length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
        var v = UInt32(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { v = v << 6 | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(v).unsafelyUnwrapped, length)
    }

    /// Substring by scalar offsets `[start, end)`, clamped to the string.
    /// Walks only up to `end`, over UTF-8 bytes (a scalar starts at every byte but a continuation byte):
    /// counting the whole string first made a loop of slices over one long paragraph quadratic, and the
    /// standard library's scalar index walk decodes every scalar, which was a fifth of the quote ledger.
    public static func slice(_ s: String, _ start: Int, _ end: Int) -> String {
        let a = max(0, start)
        let b = max(a, end)
        var s = s
        return s.withUTF8 { bytes in
            /// The byte where scalar number `target` starts, counting from scalar `n` at byte `i`.
            func seek(_ target: Int, from i: Int, scalar n: Int) -> Int {
                var i = i, n = n
                while i < bytes.count {
                    if bytes[i] & 0xC0 != 0x80 {
                        if n == target { return i }
                        n += 1
                    }
                    i += 1
                }
                return bytes.count
            }
            let i = seek(a, from: 0, scalar: 0)
            let j = seek(b, from: i, scalar: a)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
        }
    }

    /// Whether `text` contains `literal`, byte for byte. Foundation's `contains` on strings goes through
    /// `NSString` (UTF-16 copies and locale-aware search): a fifth of reading a 20,000-paragraph file was
    /// one `contains(" / ")` per line.
    public static func contains(_ text: String, _ literal: String) -> Bool {
        var text = text
        var literal = literal
        return text.withUTF8 { t in
            literal.withUTF8 { l in
                guard !l.isEmpty else { return true }
                guard t.count >= l.count else { return false }
                let first = l[0]
                var i = 0
                let last = t.count - l.count
                while i <= last {
                    if t[i] == first {
                        var k = 1
                        while k < l.count, t[i + k] == l[k] { k += 1 }
                        if k == l.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// The string of these scalars, UTF-8 encoded in place: `String(String.UnicodeScalarView(scalars))`
    /// appends one scalar at a time, and building paragraphs and gaps that way was a seventh of loading a
    /// 10 MB story.
    public static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var count = 0
        for u in scalars {
            let v = u.value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buf in
            var i = 0
            for u in scalars {
                let v = u.value
                if v < 0x80 {
                    buf[i] = UInt8(v); i += 1
                } else if v < 0x800 {
                    buf[i] = UInt8(0xC0 | v >> 6); buf[i + 1] = UInt8(0x80 | v & 0x3F); i += 2
                } else if v < 0x10000 {
                    buf[i] = UInt8(0xE0 | v >> 12); buf[i + 1] = UInt8(0x80 | v >> 6 & 0x3F); buf[i + 2] = UInt8(0x80 | v & 0x3F); i += 3
                } else {
                    buf[i] = UInt8(0xF0 | v >> 18); buf[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buf[i + 2] = UInt8(0x80 | v >> 6 & 0x3F); buf[i + 3] = UInt8(0x80 | v & 0x3F); i += 4
                }
            }
            return i
        }
    }

    /// Scalar offset of a string index.
    public static func offset(of index: String.Index, in s: String) -> Int {
        s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: index)
    }
}
