import ParallaxCore

extension AppState {
    func drawReader(_ grid: inout CellGrid, size: Size) {
        guard let r = reader else { return }
        let layout = readerLayout(r, size: size)
        let top = readerTop(r, layout: layout, size: size)
        let vp = AppState.readerViewport(size)
        let width = AppState.readerTextWidth(size)
        let x0 = max(0, (size.width - width) / 2)
        let highlights = analyses[r.story]?.highlights[r.article] ?? [:]
        let text = theme.style("text")
        var styleCache: [String: Style] = [:]
        func style(_ key: String) -> Style {
            if let s = styleCache[key] { return s }
            let s = theme.style(key)
            styleCache[key] = s
            return s
        }
        for y in 0..<vp {
            let li = top + y
            guard li < layout.lines.count else { break }
            let line = layout.lines[li]
            if line.isSpacer { continue }
            let block = layout.blocks[line.block]
            var marks: [(start: Int, end: Int, style: Style)] = []
            let base: Style
            switch block.kind {
            case .title: base = style("title")
            case .meta, .note: base = style("muted")
            case .paragraph(let p):
                base = text
                for h in highlights[p] ?? [] { marks.append((h.start, h.end, style(h.key))) }
                if let f = r.focus, f.article == r.article, f.paragraph == p, f.end > f.start {
                    marks.append((f.start, f.end, style("person.highlight")))
                }
            }
            if let s = r.search {
                for (n, m) in s.matches.enumerated() where m.block == line.block {
                    marks.append((m.start, m.end, style(n == s.current ? "search.current" : "search.match")))
                }
            }
            Draw.styledLine(&grid, text: block.text, line: line, x: x0, y: y, limit: min(size.width, x0 + width),
                            base: base, marks: marks)
        }
        let article = library.stories[r.story].articles[r.article]
        if article.paragraphs.isEmpty {
            // A blank page looks like a drawing bug; say what is going on and how to see more.
            let y = min(max(0, layout.lines.count - top + 1), vp - 1)
            let note = "No text: the file is empty, or cleaning removed all of it (parallax read --show-removed shows why)."
            for (i, l) in TextWrapper.wrap(note, width: width).enumerated() where y + i < vp {
                grid.write(String(note[l.startIndex..<l.endIndex]), x: x0, y: y + i, style: style("muted"), limit: min(size.width, x0 + width))
            }
        }
        if analysisErrors[r.story] != nil, vp > 2 {
            // The article itself is still readable; say why the colours are missing.
            let note = Draw.truncate("analysis failed: \(analysisErrors[r.story]!)", to: size.width - 2)
            grid.fill(y: vp - 1, style: text)
            grid.write(note, x: 1, y: vp - 1, style: style("error"))
        }
    }
}
