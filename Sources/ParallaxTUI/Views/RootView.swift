import ParallaxCore

extension AppState {
    /// The whole frame for `size`. Views only read state, except for scroll offsets that must follow the
    /// selection, which are clamped here where the size is known.
    public func render(size: Size) -> CellGrid {
        var grid = CellGrid(width: size.width, height: size.height, fill: Cell(character: " ", style: theme.style("text")))
        if size.isTooSmall {
            drawTooSmall(&grid, size: size)
            return grid
        }
        switch current {
        case .library: drawLibrary(&grid, size: size)
        case .reader: drawReader(&grid, size: size)
        case .compare: drawCompare(&grid, size: size)
        case .quotes: drawQuotes(&grid, size: size)
        case .people: drawPeople(&grid, size: size)
        }
        switch overlay {
        case .help(let scroll): drawHelp(&grid, size: size, scroll: scroll)
        case .rowDetail(let scroll): drawRowDetail(&grid, size: size, scroll: scroll)
        default: break
        }
        drawStatus(&grid, size: size)
        return grid
    }

    func drawTooSmall(_ grid: inout CellGrid, size: Size) {
        let message = ["Terminal too small", "need \(Size.minimum.width)×\(Size.minimum.height), have \(size.width)×\(size.height)", "enlarge it, or q to go back"]
        // Wrapped rather than cut, so that even a sliver of a pane says what is wrong and what to do.
        var lines: [String] = []
        var headline = 0  // how many of the lines the first sentence took
        for (i, m) in message.enumerated() {
            for r in TextWrapper.wrap(m, width: size.width) {
                var line = String(m[r.startIndex..<r.endIndex])
                while line.last == " " { line.removeLast() }
                lines.append(line)
            }
            if i == 0 { headline = lines.count }
        }
        let top = max(0, (size.height - lines.count) / 2)
        for (i, l) in lines.enumerated() where top + i < size.height {
            let t = Draw.truncate(l, to: size.width)
            grid.write(t, x: max(0, (size.width - Draw.width(t)) / 2), y: top + i, style: theme.style(i < headline ? "error" : "text"))
        }
    }

    /// A centred notice in the content area (computing…, not available, errors).
    func drawNotice(_ grid: inout CellGrid, size: Size, lines: [String], key: String = "muted") {
        let top = max(1, (size.height - 1 - lines.count) / 2)
        for (i, l) in lines.enumerated() where top + i < size.height - 1 {
            let t = Draw.truncate(l, to: size.width - 2)
            grid.write(t, x: max(0, (size.width - Draw.width(t)) / 2), y: top + i, style: theme.style(key))
        }
    }

    var spinner: String { Draw.spinner[spinnerFrame % Draw.spinner.count] }

    func drawStatus(_ grid: inout CellGrid, size: Size) {
        let y = size.height - 1
        let st = theme.style("status")
        grid.fill(y: y, style: st)
        if case .search(let q) = overlay {
            let x = grid.write("/" + q, x: 0, y: y, style: st)
            grid.put("█", x: x, y: y, style: st)
            let hint = "Enter search · Esc cancel"
            grid.write(hint, x: max(x + 2, size.width - Draw.width(hint) - 1), y: y, style: st)
            return
        }
        let (left, hints) = statusText(size: size)
        var right = hints
        if let message { right = message }
        if isBusy { right = "\(spinner) analysing…  " + right }
        // Where you are matters more than the key hints: the left part gets its room first.
        let leftText = Draw.truncate(" " + left, to: max(0, min(Draw.width(left) + 1, size.width * 3 / 4)))
        grid.write(leftText, x: 0, y: y, style: theme.style("status.key"))
        let rw = max(0, size.width - Draw.width(leftText) - 3)
        let r = Draw.truncate(right, to: rw)
        let style = message != nil && message!.hasPrefix("theme:") && message!.contains("line") ? theme.style("error").over(st) : st
        grid.write(r, x: size.width - Draw.width(r) - 1, y: y, style: style)
    }

    func statusText(size: Size) -> (String, String) {
        switch current {
        case .library:
            let n = library.stories.reduce(0) { $0 + $1.articles.count }
            var left = "Library · \(Plural.count(library.stories.count, "story")) · \(Plural.count(n, "article"))"
            if let l = loading { left += " · reading \(l.loadedFiles) of \(l.totalFiles) files…" }
            return (left,
                    "Enter read · c compare · \" quotes · p people · ? help · q quit")
        case .reader:
            guard let r = reader else { return ("", "") }
            let story = library.stories[r.story]
            let a = story.articles[r.article]
            let layout = readerLayout(r, size: size)
            let top = readerTop(r, layout: layout, size: size)
            let vp = AppState.readerViewport(size)
            let pct = layout.lines.count <= vp ? 100 : min(100, (top + vp) * 100 / layout.lines.count)
            var left = "\(a.displayName) · \(r.article + 1)/\(story.articles.count) · \(pct)%"
            if let cut = r.analysisCut { left += " · ¶1–\(cut.paragraphsAnalysed) analysed" }
            if let w = r.walk, let people = analyses[r.story]?.people, w.person < people.count {
                left = "\(people[w.person].name) · mention \(w.index + 1) of \(people[w.person].mentions.count) · \(a.displayName)"
            } else if let s = r.search {
                left += s.matches.isEmpty ? " · /\(s.query): not found" : " · /\(s.query) \((s.current ?? 0) + 1) of \(s.matches.count)"
            }
            let nHint = r.walk != nil ? "n/N mention · " : (r.search != nil ? "n/N match · " : "")
            return (left, nHint + "/ search · c compare · ? help · q back")
        case .compare:
            guard let c = compare else { return ("", "") }
            let story = library.stories[c.story]
            var left = "\(story.articles[c.left].displayName) ⇄ \(story.articles[c.right].displayName)"
            if let m = comparisons[c.key] {
                let diffs = m.rows.filter { $0.kind != .same }.count
                left += " · row \(min(c.selectedRow + 1, m.rows.count))/\(m.rows.count) · \(diffs) differences"
            }
            return (left, "]/[ difference · Tab pane · o/O outlet · Enter details · q back")
        case .quotes:
            return ("Quotes · \(library.stories[lists.story].title)", "Enter read · j/k move · ? help · q back")
        case .people:
            return ("People · \(library.stories[lists.story].title)", "Enter first mention, then n/N · ? help · q back")
        }
    }
}
