import Foundation

/// One line of the source file after decoding, trimmed, with its 1-based raw line number.
///
/// Every ingestion stage passes the full list along and blanks out what it consumes instead of deleting
/// it, so line numbers stay true to the file and a removed line still separates the paragraphs around it.
struct SourceLine: Sendable, Hashable {
    let number: Int
    var text: String
    /// Written as a Markdown heading (`## Text`); `text` holds the heading without its marks.
    var isMarkedHeading = false
    /// The raw line began with a form feed: text extracted from a PDF starts each new page so.
    var startsPage = false
    /// Carries on the paragraph above across a page break (see `PageFurniture`), so the blank lines
    /// between them do not end that paragraph.
    var continuesParagraph = false
    /// The raw number of the last line joined into this one (see `BrokenLines`): the paragraph it starts
    /// covers the raw lines up to there.
    var joinedThrough: Int?
    /// The raw line range this line covers.
    var span: ClosedRange<Int> { number...(joinedThrough ?? number) }

    var isBlank: Bool { text.isEmpty }

    /// Splits canonical text (LF only) into trimmed lines.
    static func split(_ text: String) -> [SourceLine] {
        var out: [SourceLine] = []
        var n = 0
        // Split on the byte: splitting by Character walked grapheme clusters and was a tenth of ingestion.
        // Files are canonicalised to "\n" line ends before this.
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            n += 1
            var line = SourceLine(number: n, text: trim(Substring(raw)))
            line.startsPage = raw.first == 0x0C
            out.append(line)
        }
        return out
    }

    /// Markdown ATX headings ("## Sub-heading ##") lose their marks: they are markup, not text. The
    /// line is then known to be a heading, whatever its length.
    static func stripMarkdownHeadings(_ lines: inout [SourceLine]) {
        for i in lines.indices where lines[i].text.hasPrefix("**") { stripOpeningBold(&lines[i]) }
        for i in lines.indices where lines[i].text.hasPrefix("#") {
            let s = lines[i].text.unicodeScalars
            let hashes = s.prefix { $0 == "#" }.count
            guard hashes <= 6, s.count > hashes + 1, s[s.index(s.startIndex, offsetBy: hashes)] == " " else { continue }
            var body = ScalarText.string(s.dropFirst(hashes + 1))
            while body.hasSuffix("#") { body.removeLast() }
            body = trim(body)
            guard !body.isEmpty else { continue }
            lines[i].text = body
            lines[i].isMarkedHeading = true
        }
    }

    /// "**Secretary-General's Travels": an opening bold mark that is never closed, on a short line that is
    /// no sentence, as briefing transcripts mark their sub-headings. The mark goes and the line is a heading.
    static func stripOpeningBold(_ line: inout SourceLine) {
        let body = line.text.unicodeScalars.dropFirst(2)
        guard let first = body.first, first != "*", !first.properties.isWhitespace, !body.contains("*") else { return }
        let text = ScalarText.string(body)
        guard words(text, cap: 13) <= 12, !LineShape.endsLikeSentence(text) else { return }
        line.text = trim(text)
        line.isMarkedHeading = true
    }

    /// Trims white space and the invisible format characters that web copy leaves at line ends.
    static func trim<S: StringProtocol>(_ s: S) -> String {
        // Concretely a String, so the result is one slice copy rather than a scalar-by-scalar rebuild.
        let whole = String(s)
        let scalars = whole.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmable(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isTrimmable(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    static func isTrimmable(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return true
        default: return u.properties.isWhitespace || (u.value < 0x20)
        }
    }

    /// Words as a reader counts them (runs separated by white space).
    var wordCount: Int { SourceLine.words(text) }

    /// Counting stops at `cap`: callers only ask "more than N words?", and a megabyte-long line must not be
    /// walked again for each such question.
    static func words(_ s: String, cap: Int = .max) -> Int {
        var count = 0
        var inWord = false
        for u in s.unicodeScalars {
            if isSpace(u) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= cap { return count }
            }
        }
        return count
    }

    @inline(__always)
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u == " " || u == "\t" || u == "\n" || u == "\r" || u.value == 0x0B || u.value == 0x0C }
        return u.properties.isWhitespace
    }
}

/// Line-shape tests shared by the cleaner, metadata inference and paragraph builder.
enum LineShape {
    /// Whether the UTF-8 of `s` holds that of `needle`: a byte search, as a test before Foundation's
    /// `contains`, which bridges the line to UTF-16 (20k instructions a line). Text is NFC by then, so an
    /// ASCII needle found by Foundation's (canonical) comparison is there as bytes too.
    static func hasBytes(_ s: String, _ needle: String) -> Bool { ScalarText.contains(s, needle) }

    /// Ends like a sentence: terminal punctuation, possibly followed by closing quotes or brackets.
    static func endsLikeSentence(_ s: String) -> Bool {
        var it = s.unicodeScalars.reversed().makeIterator()
        while let u = it.next() {
            if closers.contains(u) { continue }
            return terminators.contains(u)
        }
        return false
    }

    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}"]

    /// `terminators.contains(u)` without hashing: it runs on every scalar of every paragraph.
    @inline(__always)
    static func isTerminator(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F: return true
        default: return false
        }
    }

    /// `s.unicodeScalars.count <= max` without counting a long line to its end (UTF-8 length bounds the
    /// scalar count from both sides, and is known without a walk).
    static func hasAtMost(_ s: String, scalars max: Int) -> Bool {
        let bytes = s.utf8.count
        if bytes <= max { return true }
        if bytes > 4 * max { return false }
        return ScalarText.count(s) <= max
    }
    static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "*", "_"]

    /// Running text of the story, as opposed to a label, a heading or a caption.
    static func isProse(_ s: String) -> Bool {
        let w = SourceLine.words(s, cap: 25)
        return (w >= 8 && (endsLikeSentence(s) || endsInsideASentence(s))) || w >= 25
    }

    /// "… said comments made by him at the": a sentence the paste broke off, which no caption or label is.
    static func endsInsideASentence(_ s: String) -> Bool {
        let tail = s.unicodeScalars.reversed().prefix { $0.properties.isAlphabetic }
        guard tail.count >= 1, tail.count <= 4, let before = s.unicodeScalars.dropLast(tail.count).last, before == " " else { return false }
        return brokenOffWords.contains(ScalarText.string(tail.reversed()))
    }

    static let brokenOffWords: Set<String> = ["the", "a", "an", "of", "to", "at", "in", "on", "by", "for", "with", "from", "and", "or", "that", "his", "her", "its", "their", "our"]

    static let bulletMarkers: Set<Unicode.Scalar> = ["\u{2022}", "\u{00B7}", "\u{25AA}", "\u{25CF}", "\u{25BA}", "\u{25B8}", "\u{2023}", "\u{2043}", "\u{2013}", "\u{2014}", "-", "*", "+", "\u{2713}", "\u{2714}", "\u{27A4}", "\u{25E6}"]

    /// A list item: a bullet mark followed by a space, or "1." / "1)".
    static func isBullet(_ s: String) -> Bool {
        let u = Array(s.unicodeScalars.prefix(4))
        guard let first = u.first else { return false }
        if bulletMarkers.contains(first) { return u.count > 1 && u[1].properties.isWhitespace }
        if first.properties.numericType != nil {
            var i = 0
            while i < u.count, u[i].properties.numericType != nil { i += 1 }
            return i < u.count - 1 && (u[i] == "." || u[i] == ")") && u[i + 1] == " "
        }
        return false
    }

    /// Letters all uppercase (a section label such as "WORLD NEWS").
    static func isAllCaps(_ s: String) -> Bool {
        var letters = 0
        for u in s.unicodeScalars where u.properties.isAlphabetic {
            letters += 1
            if u.properties.isLowercase { return false }
        }
        return letters >= 2
    }

    /// Only punctuation and symbols: "***", "—", "|".
    static func isDecoration(_ s: String) -> Bool {
        !s.isEmpty && !s.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Lowercased matching form (quotes, dashes and spaces folded), for the rule tables.
    static func key(_ s: String) -> String { TextNormalizer.forMatching(s) }
}
