import Foundation

/// A short excerpt around a mention, for lists of mentions in the CLI and the reader.
public enum MentionContext {
    /// About `radius` scalars either side of `[start, end)`, cut at word boundaries, with "…" where the
    /// paragraph continues. Whitespace runs are collapsed so the snippet fits on one line.
    public static func snippet(_ text: String, _ start: Int, _ end: Int, radius: Int = 60) -> String {
        let scalars = ScalarText.scalars(text)
        let n = scalars.count
        var a = max(0, start - radius)
        var b = min(n, end + radius)
        if a > 0 {
            while a < start, !scalars[a - 1].properties.isWhitespace { a += 1 }
        }
        if b < n {
            while b > end, !scalars[b].properties.isWhitespace { b -= 1 }
        }
        var s = ScalarText.string(scalars[a..<b])
        s = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return (a > 0 ? "…" : "") + s + (b < n ? "…" : "")
    }
}
