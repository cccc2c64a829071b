import ParallaxCore

extension AppState {
    func drawCompare(_ grid: inout CellGrid, size: Size) {
        guard var c = compare else { return }
        let story = library.stories[c.story]
        let pw = AppState.comparePaneWidth(size)
        let gx = pw
        let rx = pw + 3
        func header(_ side: PaneSide, _ a: Int, _ x: Int) {
            let art = story.articles[a]
            let st = theme.style(c.focus == side ? "pane.focus" : "pane.blur")
            grid.fill(y: 0, from: x, to: x + pw, style: st)
            // An untitled paste without an outlet would read "004_f55b… — 004_f55b…": the stem once is enough;
            // its lead tells what it is, as in the library.
            let text = (art.title ?? art.untitledLead).map { " \(art.displayName) — \($0)" } ?? " \(art.displayName)"
            grid.write(Draw.truncate(text, to: pw), x: x, y: 0, style: st, limit: x + pw)
        }
        header(.left, c.left, 0)
        header(.right, c.right, rx)
        guard let model = comparisons[c.key], let layout = compareLayout(c, size: size) else {
            compare?.topWidth = 0
            if let err = compareErrors[c.key] {
                drawNotice(&grid, size: size, lines: ["Compare not available", err], key: "error")
            } else {
                drawNotice(&grid, size: size, lines: ["\(spinner) aligning \(story.articles[c.left].displayName) with \(story.articles[c.right].displayName)…",
                                                     "computing in the background; q goes back"])
            }
            return
        }
        if model.rows.isEmpty {
            drawNotice(&grid, size: size, lines: ["Nothing to align"])
            return
        }
        settleCompareTop(&c, layout: layout, size: size)
        refreshCompareSearch(&c)
        compare = c
        let left = story.articles[c.left]
        let right = story.articles[c.right]
        let text = theme.style("text")
        let changed = theme.style("diff.changed")
        let filler = theme.style("diff.filler")
        let gutterLine = theme.style("gutter")
        let sel = theme.style("selection")
        let band = theme.style("compare.selected")
        let found = c.search.flatMap { $0.pair == c.key ? $0.byRow : nil } ?? [:]
        let match = theme.style("search.match"), current = theme.style("search.current")
        let vp = AppState.compareViewport(size)
        let fillText = String(repeating: "· ", count: pw / 2 + 1)
        for y in 0..<vp {
            let line = c.top + y
            guard line < layout.totalLines else { break }
            let ri = layout.row(atLine: line)
            let box = layout.rows[ri]
            let row = model.rows[ri]
            let k = line - box.top
            let sy = y + 1
            let isSeparator = k == box.height - 1
            func pane(_ lines: [CompareLayout.PaneLine?], _ article: Article, _ marks: [Int: [Highlight]], _ x: Int, _ side: PaneSide) {
                if lines.isEmpty {
                    if !isSeparator { grid.write(fillText, x: x, y: sy, style: filler, limit: x + pw) }
                    return
                }
                guard k < lines.count, let pl = lines[k], let p = CompareLayout.paragraph(pl.paragraph, of: article) else { return }
                var m = (marks[pl.paragraph] ?? []).map { (start: $0.start, end: $0.end, style: changed) }
                for f in found[ri] ?? [] where f.side == side && f.paragraph == pl.paragraph {
                    m.append((f.start, f.end, ri == c.selectedRow ? current : match))
                }
                Draw.styledLine(&grid, text: p.text, line: pl.line, x: x, y: sy, limit: x + pw, base: text, marks: m)
            }
            pane(box.left, left, row.leftMarks, 0, .left)
            pane(box.right, right, row.rightMarks, rx, .right)
            if !isSeparator {
                let selected = ri == c.selectedRow
                if selected {
                    // The selected row's lines get the band under them, as vim's cursorline: only cells on the
                    // plain background, so changed words and matches keep their own colours.
                    for (from, to) in [(0, pw), (rx, size.width)] {
                        grid.restyle(y: sy, from: from, to: to) { s in
                            guard s.bg == text.bg else { return s }
                            return Style(fg: s.fg == text.fg ? band.fg : s.fg, bg: band.bg, attributes: s.attributes.union(band.attributes))
                        }
                    }
                }
                let g: String
                if k == 0 {
                    switch row.kind {
                    case .same: g = " = "
                    case .changed: g = " ~ "
                    case .leftOnly: g = " < "
                    case .rightOnly: g = " > "
                    case .moved: g = " ↕ "
                    }
                } else {
                    g = " │ "
                }
                let gs = k == 0 ? theme.style("gutter.\(gutterKey(row.kind))") : gutterLine
                grid.write(g, x: gx, y: sy, style: selected ? sel : gs)
            }
        }
    }

    func describe(_ row: CompareModel.Row, _ l: String, _ r: String) -> String {
        if row.kind == .moved, let p = row.partnerRow { return "moved: \(r) tells it at row \(p + 1)" }
        switch row.kind {
        case .same: return "same wording"
        case .changed: return "changed"
        case .leftOnly: return "only in \(l)"
        case .rightOnly: return "only in \(r)"
        case .moved: return "moved"
        }
    }

    func gutterKey(_ k: CompareModel.Kind) -> String {
        switch k {
        case .same: return "same"
        case .changed: return "changed"
        case .leftOnly, .rightOnly: return "only"
        case .moved: return "moved"
        }
    }

    /// The sentence pairs and word changes of the selected row.
    func drawRowDetail(_ grid: inout CellGrid, size: Size, scroll: Int) {
        guard let c = compare, let model = comparisons[c.key], c.selectedRow < model.rows.count else { return }
        let row = model.rows[c.selectedRow]
        let story = library.stories[c.story]
        let w = size.width - 4
        let innerWidth = max(0, w - 4)
        var lines: [(String, Style)] = []
        let ln = story.articles[c.left].displayName, rn = story.articles[c.right].displayName
        func add(_ prefix: String, _ s: String, _ style: Style) {
            let blockLines = TextWrapper.wrap(s, width: max(1, innerWidth - Draw.width(prefix)))
            for (i, l) in blockLines.enumerated() {
                lines.append(((i == 0 ? prefix : String(repeating: " ", count: Draw.width(prefix))) + String(s[l.startIndex..<l.endIndex]), style))
            }
        }
        let sentences = row.sentences
        if sentences.isEmpty {
            for p in row.left { if let t = CompareLayout.paragraph(p, of: story.articles[c.left])?.text { add("◀ ", t, theme.style("text")) } }
            for p in row.right { if let t = CompareLayout.paragraph(p, of: story.articles[c.right])?.text { add("▶ ", t, theme.style("text")) } }
        }
        for (i, s) in sentences.enumerated() {
            if i > 0 { lines.append(("", theme.style("text"))) }
            add("◀ ", s.left ?? "(nothing in \(ln))", theme.style(s.left == nil ? "muted" : "text"))
            let missing = row.partnerRow.map { "(\(rn) tells it at row \($0 + 1))" } ?? "(nothing in \(rn))"
            add("▶ ", s.right ?? missing, theme.style(s.right == nil ? "muted" : "text"))
            if s.left != nil && s.right != nil {
                if s.changes.isEmpty {
                    add("  ", "same wording", theme.style("gutter.same"))
                } else {
                    for ch in s.changes {
                        let a = ch.left.isEmpty ? "∅" : "“\(ch.left)”"
                        let b = ch.right.isEmpty ? "∅" : "“\(ch.right)”"
                        add("  ", "\(a) → \(b)", theme.style("diff.changed"))
                    }
                }
            }
        }
        // As tall as what it holds, down to the line above the status line at most.
        let h = min(size.height - 2, lines.count + 2)
        let innerHeight = max(0, h - 2)
        let start = min(scroll, max(0, lines.count - innerHeight))
        // Kept clamped, so `k` after too many `j` moves at once.
        overlay = .rowDetail(scroll: start)
        // Say that there is more, and where we are in it, as the help overlay does.
        let shown = "\(start + 1)–\(min(lines.count, start + innerHeight)) of \(lines.count) lines"
        rowDetailShown = lines.count > innerHeight ? shown : nil
        let more = lines.count > innerHeight ? " · \(shown), j/k scroll" : ""
        let inner = Draw.box(&grid, x: 2, y: 1, width: w, height: h,
                             title: "Row \(c.selectedRow + 1) · \(describe(row, story.articles[c.left].displayName, story.articles[c.right].displayName))\(more) · Esc closes", theme: theme)
        for y in 0..<inner.height {
            guard start + y < lines.count else { break }
            grid.write(lines[start + y].0, x: inner.x, y: inner.y + y, style: lines[start + y].1, limit: inner.x + inner.width)
        }
    }
}
