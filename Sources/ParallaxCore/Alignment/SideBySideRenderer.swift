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

    struct Cell {
        var char: Character
        var style: Style
    }

    var columnWidth: Int { (width - 3) / 2 }

    public func render(_ a: PairAlignment) -> String {
        var out: [String] = []
        let cw = columnWidth
        out.append(line(
            cells(Self.visible(a.left.displayName), .header), cells(Self.visible(a.right.displayName), .header), "|"))
        out.append(String(repeating: "-", count: cw) + "-+-" + String(repeating: "-", count: cw))
        for (k, row) in a.rows.enumerated() {
            if k > 0 { out.append(line([], [], " ")) }
            let mark = Self.mark(row.kind)
            var lastLeft: Int?, lastRight: Int?
            for s in row.sentences {
                // A new paragraph on either side inside one row starts after a blank line.
                let newLeft = s.leftParagraph.map { p in lastLeft.map { $0 != p } ?? false } ?? false
                let newRight = s.rightParagraph.map { p in lastRight.map { $0 != p } ?? false } ?? false
                if newLeft || newRight { out.append(line([], [], mark)) }
                lastLeft = s.leftParagraph ?? lastLeft
                lastRight = s.rightParagraph ?? lastRight
                let l = s.left.map { styled($0, s.changes.map(\.leftRange), side: .removed) }
                let r = s.right.map { styled($0, s.changes.map(\.rightRange), side: .added) }
                let lw = l.map { wrap($0, cw) } ?? []
                let rw = r.map { wrap($0, cw) } ?? []
                let n = max(lw.count, rw.count)
                for i in 0..<n {
                    let lc = i < lw.count ? lw[i] : (l == nil ? filler(cw) : [])
                    let rc = i < rw.count ? rw[i] : (r == nil ? filler(cw) : [])
                    out.append(line(lc, rc, mark))
                }
            }
        }
        return out.map { trimRight($0) }.joined(separator: "\n") + "\n"
    }

    private func trimRight(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t.removeLast() }
        return String(t)
    }

    /// The text as cells, with changed ranges styled (colour) or bracketed (plain).
    func styled(_ text: String, _ ranges: [Range<Int>], side: Style) -> [Cell] {
        let scalars = ScalarText.scalars(text)
        var marked = [Bool](repeating: false, count: scalars.count)
        for r in ranges { for i in r where i < marked.count { marked[i] = true } }
        var out: [Cell] = []
        var i = 0
        // Walk grapheme clusters so combining marks stay with their base.
        for ch in text {
            let n = ch.unicodeScalars.count
            let isMarked = i < marked.count && marked[i]
            let wasMarked = i > 0 && marked[i - 1]
            if !color {
                if isMarked && !wasMarked { out += cells(side == .removed ? "[-" : "{+", .plain) }
                if !isMarked && wasMarked { out += cells(side == .removed ? "-]" : "+}", .plain) }
            }
            out += cells(Self.visible(String(ch)), isMarked ? side : .plain)
            i += n
        }
        if !color, let last = marked.last, last { out += cells(side == .removed ? "-]" : "+}", .plain) }
        return out
    }

    func cells(_ s: String, _ style: Style) -> [Cell] { s.map { Cell(char: $0, style: style) } }

    func filler(_ w: Int) -> [Cell] {
        cells(String(repeating: " .", count: w / 2), .filler)
    }

    /// Word-wraps cells to `w` terminal cells; words wider than a line are cut.
    func wrap(_ text: [Cell], _ w: Int) -> [[Cell]] {
        var lines: [[Cell]] = []
        var cur: [Cell] = []
        var curW = 0
        var word: [Cell] = []
        var wordW = 0
        func flushWord() {
            if word.isEmpty { return }
            if curW > 0 && curW + 1 + wordW > w {
                lines.append(cur); cur = []; curW = 0
            }
            if curW > 0 { cur.append(Cell(char: " ", style: word.first!.style == cur.last?.style ? word.first!.style : .plain)); curW += 1 }
            for c in word {
                let cwid = DisplayWidth.of(c.char)
                if curW + cwid > w { lines.append(cur); cur = []; curW = 0 }
                cur.append(c); curW += cwid
            }
            word = []; wordW = 0
        }
        for c in text {
            if c.char == " " || c.char == "\n" || c.char == "\t" { flushWord(); continue }
            word.append(c); wordW += DisplayWidth.of(c.char)
        }
        flushWord()
        if !cur.isEmpty || lines.isEmpty { lines.append(cur) }
        return lines
    }

    func line(_ l: [Cell], _ r: [Cell], _ mark: Character) -> String {
        render(l, pad: columnWidth) + " \(mark) " + render(r, pad: columnWidth)
    }

    func render(_ cells: [Cell], pad: Int) -> String {
        var s = ""
        var style = Style.plain
        var used = 0
        for c in cells {
            if color && c.style != style {
                s += Self.sgr(c.style)
                style = c.style
            }
            s.append(c.char)
            used += DisplayWidth.of(c.char)
        }
        if color && style != .plain { s += "\u{1B}[0m" }
        if used < pad { s += String(repeating: " ", count: pad - used) }
        return s
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
