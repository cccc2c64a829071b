import ParallaxCore

public enum PaneSide: Sendable, Hashable { case left, right }

/// Side-by-side compare: which two articles, the scroll line, the selected row and the focused pane.
public struct CompareState: Sendable {
    public var story: Int
    public var left: Int
    public var right: Int
    public var top = 0
    public var selectedRow = 0
    public var focus: PaneSide = .left
    /// The `/` query of this screen and its matches (nil after `Esc`; `lastQuery` keeps the words for `n`).
    public var search: CompareSearch?
    /// `top` is a line of the layout at this pane width (0: not measured yet); with the row at the top and
    /// how far into it, it is recomputed when a resize re-wraps the panes.
    var topWidth = 0
    var topRow = 0
    var topOffset = 0

    public init(story: Int, left: Int, right: Int) {
        self.story = story
        self.left = left
        self.right = right
    }

    public var key: PairKey { PairKey(story: story, left: left, right: right) }
}

struct CompareLayoutKey: Hashable {
    var pair: PairKey
    var paneWidth: Int
}

/// Rows of an alignment wrapped into two panes; every row is as tall as its taller side plus one blank line,
/// which is what keeps both panes scrolling in lock-step.
final class CompareLayout {
    struct PaneLine {
        var paragraph: Int
        var line: WrappedLine
    }

    struct RowBox {
        var top: Int
        var height: Int
        var left: [PaneLine?]
        var right: [PaneLine?]
    }

    let rows: [RowBox]
    let totalLines: Int

    init(model: CompareModel, left: Article, right: Article, paneWidth: Int) {
        func lines(_ paragraphs: [Int], _ article: Article) -> [PaneLine?] {
            var out: [PaneLine?] = []
            for (n, p) in paragraphs.enumerated() {
                guard let text = CompareLayout.paragraph(p, of: article)?.text else { continue }
                if n > 0 { out.append(nil) }
                for l in TextWrapper.wrap(text, width: paneWidth) {
                    out.append(PaneLine(paragraph: p, line: WrappedLine(block: p, start: l.start, end: l.end, startIndex: l.startIndex, endIndex: l.endIndex)))
                }
            }
            return out
        }
        var boxes: [RowBox] = []
        var y = 0
        for row in model.rows {
            let l = lines(row.left, left)
            let r = lines(row.right, right)
            let h = max(l.count, r.count, 1) + 1
            boxes.append(RowBox(top: y, height: h, left: l, right: r))
            y += h
        }
        rows = boxes
        totalLines = y
    }

    static func paragraph(_ p: Int, of a: Article) -> Paragraph? {
        if p >= 0, p < a.paragraphs.count, a.paragraphs[p].index == p { return a.paragraphs[p] }
        return a.paragraphs.first { $0.index == p }
    }

    /// The row drawn at layout line `y`.
    func row(atLine y: Int) -> Int {
        var lo = 0, hi = rows.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if rows[mid].top <= y { lo = mid } else { hi = mid - 1 }
        }
        return max(0, lo)
    }
}

extension AppState {
    static func comparePaneWidth(_ size: Size) -> Int { max(5, (size.width - 3) / 2) }
    /// Lines available for rows: minus the pane header and the status line.
    static func compareViewport(_ size: Size) -> Int { max(1, size.height - 2) }

    func compareLayout(_ c: CompareState, size: Size) -> CompareLayout? {
        guard let model = comparisons[c.key] else { return nil }
        let story = library.stories[c.story]
        let w = AppState.comparePaneWidth(size)
        return layouts.compare(CompareLayoutKey(pair: c.key, paneWidth: w)) {
            CompareLayout(model: model, left: story.articles[c.left], right: story.articles[c.right], paneWidth: w)
        }
    }

    /// Keeps the same words at the top when the pane width changes, as the reader does on a resize.
    func settleCompareTop(_ c: inout CompareState, layout: CompareLayout, size: Size) {
        let w = AppState.comparePaneWidth(size)
        guard !layout.rows.isEmpty else { return }
        if c.topWidth != w {
            if c.topWidth != 0 {
                let box = layout.rows[min(c.topRow, layout.rows.count - 1)]
                c.top = box.top + min(c.topOffset, box.height - 1)
            }
            c.topWidth = w
        }
        c.top = max(0, min(c.top, layout.totalLines - AppState.compareViewport(size)))
        c.topRow = layout.row(atLine: c.top)
        c.topOffset = c.top - layout.rows[c.topRow].top
        // The blank line closing a row (where `]` leaves the top) is kept as "just above the next row":
        // the row above may wrap taller or shorter.
        if c.topOffset == layout.rows[c.topRow].height - 1, c.topRow + 1 < layout.rows.count {
            c.topRow += 1
            c.topOffset = -1
        }
    }

    func handleCompare(_ key: Key, size: Size) {
        guard var c = compare else { return }
        let layout = compareLayout(c, size: size)
        if let layout { settleCompareTop(&c, layout: layout, size: size) }
        let vp = AppState.compareViewport(size)
        let maxTop = max(0, (layout?.totalLines ?? 0) - vp)
        func scroll(_ d: Int) {
            c.top = max(0, min(c.top + d, maxTop))
            // Keep the selection on screen so Enter and ]/[ start from what the user sees.
            if let layout, !layout.rows.isEmpty {
                let sel = layout.rows[min(c.selectedRow, layout.rows.count - 1)]
                if sel.top < c.top || sel.top >= c.top + vp { c.selectedRow = layout.row(atLine: c.top) }
            }
        }
        func select(_ row: Int) {
            guard let layout, row >= 0, row < layout.rows.count else { return }
            c.selectedRow = row
            let box = layout.rows[row]
            if box.top < c.top || box.top + box.height > c.top + vp {
                c.top = max(0, min(box.top - 1, maxTop))
            }
        }
        let rows = comparisons[c.key]?.rows ?? []
        switch key {
        case .char("j"), .down: scroll(1)
        case .char("k"), .up: scroll(-1)
        case .char(" "), .pageDown, .char("f"): scroll(max(1, vp - 2))
        case .char("b"), .pageUp: scroll(-max(1, vp - 2))
        case .char("d"): scroll(max(1, vp / 2))
        case .char("u"): scroll(-max(1, vp / 2))
        case .char("g"), .home: c.top = 0; c.selectedRow = 0
        case .char("G"), .end: scroll(Int.max / 4); c.selectedRow = max(0, rows.count - 1)
        case .char("]"), .char("J"):
            if let i = rows.indices.first(where: { $0 > c.selectedRow && rows[$0].kind != .same }) { select(i) } else { message = "no more differences" }
        case .char("["), .char("K"):
            if let i = rows.indices.last(where: { $0 < c.selectedRow && rows[$0].kind != .same }) { select(i) } else { message = "no earlier differences" }
        case .tab, .backTab:
            c.focus = c.focus == .left ? .right : .left
            // The header colour alone is easy to miss: say which pane now takes o/O and r.
            let name = library.stories[c.story].articles[c.focus == .left ? c.left : c.right].displayName
            message = "focus: \(c.focus == .left ? "left" : "right") pane, \(name) (o/O outlet, r read)"
        case .char("o"), .char("O"):
            let n = library.stories[c.story].articles.count
            let step = key == .char("o") ? 1 : -1
            var a = c.focus == .left ? c.left : c.right
            let other = c.focus == .left ? c.right : c.left
            repeat { a = ((a + step) % n + n) % n } while a == other && n > 2
            guard a != other else { message = "no other article in this story"; break }
            if c.focus == .left { c.left = a } else { c.right = a }
            c.top = 0
            c.selectedRow = 0
            c.topWidth = 0
            requestCompare(story: c.story, left: c.left, right: c.right)
        case .enter:
            if !rows.isEmpty { overlay = .rowDetail(scroll: 0) }
        case .char("/"): overlay = .search("")
        case .char("n"), .char("N"):
            compare = c
            stepCompareSearch(key == .char("n") ? 1 : -1, size: size)
            return
        case .char("r"):
            // Read the focused article at the selected row.
            let a = c.focus == .left ? c.left : c.right
            let row = rows.indices.contains(c.selectedRow) ? rows[c.selectedRow] : nil
            let p = (c.focus == .left ? row?.left.first : row?.right.first)
            compare = c
            openReader(story: c.story, article: a, at: p.map { TextRef(article: a, paragraph: $0, start: 0, end: 0) }, size: size)
            reader?.focus = nil
            return
        default: break
        }
        if let layout, c.key == compare?.key { settleCompareTop(&c, layout: layout, size: size) }
        compare = c
    }

    /// As in the lists: a click selects a row, a click on the selected row opens its details.
    func clickCompare(y: Int, size: Size) {
        guard let c = compare, let layout = compareLayout(c, size: size), y >= 1 else { return }
        let line = c.top + y - 1
        guard line < layout.totalLines else { return }
        let row = layout.row(atLine: line)
        if row == c.selectedRow { handleCompare(.enter, size: size) } else { compare?.selectedRow = row }
    }

    func handleRowDetail(_ key: Key, size: Size) {
        guard case .rowDetail(let s) = overlay else { return }
        switch key {
        case .escape, .enter, .char("q"): overlay = nil
        case .char("j"), .down: overlay = .rowDetail(scroll: s + 1)
        case .char("k"), .up: overlay = .rowDetail(scroll: max(0, s - 1))
        case .char(" "), .pageDown: overlay = .rowDetail(scroll: s + max(1, size.height - 6))
        case .char("b"), .pageUp: overlay = .rowDetail(scroll: max(0, s - max(1, size.height - 6)))
        case .char("]"), .char("["):
            overlay = nil
            handleCompare(key, size: size)
            if compare != nil { overlay = .rowDetail(scroll: 0) }
        default: break
        }
    }
}
