import Foundation

/// Markdown marks inside lines (block-quote `> `, `**bold**`, `*italic*`, `[text](url)`): markup, not text.
///
/// Left in, they break what reads the text: a block-quoted quote does not open its paragraph, so it looks
/// partial; `*By Ann Lee | 1 June 2025*` is not seen as a byline; a word between asterisks is not the word
/// the diff and the people index see. Only paired marks around text go, so a lone asterisk (a footnote mark,
/// "5*") and an underscore in a name stay. Headings are `SourceLine.stripMarkdownHeadings`'s job; image lines
/// (`![alt](file)`) are left for the cleaner to remove whole.
///
/// In `.md` files (`markdown`), where such marks are markup for certain, also `_emphasis_`, `__strong__`,
/// `` `code` `` and backslash escapes (`\*`, `1\.`): web clippers write emphasis with underscores and escape
/// every character that could be read as a mark.
enum MarkdownMarkup {
    static func strip(_ lines: inout [SourceLine], markdown: Bool = false) {
        for i in lines.indices where !lines[i].isBlank {
            let t = lines[i].text
            let s = stripLine(t, markdown: markdown)
            if s != t { lines[i].text = SourceLine.trim(s) }
        }
    }

    static func stripLine(_ t: String, markdown: Bool) -> String {
        // Bytes first: almost no line has any of these marks, and this runs on every line.
        guard t.utf8.contains(where: {
            $0 == 0x3E || $0 == 0x2A || $0 == 0x5B || (markdown && ($0 == 0x5F || $0 == 0x60 || $0 == 0x5C))
        }) else { return t }
        var s = stripBlockQuote(t)
        guard !s.hasPrefix("![") else { return s }
        s = stripEmphasis(s)
        if markdown {
            s = stripEmphasis(s, mark: "_")
            s = stripEmphasis(s, mark: "`", widths: [1])
        }
        s = stripLinks(s)
        return markdown ? unescape(s) : s
    }

    /// "\*" is an asterisk, not a mark (the emphasis passes skip a mark after a backslash); the backslash goes
    /// last. Only before ASCII punctuation, as Markdown defines it.
    static func unescape(_ s: String) -> String {
        guard ScalarText.contains(s, "\\") else { return s }
        var out = String.UnicodeScalarView()
        var pending = false
        for u in s.unicodeScalars {
            if pending {
                if !isASCIIPunctuation(u) { out.append("\\") }
                pending = false
                if u == "\\" { out.append(u); continue }
            } else if u == "\\" {
                pending = true
                continue
            }
            out.append(u)
        }
        if pending { out.append("\\") }
        return String(out)
    }

    static func isASCIIPunctuation(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
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
    static func stripEmphasis(_ s: String, mark: Unicode.Scalar = "*", widths: [Int] = [2, 1]) -> String {
        guard s.unicodeScalars.contains(mark) else { return s }
        var scalars = Array(s.unicodeScalars)
        for width in widths {
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(scalars.count)
            var i = 0
            while i < scalars.count {
                if let close = closingMark(scalars, open: i, width: width, mark: mark) {
                    out.append(contentsOf: scalars[(i + width)..<close])
                    i = close + width
                } else {
                    out.append(scalars[i])
                    i += 1
                }
            }
            scalars = out
        }
        return ScalarText.string(scalars)
    }

    /// Index of the mark closing an emphasis opened at `open`, on the same line, if the pair is emphasis.
    private static func closingMark(_ u: [Unicode.Scalar], open: Int, width: Int, mark: Unicode.Scalar) -> Int? {
        func isMark(_ k: Int) -> Bool {
            guard k >= 0, k + width <= u.count else { return false }
            for j in k..<(k + width) where u[j] != mark { return false }
            // Exactly `width` marks: "**" is not two italics marks; "\*" is an escaped asterisk.
            if k > 0, u[k - 1] == mark || u[k - 1] == "\\" { return false }
            if k + width < u.count, u[k + width] == mark { return false }
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
        guard ScalarText.contains(s, "](") else { return s }
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
                    // "![alt](file)" inside a line is a picture: neither its mark nor its alt text is prose.
                    if out.last == "!" { out.removeLast() } else { out.append(contentsOf: u[(i + 1)..<j]) }
                    i = k + 1
                    continue outer
                }
            }
            out.append(u[i])
            i += 1
        }
        return ScalarText.string(out)
    }
}
