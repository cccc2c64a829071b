import Foundation

/// Turns the bytes of a file into text, or says in words why they are not an article.
///
/// Web pastes arrive in every encoding a text editor can save. Valid UTF-8 is the norm; a BOM announces
/// UTF-8 or UTF-16; anything else that is not valid UTF-8 is almost always Windows-1252 from an old editor.
/// Decoding is per byte run, so a mostly-UTF-8 file with one stray Latin-1 byte keeps its curly quotes.
public enum TextDecoder {
    /// Articles are a few kilobytes; a file beyond this is not an article. Every stage is linear, so the
    /// bound is far above what must work (a 5 MB line, 20,000 paragraphs) and only keeps memory and waiting
    /// sane; the analyses read less of a long article anyway (`AnalysisLimit`).
    public static let maxBytes = 64 << 20

    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var warnings: [String]
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case tooLarge(bytes: Int)
        case binary(reason: String)

        public var description: String {
            switch self {
            case .tooLarge(let n):
                return "file too large for an article (\(TextDecoder.sizeText(n)); limit \(TextDecoder.sizeText(TextDecoder.maxBytes)))"
            case .binary(let reason):
                return "not a text file (\(reason))"
            }
        }
    }

    public static func decode(_ data: Data) throws(Failure) -> Decoded {
        guard data.count <= maxBytes else { throw .tooLarge(bytes: data.count) }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try checked(decodeUTF8OrLatin(bytes[3...]))
        }
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            return try checked(decodeUTF32(bytes[4...], littleEndian: bytes[0] == 0xFF))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            return try checked(decodeUTF16(bytes[2...], littleEndian: little, guessed: false))
        }
        if let kind = binarySignature(bytes) { throw .binary(reason: "looks like \(kind)") }
        if let little = looksLikeBOMlessUTF16(bytes) {
            return try checked(decodeUTF16(bytes[...], littleEndian: little, guessed: true))
        }
        if bytes.contains(0) { throw .binary(reason: "contains NUL bytes") }
        return try checked(decodeUTF8OrLatin(bytes[...]))
    }

    /// Rejects text that decoded but is still mostly control characters (a binary file without NULs).
    private static func checked(_ d: Decoded) throws(Failure) -> Decoded {
        var controls = 0
        var total = 0
        for u in d.text.unicodeScalars {
            total += 1
            if u.value == 0 { throw .binary(reason: "contains NUL characters") }
            if u.value < 0x20, u != "\n", u != "\r", u != "\t", u.value != 0x0C { controls += 1 }
        }
        if total > 0, controls * 100 > total * 2 {
            throw .binary(reason: "\(controls) control characters")
        }
        return d
    }

    /// Well-known file signatures, so the message can name what the file really is.
    static func binarySignature(_ b: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x25, 0x50, 0x44, 0x46], "a PDF document"), ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"), ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or .docx/.odt)"), ([0x1F, 0x8B], "gzip data"),
            ([0x7F, 0x45, 0x4C, 0x46], "an executable"), ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
        ]
        for (sig, name) in signatures where b.starts(with: sig) { return name }
        return nil
    }

    /// UTF-16 saved without a BOM shows as a NUL in every other byte of ASCII text.
    static func looksLikeBOMlessUTF16(_ b: [UInt8]) -> Bool? {
        let n = min(b.count, 4096) & ~1
        guard n >= 8 else { return nil }
        var evenNul = 0
        var oddNul = 0
        for i in stride(from: 0, to: n, by: 2) {
            if b[i] == 0 { evenNul += 1 }
            if b[i + 1] == 0 { oddNul += 1 }
        }
        let pairs = n / 2
        if oddNul * 10 >= pairs * 9, evenNul * 10 <= pairs { return true }
        if evenNul * 10 >= pairs * 9, oddNul * 10 <= pairs { return false }
        return nil
    }

    static func decodeUTF16(_ b: ArraySlice<UInt8>, littleEndian: Bool, guessed: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(b.count / 2)
        var i = b.startIndex
        while i + 1 < b.endIndex {
            let lo = UInt16(b[i]), hi = UInt16(b[i + 1])
            units.append(littleEndian ? (hi << 8 | lo) : (lo << 8 | hi))
            i += 2
        }
        var warnings: [String] = []
        if guessed { warnings.append("no byte order mark; decoded as UTF-16\(littleEndian ? "LE" : "BE")") }
        if b.count % 2 == 1 { warnings.append("odd number of bytes for UTF-16; last byte ignored") }
        var scalars = String.UnicodeScalarView()
        var bad = 0
        var it = units.makeIterator()
        var parser = Unicode.UTF16.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &it) {
            case .valid(let s): scalars.append(Unicode.UTF16.decode(s))
            case .error: bad += 1; scalars.append("\u{FFFD}")
            case .emptyInput: break loop
            }
        }
        if bad > 0 { warnings.append("\(bad) invalid UTF-16 sequences replaced with \u{FFFD}") }
        return Decoded(text: String(scalars), warnings: warnings)
    }

    static func decodeUTF32(_ b: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var scalars = String.UnicodeScalarView()
        var bad = 0
        var i = b.startIndex
        while i + 3 < b.endIndex {
            let q = (0..<4).map { UInt32(b[i + $0]) }
            let v = littleEndian ? (q[3] << 24 | q[2] << 16 | q[1] << 8 | q[0]) : (q[0] << 24 | q[1] << 16 | q[2] << 8 | q[3])
            if let u = Unicode.Scalar(v) { scalars.append(u) } else { bad += 1; scalars.append("\u{FFFD}") }
            i += 4
        }
        return Decoded(text: String(scalars), warnings: bad > 0 ? ["\(bad) invalid UTF-32 characters replaced with \u{FFFD}"] : [])
    }

    /// UTF-8 where valid; each byte that is not part of a valid UTF-8 sequence is read as Windows-1252.
    static func decodeUTF8OrLatin(_ b: ArraySlice<UInt8>) -> Decoded {
        if let s = String(validating: b, as: UTF8.self) { return Decoded(text: s, warnings: []) }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(b.count)
        var bad = 0
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            if c < 0x80 { scalars.append(Unicode.Scalar(c)); i += 1; continue }
            let len = utf8SequenceLength(b, at: i)
            if len > 0, let s = String(validating: b[i..<(i + len)], as: UTF8.self) {
                scalars.append(contentsOf: s.unicodeScalars)
                i += len
            } else {
                bad += 1
                scalars.append(windows1252(c))
                i += 1
            }
        }
        return Decoded(
            text: String(scalars),
            warnings: ["not valid UTF-8: \(bad) byte\(bad == 1 ? "" : "s") decoded as Windows-1252"])
    }

    /// Length of a well-formed UTF-8 sequence starting at `i`, or 0.
    private static func utf8SequenceLength(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
        let c = b[i]
        let len: Int
        switch c {
        case 0xC2...0xDF: len = 2
        case 0xE0...0xEF: len = 3
        case 0xF0...0xF4: len = 4
        default: return 0
        }
        guard i + len <= b.endIndex else { return 0 }
        for k in 1..<len where b[i + k] & 0xC0 != 0x80 { return 0 }
        return len
    }

    /// The printable characters Windows-1252 puts in 0x80–0x9F; the rest of the high half is Latin-1.
    static func windows1252(_ c: UInt8) -> Unicode.Scalar {
        let table: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
            0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        if (0x80...0x9F).contains(c) { return Unicode.Scalar(table[Int(c) - 0x80])! }
        return Unicode.Scalar(c)
    }

    static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return "\(bytes >> 10) kB" }
        return "\(bytes) bytes"
    }
}
