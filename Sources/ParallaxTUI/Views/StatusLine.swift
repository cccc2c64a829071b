import ParallaxCore

/// What the status line says: where you are, and the keys that matter on this screen. When space runs out
/// `place` is cut before `detail` (an outlet name matters less than "4/4 · 97%"), and whole hints are
/// dropped rather than one cut in half.
struct StatusText {
    var place: String
    var detail: String = ""
    /// Said after `detail` when there is room (the search, how much is analysed); dropped first.
    var extra: String = ""
    /// Compare's two outlets: each is cut to its share, so "A… ⇄ B…" still names both sides.
    var pair: (String, String)?
    /// Screen keys, most useful first; `help` and `q` are added after them and kept longest.
    var hints: [String]
    var quit = false
}

extension AppState {
    func drawStatus(_ grid: inout CellGrid, size: Size) {
        let y = size.height - 1
        let st = theme.style("status")
        grid.fill(y: y, style: st)
        if case .search(let q) = overlay {
            drawPrompt(&grid, query: q, y: y, style: st, width: size.width)
            return
        }
        let status = statusText(size: size)
        // Where you are matters more than the key hints: the left part gets its room first.
        var left = " " + AppState.fitPlace(status, to: max(0, size.width * 3 / 4 - 1))
        var busy = isBusy ? "\(spinner) analysing…  " : ""
        if let m = message {
            // A notice is said once, so it wins over the place, then over the whole left part (vim and less
            // give the line to their messages) — when that makes it whole; one longer than the line is cut
            // anyway and leaves the place alone.
            let need = Draw.width(m) + Draw.width(busy) + 3
            if Draw.width(left) + need > size.width, need < size.width {
                let room = size.width - need - 1
                left = room >= Draw.width(status.detail) + 6 ? " " + AppState.fitPlace(status, to: room) : ""
            }
        }
        // The spinner alone when the words do not fit beside the place: never drawn over it.
        if !busy.isEmpty, Draw.width(left) + Draw.width(busy) + 2 > size.width { busy = "\(spinner) " }
        grid.write(left, x: 0, y: y, style: theme.style("status.key"))
        let rw = max(0, size.width - Draw.width(left) - 3 - Draw.width(busy))
        let tail = [overlay == nil ? "? help" : nil, status.quit ? "q quit" : (overlay == nil ? "q back" : "Esc close")].compactMap { $0 }
        let right = busy + (message.map { Draw.truncate($0, to: rw) } ?? AppState.fitHints(status.hints, tail: tail, to: rw))
        let style = message != nil && message!.hasPrefix("theme:") && message!.contains("line") ? theme.style("error").over(st) : st
        grid.write(right, x: size.width - Draw.width(right) - 1, y: y, style: style)
    }

    /// The `/` prompt with its cursor; a query longer than the line shows its end, the part being typed.
    func drawPrompt(_ grid: inout CellGrid, query q: String, y: Int, style st: Style, width: Int) {
        let chars = Array(q)
        let at = max(0, min(chars.count, chars.count - promptCursorFromEnd))
        let verb = current == .reader || current == .compare ? "Enter search" : "Enter find"
        // Whole hints or none, dropped from the right: what is typed matters more.
        let hint = AppState.fitHints([verb, "Esc cancel"], tail: [], to: max(0, width - Draw.width("/" + q) - 4))
        let room = width - 1 - (hint.isEmpty ? 0 : Draw.width(hint) + 2)
        var before = "/" + String(chars[..<at])
        if Draw.width(before) + 1 > room { before = "/…" + Draw.tail(String(chars[..<at]), to: max(0, room - 3)) }
        let x = grid.write(before, x: 0, y: y, style: st)
        if at < chars.count {
            let after = grid.put(chars[at], x: x, y: y, style: st.adding(.reverse), limit: room)
            grid.write(String(chars[(at + 1)...]), x: after, y: y, style: st, limit: room)
        } else {
            grid.put("█", x: x, y: y, style: st)
        }
        if !hint.isEmpty { grid.write(hint, x: width - Draw.width(hint) - 1, y: y, style: st) }
    }

    static func fitPlace(_ s: StatusText, to width: Int) -> String {
        // With the extra, only if the place keeps a readable part; without it, down to a few letters.
        for (detail, least) in [(s.detail + s.extra, min(Draw.width(s.place), 16)), (s.detail, 6)] {
            if Draw.width(s.place + detail) <= width { return s.place + detail }
            let room = width - Draw.width(detail)
            if room >= least { return cutPlace(s, to: room) + detail }
        }
        return Draw.truncate(s.place + s.detail, to: width)
    }

    static func cutPlace(_ s: StatusText, to room: Int) -> String {
        guard let (a, b) = s.pair else { return Draw.truncate(s.place, to: room) }
        let avail = max(2, room - 3)
        let (wa, wb) = (Draw.width(a), Draw.width(b))
        let half = avail / 2
        if wa <= half { return a + " ⇄ " + Draw.truncate(b, to: avail - wa) }
        if wb <= avail - half { return Draw.truncate(a, to: avail - wb) + " ⇄ " + b }
        return Draw.truncate(a, to: half) + " ⇄ " + Draw.truncate(b, to: avail - half)
    }

    /// As many whole hints as fit, dropping the screen's own from the right first so `? help` and `q` stay.
    static func fitHints(_ hints: [String], tail: [String], to width: Int) -> String {
        var keep = hints
        while true {
            let line = (keep + tail).joined(separator: " · ")
            if Draw.width(line) <= width { return line }
            if keep.isEmpty { break }
            keep.removeLast()
        }
        var t = tail
        while !t.isEmpty, Draw.width(t.joined(separator: " · ")) > width { t.removeLast() }
        return t.joined(separator: " · ")
    }

    func statusText(size: Size) -> StatusText {
        switch overlay {
        case .help: return StatusText(place: "Keys · \(current.rawValue)", hints: ["j/k scroll"])
        case .rowDetail:
            let rows = compare.flatMap { comparisons[$0.key]?.rows.count } ?? 0
            return StatusText(place: "Row \((compare?.selectedRow ?? 0) + 1) of \(rows)", detail: rowDetailShown.map { " · lines \($0.replacingOccurrences(of: " lines", with: ""))" } ?? "",
                              hints: ["j/k scroll", "]/[ next/previous difference"])
        default: break
        }
        switch current {
        case .library:
            let n = library.stories.reduce(0) { $0 + $1.articles.count }
            var detail = " · \(Plural.count(library.stories.count, "story")) · \(Plural.count(n, "article"))"
            if let l = loading { detail += " · reading \(l.loadedFiles) of \(l.totalFiles) files…" }
            return StatusText(place: "Library", detail: detail,
                              hints: ["Enter read", "c compare", "\" quotes", "p people", "/ find"], quit: true)
        case .reader:
            guard let r = reader else { return StatusText(place: "", hints: []) }
            let story = library.stories[r.story]
            let a = story.articles[r.article]
            let layout = readerLayout(r, size: size)
            let top = readerTop(r, layout: layout, size: size)
            let vp = AppState.readerViewport(size)
            let pct = layout.lines.count <= vp ? 100 : min(100, (top + vp) * 100 / layout.lines.count)
            var status = StatusText(place: a.displayName, detail: " · \(r.article + 1)/\(story.articles.count) · \(pct)%",
                                    hints: ["/ search", "h/l article", "c compare"])
            if let cut = r.analysisCut { status.extra += " · ¶1–\(cut.paragraphsAnalysed) analysed" }
            if let w = r.walk, let people = analyses[r.story]?.people, w.person < people.count {
                // The count before the outlet: at 40 columns the outlet is what goes.
                status.place = people[w.person].name
                let mentions = people[w.person].mentions
                // After `h`/`l` the article shown holds none of the walk's place yet: n/N go on from here.
                status.detail = w.index < mentions.count && mentions[w.index].article != r.article
                    ? " · \(Plural.count(mentions.count, "mention")), n/N from here" : " · mention \(w.index + 1) of \(mentions.count)"
                status.extra = " · \(a.displayName)"
                status.hints.insert("n/N mention", at: 0)
            } else if let s = r.search {
                if s.matches.isEmpty {
                    status.extra += " · /\(s.query): not found"
                } else if let c = s.current {
                    status.extra += " · /\(s.query) \(c + 1) of \(s.matches.count)"
                } else {
                    status.extra += " · /\(s.query): \(s.matches.count == 1 ? "1 match" : "\(s.matches.count) matches")"
                }
                status.hints.insert("n/N match", at: 0)
            } else if r.focus != nil {
                // Opened from the ledger: say what the coloured block is and how to get rid of it.
                status.extra += " · quote marked, Esc clears"
            }
            return status
        case .compare:
            guard let c = compare else { return StatusText(place: "", hints: []) }
            let story = library.stories[c.story]
            let (l, r) = (story.articles[c.left].displayName, story.articles[c.right].displayName)
            var status = StatusText(place: "\(l) ⇄ \(r)", hints: ["]/[ difference", "Enter details", "Tab pane", "o/O outlet", "r read"])
            status.pair = (l, r)
            if let m = comparisons[c.key] {
                let diffs = m.rows.filter { $0.kind != .same }.count
                status.detail = " · row \(min(c.selectedRow + 1, m.rows.count))/\(m.rows.count)"
                if let found = compareSearchStatus(c) {
                    status.extra = " · " + found
                    status.hints.insert("n/N match", at: 0)
                } else {
                    status.extra = " · \(Plural.count(diffs, "difference"))"
                }
            }
            return status
        case .quotes:
            var status = StatusText(place: "Quotes", hints: ["Enter read", "/ find"])
            if let quotes = analyses[lists.story]?.quotes, !quotes.isEmpty {
                let rows = quoteRows(story: lists.story)
                let g: Int
                switch rows[min(lists.quoteSelection, rows.count - 1)] {
                case .group(let i), .instance(let i, _): g = i
                }
                status.detail = " · quote \(g + 1) of \(quotes.count)"
            }
            return status
        case .people:
            var status = StatusText(place: "People", hints: ["Enter first mention, then n/N", "/ find"])
            if let people = analyses[lists.story]?.people, !people.isEmpty {
                status.detail = " · \(min(lists.peopleSelection, people.count - 1) + 1) of \(people.count)"
            }
            return status
        }
    }
}
