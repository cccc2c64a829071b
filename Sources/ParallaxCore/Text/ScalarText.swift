import Foundation

/// Offsets in the model count Unicode scalars; these helpers convert between them and Swift strings.
public enum ScalarText {
    public static func count(_ s: String) -> Int { s.unicodeScalars.count }

    /// Substring by scalar offsets `[start, end)`, clamped to the string.
    /// Walks only up to `end`: counting the whole string first made a loop of slices over one long
    /// paragraph quadratic.
    public static func slice(_ s: String, _ start: Int, _ end: Int) -> String {
        let scalars = s.unicodeScalars
        let a = max(0, start)
        let b = max(a, end)
        let i = scalars.index(scalars.startIndex, offsetBy: a, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let j = scalars.index(i, offsetBy: b - a, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[i..<j])
    }

    /// Scalar offset of a string index.
    public static func offset(of index: String.Index, in s: String) -> Int {
        s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: index)
    }
}
