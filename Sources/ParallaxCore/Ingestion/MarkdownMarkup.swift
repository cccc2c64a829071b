import Foundation

/// Markdown marks inside lines (block-quote `> `, `**bold**`, `*italic*`, `[text](url)`): markup, not text.
///
/// Left in, they break what reads the text: a block-quoted quote does not open its paragraph, so it looks
/// partial; `*By Ann Lee | 1 June 2025*` is not seen as a byline; a word between asterisks is not the word
/// the diff and the people index see. Only paired marks around text go, so a lone asterisk (a footnote mark,
/// "5*") and an underscore in a name stay. Headings are `SourceLine.stripMarkdownHeadings`'s job; image lines
/// (`![alt](file)`) are left for the cleaner to remove whole.
enum MarkdownMarkup {
    static func strip(_ lines: inout [SourceLine]) {
        for i in lines.indices where !lines[i].isBlank {
            let t = lines[i].text
            // Bytes first: almost no line has any of these marks, and this runs on every line.
            guard t.utf8.contains(where: { $0 == 0x3E || $0 == 0x2A || $0 == 0x5B }) else { continue }
            var s = stripBlockQuote(t)
            if !s.hasPrefix("![") { s = stripLinks(stripEmphasis(s)) }
            if s != t { lines[i].text = SourceLine.trim(s) }
        }
    }

    /// "> text", "> > text": e-mail and Markdown quotation marks at the start of a line.
    static func stripBlockQuote(_ s: String) -> String {
        var u = Substring(s)
        var stripped = false
        while u.hasPrefix(">") {
            let rest = u.dropFirst()
            guard rest.isEmpty || rest.hasPrefix(" ") || rest.hasPrefix(">") else { break }
            u = rest.drop { $0 == " " }
            stripped = true
        }
        return stripped ? String(u) : s
    }

    /// `**text**` and `*text*`: the marks go when the opening one starts a word and the closing one ends one.
    static func stripEmphasis(_ s: String) -> String {
        guard s.contains("*") else { return s }
        var scalars = Array(s.unicodeScalars)
        for width in [2, 1] {
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(scalars.count)
            var i = 0
            while i < scalars.count {
                if let close = closingMark(scalars, open: i, width: width) {
                    out.append(contentsOf: scalars[(i + width)..<close])
                    i = close + width
                } else {
                    out.append(scalars[i])
                    i += 1
                }
            }
            scalars = out
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Index of the mark closing an emphasis opened at `open`, on the same line, if the pair is emphasis.
    private static func closingMark(_ u: [Unicode.Scalar], open: Int, width: Int) -> Int? {
        func isMark(_ k: Int) -> Bool {
            guard k >= 0, k + width <= u.count else { return false }
            for j in k..<(k + width) where u[j] != "*" { return false }
            // Exactly `width` asterisks: "**" is not two italics marks.
            if k > 0, u[k - 1] == "*" { return false }
            if k + width < u.count, u[k + width] == "*" { return false }
            return true
        }
        guard isMark(open), open + width < u.count, !u[open + width].properties.isWhitespace else { return nil }
        if open > 0, u[open - 1].properties.isAlphabetic || u[open - 1].properties.numericType != nil { return nil }
        var k = open + width + 1
        // Emphasis spans a few words; the bound keeps a line of stray asterisks linear.
        while k + width <= min(u.count, open + maxSpan) {
            if isMark(k), !u[k - 1].properties.isWhitespace {
                let after = k + width
                if after == u.count || !(u[after].properties.isAlphabetic || u[after].properties.numericType != nil) { return k }
            }
            k += 1
        }
        return nil
    }

    static let maxSpan = 300

    /// `[text](http://…)` and `[text](#anchor)` keep their text.
    static func stripLinks(_ s: String) -> String {
        guard s.contains("](") else { return s }
        let u = Array(s.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(u.count)
        var i = 0
        outer: while i < u.count {
            guard u[i] == "[" else { out.append(u[i]); i += 1; continue }
            // "[text](target)": text without brackets, target without spaces, both short.
            var j = i + 1
            while j < u.count, j < i + maxSpan, u[j] != "]", u[j] != "[" { j += 1 }
            if j > i + 1, j + 1 < u.count, u[j] == "]", u[j + 1] == "(" {
                var k = j + 2
                while k < u.count, k < j + maxSpan, u[k] != ")", !u[k].properties.isWhitespace { k += 1 }
                if k < u.count, u[k] == ")", k > j + 2 {
                    out.append(contentsOf: u[(i + 1)..<j])
                    i = k + 1
                    continue outer
                }
            }
            out.append(u[i])
            i += 1
        }
        return String(String.UnicodeScalarView(out))
    }
}
