import Foundation

/// Folds the many ways the web writes the same text, for matching only: displayed text is never changed.
///
/// The folded form keeps a one-to-one correspondence of Unicode scalars with its input (every rule maps one
/// scalar to one scalar), so offsets found in folded text are valid in the displayed text. NFC is applied
/// once at ingestion, not here, for the same reason.
public enum TextNormalizer {
    /// Maps one scalar to its matching form: spaces to " ", curly quotes and primes to straight ones,
    /// dashes to "-".
    @inline(__always)
    public static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar {
        switch u.value {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x09: return " "
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        default: return u
        }
    }

    /// Same length in scalars as the input; lowercased only where lowercasing keeps the length.
    public static func forMatching(_ s: String, lowercase: Bool = true) -> String {
        // Fast path: plain ASCII folds to itself but for case (most of every article).
        if s.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x09 && $0 != 0x60 }) {
            // The stdlib's ASCII lowercasing writes in place; mapping through an array allocated per word.
            return lowercase ? s.lowercased() : s
        }
        // UTF-8 bytes, not `UnicodeScalarView.append`, which re-validated the string on every scalar.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            let f = fold(u)
            if f.value < 0x80 {
                // ASCII without a Unicode property lookup (the same result, much cheaper).
                out.append(UInt8(lowercase && f.value >= 0x41 && f.value <= 0x5A ? f.value + 0x20 : f.value))
            } else if lowercase, f.properties.isUppercase {
                let lower = f.properties.lowercaseMapping.unicodeScalars
                UTF8.encode(lower.count == 1 ? lower.first! : f) { out.append($0) }
            } else {
                UTF8.encode(f) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Text-level clean-up done once when a file is read: BOM, CRLF/CR, NFC.
    public static func canonicalizeFile(_ s: String) -> String {
        var t = s
        if t.hasPrefix("\u{FEFF}") { t.removeFirst() }
        if ByteSearch.contains(t, 0x0D) {
            t = t.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return isCertainlyNFC(t) || isNFC(t) ? t : t.precomposedStringWithCanonicalMapping
    }

    /// The standard library's exact NFC check (quick-check table, then a full check of what it cannot
    /// settle): text in NFC is its own normalisation, and accented letters ("José", "Orbán") made the
    /// block test above send most real articles through Foundation's normalisation, a twentieth of a
    /// whole `diff` of two long articles.
    static func isNFC(_ s: String) -> Bool {
        var span = s.utf8Span
        return span.checkForNFC(quickCheck: false)
    }

    /// True when no scalar of `s` can change under NFC: every scalar is in a block with no decompositions
    /// and no combining marks. Plain text, curly quotes, dashes and emoji pass, so the costly Foundation
    /// normalisation runs only for text that may need it (accents, Hangul, CJK compatibility forms).
    static func isCertainlyNFC(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { u in
            switch u.value {
            case 0..<0xC0: return true  // ASCII and Latin-1 punctuation/symbols (accented letters start at C0)
            case 0x2010...0x205F, 0x20A0...0x20C0: return true  // general punctuation, currency signs
            case 0x2190...0x2328, 0x232B...0x23FF, 0x2500...0x27FF: return true  // arrows..dingbats, no 2329/232A
            case 0x1F000...0x1FAFF: return true  // emoji and pictographs
            default: return false
            }
        }
    }
}
