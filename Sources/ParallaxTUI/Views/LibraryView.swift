import ParallaxCore

extension AppState {
    func drawLibrary(_ grid: inout CellGrid, size: Size) {
        let title = Draw.truncate(" Parallax · \(library.path)", to: size.width)
        grid.write(title, x: 0, y: 0, style: theme.style("title"))
        let vp = size.height - 2
        var st = libraryState
        if st.selection < st.top { st.top = max(0, st.selection - 1) }
        if st.selection >= st.top + vp { st.top = st.selection - vp + 1 }
        st.top = max(0, min(st.top, max(0, st.rows.count - vp)))
        libraryState.top = st.top
        let wide = size.width >= 80
        // As wide as the longest outlet name, within a quarter of the screen (titles need the room).
        let outletW = wide ? max(12, min(st.widestOutlet, 28, size.width / 4)) : 12
        for y in 0..<vp {
            let i = st.top + y
            guard i < st.rows.count else { break }
            let row = y + 1
            switch st.rows[i] {
            case .story(let s):
                let story = library.stories[s]
                // The counts after the title: a long title is cut, not them.
                var counts = "  (\(Plural.count(story.articles.count, "article")))"
                if !story.errors.isEmpty { counts += " · \(story.errors.count) unreadable" }
                let room = size.width - 1 - Draw.width(counts)
                let line = room >= 8 ? Draw.truncate(story.title, to: room) + counts : Draw.truncate(story.title + counts, to: size.width - 1)
                grid.write(line, x: 1, y: row, style: theme.style("heading"))
            case .unreadable(let s, let e):
                let err = library.stories[s].errors[e]
                let name = err.path.split(separator: "/").last.map(String.init) ?? err.path
                grid.write(Draw.truncate("✗ \(name): \(err.message)", to: max(0, size.width - 4)), x: 3, y: row, style: theme.style("muted"))
            case .article(let s, let a):
                let art = library.stories[s].articles[a]
                var x = 3
                let selected = i == st.selection
                let base = theme.style(selected ? "selection" : "text")
                if selected { grid.fill(y: row, style: base) }
                let muted = selected ? base : theme.style("muted")
                x = grid.write(Draw.fit(art.displayName, outletW), x: x, y: row, style: selected ? base : theme.style("heading").over(base)) + 1
                if wide {
                    x = grid.write(Draw.fit(art.date ?? "", 10), x: x, y: row, style: muted) + 1
                    x = grid.write(Draw.fit("\(art.wordCount)w", 6, right: true), x: x, y: row, style: muted) + 2
                }
                // An untitled paste is listed by its lead, muted so it does not pass for a headline.
                let lead = art.untitledLead
                // A file with no text would show its own name twice ("empty  empty"); say what it is instead.
                let blank = art.title == nil && art.paragraphs.isEmpty
                grid.write(Draw.truncate(blank ? "(no text)" : art.title ?? lead ?? art.id, to: max(0, size.width - x - 1)), x: x, y: row,
                           style: lead == nil && !blank ? base : muted)
            }
        }
    }
}
