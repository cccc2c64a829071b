import ParallaxCore

extension AppState {
    /// Shared states of the analysis-backed lists: still computing, failed, or not in this build.
    private func analysisNotice(_ grid: inout CellGrid, size: Size, available: Bool, what: String) -> Bool {
        let s = lists.story
        if let err = analysisErrors[s] {
            drawNotice(&grid, size: size, lines: ["\(what) failed", err], key: "error")
            return true
        }
        if analyses[s] == nil {
            drawNotice(&grid, size: size, lines: ["\(spinner) computing \(what.lowercased())…", "q goes back"])
            return true
        }
        if !available {
            drawNotice(&grid, size: size, lines: ["\(what) not available yet"])
            return true
        }
        return false
    }

    private func clampTop(_ top: inout Int, selection: Int, count: Int, viewport: Int) {
        if selection < top { top = selection }
        if selection >= top + viewport { top = selection - viewport + 1 }
        top = max(0, min(top, max(0, count - viewport)))
    }

    func drawQuotes(_ grid: inout CellGrid, size: Size) {
        let story = library.stories[lists.story]
        let quotes = analyses[lists.story]?.quotes
        // The counts before the story title: a long title is cut, not the figures.
        var title = " Quotes · "
        if let quotes {
            let v = quotes.filter { $0.agreement == .verbatim }.count
            let va = quotes.filter { $0.agreement == .variant }.count
            title += "\(Plural.count(quotes.count, "quote")): \(v) verbatim, \(va) variant, \(quotes.count - v - va) single · "
        }
        title += story.title
        grid.write(Draw.truncate(title, to: size.width), x: 0, y: 0, style: theme.style("title"))
        if analysisNotice(&grid, size: size, available: quotes != nil, what: "Quote ledger") { return }
        guard let quotes else { return }
        grid.write(Draw.truncate(" = verbatim everywhere · ≈ wording differs · 1 one outlet only", to: size.width), x: 0, y: 1, style: theme.style("muted"))
        let rows = quoteRows(story: lists.story)
        if rows.isEmpty {
            drawNotice(&grid, size: size, lines: ["No direct quotes found"])
            return
        }
        let vp = AppState.listViewport(size)
        // As wide as the story's longest outlet name, within a quarter of the screen (as in the library).
        let widest = story.articles.map { Draw.width($0.displayName) }.max() ?? 0
        let outletW = max(8, min(widest, 28, size.width / 4))
        lists.quoteSelection = min(lists.quoteSelection, rows.count - 1)
        clampTop(&lists.quoteTop, selection: lists.quoteSelection, count: rows.count, viewport: vp)
        for y in 0..<vp {
            let i = lists.quoteTop + y
            guard i < rows.count else { break }
            let sy = y + 2
            let selected = i == lists.quoteSelection
            let base = theme.style(selected ? "selection" : "text")
            if selected { grid.fill(y: sy, style: base) }
            switch rows[i] {
            case .group(let g):
                let q = quotes[g]
                let mark: String
                switch q.agreement {
                case .verbatim: mark = "="
                case .variant: mark = "≈"
                case .single: mark = "1"
                }
                var x = grid.write(" \(mark) ", x: 0, y: sy, style: selected ? base : theme.style("quote.\(q.agreement.rawValue)").adding(.bold))
                x = grid.write(Draw.truncate((q.speaker ?? "unattributed") + ": ", to: max(0, size.width - x)), x: x, y: sy, style: base.adding(.bold))
                grid.write(Draw.truncate("“\(q.text)”", to: max(0, size.width - x - 1)), x: x, y: sy,
                           style: selected ? base : theme.style("quote.\(q.agreement.rawValue)"))
            case .instance(let g, let n):
                let inst = quotes[g].instances[n]
                let outlet = story.articles[inst.ref.article].displayName
                var line = "\(Draw.fit(outlet, outletW)) \(inst.text)"
                if inst.partial { line += " (partial)" }
                if !inst.changes.isEmpty { line += " · " + inst.changes.joined(separator: "; ") }
                grid.write(Draw.truncate(line, to: max(0, size.width - 6)), x: 5, y: sy, style: selected ? base : theme.style("muted"))
            }
        }
    }

    func drawPeople(_ grid: inout CellGrid, size: Size) {
        let story = library.stories[lists.story]
        let people = analyses[lists.story]?.people
        grid.write(Draw.truncate(" People · " + (people.map { ($0.count == 1 ? "1 person" : "\($0.count) people") + " · " } ?? "") + story.title, to: size.width),
                   x: 0, y: 0, style: theme.style("title"))
        if analysisNotice(&grid, size: size, available: people != nil, what: "People index") { return }
        guard let people else { return }
        if people.isEmpty {
            drawNotice(&grid, size: size, lines: ["No people found"])
            return
        }
        let nameW = min(28, max(12, size.width / 4))
        // Outlet columns as wide as the longest name when every column fits so (8 cells of name at least):
        // at 200 columns "THE CIV…" and "The Por…" cannot be told apart.
        let free = size.width - nameW - 8
        let widest = story.articles.map { Draw.width($0.displayName) }.max() ?? 8
        let colW = max(9, min(widest + 1, 29, free / max(1, story.articles.count)))
        let cols = max(0, min(story.articles.count, free / colW))
        var x = grid.write(" " + Draw.fit("name", nameW) + Draw.fit("all", 6, right: true), x: 0, y: 1, style: theme.style("muted"))
        for a in 0..<cols {
            x = grid.write(" " + Draw.fit(story.articles[a].displayName, colW - 1, right: true), x: x, y: 1, style: theme.style("muted"))
        }
        let vp = AppState.listViewport(size)
        lists.peopleSelection = min(lists.peopleSelection, people.count - 1)
        clampTop(&lists.peopleTop, selection: lists.peopleSelection, count: people.count, viewport: vp)
        for y in 0..<vp {
            let i = lists.peopleTop + y
            guard i < people.count else { break }
            let sy = y + 2
            let p = people[i]
            let selected = i == lists.peopleSelection
            let base = theme.style(selected ? "selection" : "text")
            if selected { grid.fill(y: sy, style: base) }
            var x = grid.write(" " + Draw.fit(p.name, nameW), x: 0, y: sy, style: selected ? base : theme.style("person"))
            x = grid.write(Draw.fit("\(p.mentions.count)", 6, right: true), x: x, y: sy, style: base.adding(.bold))
            for a in 0..<cols {
                let n = p.count(inArticle: a)
                x = grid.write(" " + Draw.fit(n == 0 ? "·" : "\(n)", colW - 1, right: true), x: x, y: sy, style: selected || n > 0 ? base : theme.style("muted"))
            }
        }
    }
}
