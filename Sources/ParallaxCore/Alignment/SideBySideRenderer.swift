import Foundation

/// Renders a `PairAlignment` as two text columns for `parallax diff`: one block per row, sentence pairs
/// side by side, a gutter mark per row, changed words highlighted (ANSI colour) or bracketed
/// (`[-old-]{+new+}`) when colour is off, and filler where one side has nothing.
public struct SideBySideRenderer: Sendable {
    public var width: Int
    public var color: Bool

    public init(width: Int, color: Bool) {
        self.width = max(width, 21)
        self.color = color
    }

    /// Gutter marks, documented in README "Alignment".
    public static func mark(_ kind: RowKind) -> Character {
        switch kind {
        case .same: "="
        case .changed: "~"
        case .leftOnly: "<"
        case .rightOnly: ">"
        case .moved: "m"
        }
    }

    enum Style: Equatable { case plain, removed, added, filler, header }

    /// One grapheme with its style and its terminal width, worked out once: wrapping and padding both need
    /// the width, and looking it up per use was a large part of `diff`'s text output.
    struct Cell {
        var char: Character
        var style: Style
        var width: Int
        /// The character's byte when it is one ASCII byte, else 0: most text is, and bytes are cheaper to compare and copy.
        var byte: UInt8

        init(_ char: Character, _ style: Style) {
            self.char = char
            self.style = style
            width = DisplayWidth.of(char)
            byte = char.asciiValue ?? 0
        }

        /// A printable ASCII character, without the grapheme work.
        init(ascii b: UInt8, _ style: Style) {
            char = Self.asciiCharacters[Int(b)]
            self.style = style
            width = 1
            byte = b
        }

        static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

        var isSpace: Bool { byte == 0x20 }
    }

    var columnWidth: Int { (width - 3) / 2 }

    public func render(_ a: PairAlignment) -> String {
        var out = Output(color: color, pad: columnWidth)
        let cw = columnWidth
        out.line(cells(Self.visible(a.left.displayName), .header), cells(Self.visible(a.right.displayName), .header), "|")
        out.raw(String(repeating: "-", count: cw) + "-+-" + String(repeating: "-", count: cw))
        for (k, row) in a.rows.enumerated() {
            if k > 0 { out.line([], [], " ") }
            let mark = Self.mark(row.kind)
            var lastLeft: Int?, lastRight: Int?
            for s in row.sentences {
                // A new paragraph on either side inside one row starts after a blank line.
                let newLeft = s.leftParagraph.map { p in lastLeft.map { $0 != p } ?? false } ?? false
                let newRight = s.rightParagraph.map { p in lastRight.map { $0 != p } ?? false } ?? false
                if newLeft || newRight { out.line([], [], mark) }
                lastLeft = s.leftParagraph ?? lastLeft
                lastRight = s.rightParagraph ?? lastRight
                let l = s.left.map { styled($0, s.changes.map(\.leftRange), side: .removed) }
                let r = s.right.map { styled($0, s.changes.map(\.rightRange), side: .added) }
                let lw = l.map { wrap($0, cw) } ?? []
                let rw = r.map { wrap($0, cw) } ?? []
                let n = max(lw.count, rw.count)
                let fill = l == nil || r == nil ? filler(cw) : []
                for i in 0..<n {
                    let lc = i < lw.count ? lw[i] : (l == nil ? fill : [])
                    let rc = i < rw.count ? rw[i] : (r == nil ? fill : [])
                    out.line(lc, rc, mark)
                }
            }
        }
        return out.text
    }

    /// The text as cells, with changed ranges styled (colour) or bracketed (plain).
    func styled(_ text: String, _ ranges: [Range<Int>], side: Style) -> [Cell] {
        let count = ScalarText.count(text)
        var marked = [Bool](repeating: false, count: count)
        for r in ranges { for i in r where i < marked.count { marked[i] = true } }
        var out: [Cell] = []
        out.reserveCapacity(count + 8)
        let open = side == .removed ? "[-" : "{+", close = side == .removed ? "-]" : "+}"
        var i = 0
        func mark(_ isMarked: Bool) {
            guard !color else { return }
            let wasMarked = i > 0 && marked[i - 1]
            if isMarked && !wasMarked { out += cells(open, .plain) }
            if !isMarked && wasMarked { out += cells(close, .plain) }
        }
        // Walk grapheme clusters so combining marks stay with their base; a printable ASCII byte followed by
        // another ASCII byte (or the end) is a whole grapheme, taken without grapheme breaking.
        let utf8 = text.utf8
        var at = utf8.startIndex
        while at < utf8.endIndex {
            let b = utf8[at]
            let next = utf8.index(after: at)
            let isMarked = i < marked.count && marked[i]
            if b >= 0x20 && b < 0x7F && (next == utf8.endIndex || utf8[next] < 0x80) {
                mark(isMarked)
                out.append(Cell(ascii: b, isMarked ? side : .plain))
                i += 1
                at = next
                continue
            }
            let ch = text[at]
            mark(isMarked)
            let style = isMarked ? side : .plain
            if Self.needsEscape(ch) { out += cells(Self.visible(String(ch)), style) } else { out.append(Cell(ch, style)) }
            i += ch.unicodeScalars.count
            at = text.index(after: at)
        }
        if !color, let last = marked.last, last { out += cells(close, .plain) }
        return out
    }

    /// Whether `visible` would change the grapheme: almost none do, and skipping it saves a string per grapheme.
    static func needsEscape(_ ch: Character) -> Bool {
        if let a = ch.asciiValue { return a < 0x20 || a == 0x7F }
        return ch.unicodeScalars.contains { u in
            let v = u.value
            return v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
        }
    }

    func cells(_ s: String, _ style: Style) -> [Cell] { s.map { Cell($0, style) } }

    func filler(_ w: Int) -> [Cell] {
        cells(String(repeating: " .", count: w / 2), .filler)
    }

    /// Word-wraps cells to `w` terminal cells; words wider than a line are cut.
    func wrap(_ text: [Cell], _ w: Int) -> [[Cell]] {
        var lines: [[Cell]] = []
        var cur: [Cell] = []
        var curW = 0
        var wordStart = 0
        var wordW = 0
        func flushWord(upTo end: Int) {
            if wordStart == end { return }
            if curW > 0 && curW + 1 + wordW > w {
                lines.append(cur); cur = []; curW = 0
            }
            let first = text[wordStart].style
            if curW > 0 { cur.append(Cell(" ", first == cur.last?.style ? first : .plain)); curW += 1 }
            for c in text[wordStart..<end] {
                if curW + c.width > w { lines.append(cur); cur = []; curW = 0 }
                cur.append(c); curW += c.width
            }
            wordW = 0
        }
        for (k, c) in text.enumerated() {
            if c.isSpace { flushWord(upTo: k); wordStart = k + 1; continue }
            wordW += c.width
        }
        flushWord(upTo: text.count)
        if !cur.isEmpty || lines.isEmpty { lines.append(cur) }
        return lines
    }

    /// The rendered lines as UTF-8, each padded column by column and stripped of trailing spaces.
    struct Output {
        let color: Bool
        let pad: Int
        var bytes: [UInt8] = []

        init(color: Bool, pad: Int) {
            self.color = color
            self.pad = pad
            bytes.reserveCapacity(1 << 16)
        }

        mutating func raw(_ s: String) {
            bytes.append(contentsOf: s.utf8)
            endLine()
        }

        mutating func line(_ l: [Cell], _ r: [Cell], _ mark: Character) {
            column(l)
            bytes.append(0x20); bytes.append(contentsOf: mark.utf8); bytes.append(0x20)
            column(r)
            endLine()
        }

        private mutating func column(_ cells: [Cell]) {
            var style = Style.plain
            var used = 0
            for c in cells {
                if color && c.style != style {
                    bytes.append(contentsOf: SideBySideRenderer.sgr(c.style).utf8)
                    style = c.style
                }
                if c.byte != 0 { bytes.append(c.byte) } else { bytes.append(contentsOf: c.char.utf8) }
                used += c.width
            }
            if color && style != .plain { bytes.append(contentsOf: "\u{1B}[0m".utf8) }
            if used < pad { bytes.append(contentsOf: repeatElement(0x20, count: pad - used)) }
        }

        private mutating func endLine() {
            while bytes.last == 0x20 { bytes.removeLast() }
            bytes.append(0x0A)
        }

        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    static func sgr(_ style: Style) -> String {
        switch style {
        case .plain: "\u{1B}[0m"
        case .removed: "\u{1B}[0;31;1m"
        case .added: "\u{1B}[0;32;1m"
        case .filler: "\u{1B}[0;2m"
        case .header: "\u{1B}[0;1m"
        }
    }

    /// Article text must never drive the terminal: control characters (ESC, C1, bidi overrides) are shown
    /// as visible escapes instead of being emitted raw.
    public static func visible(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            let v = u.value
            switch v {
            case 0x09, 0x0A: out.append(" ")
            case 0x00..<0x20: out += "^" + String(UnicodeScalar(UInt8(v + 0x40)))
            case 0x7F: out += "^?"
            case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F:
                out += String(format: "<U+%04X>", v)
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
