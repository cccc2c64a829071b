import Foundation

/// Offsets in the model count Unicode scalars; these helpers convert between them and Swift strings.
public enum ScalarText {
    public static func count(_ s: String) -> Int { s.unicodeScalars.count }

    /// Substring by scalar offsets `[start, end)`, clamped to the string.
    public static func slice(_ s: String, _ start: Int, _ end: Int) -> String {
        let scalars = s.unicodeScalars
        let n = scalars.count
        let a = max(0, min(start, n))
        let b = max(a, min(end, n))
        let i = scalars.index(scalars.startIndex, offsetBy: a)
        let j = scalars.index(i, offsetBy: b - a)
        return String(scalars[i..<j])
    }

    /// Scalar offset of a string index.
    public static func offset(of index: String.Index, in s: String) -> Int {
        s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: index)
    }
}
