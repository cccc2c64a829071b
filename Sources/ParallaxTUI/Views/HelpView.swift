extension AppState {
    /// Every key of each screen; the help overlay and the README list the same bindings.
    public static func helpEntries(for screen: ScreenKind) -> [(String, String)] {
        let common: [(String, String)] = [
            ("Ctrl", "D/U half page, F/B page, E/Y N/P line, L redraw"),
            ("5j 3]", "a count before a move repeats it"),
            ("5G", screen == .reader ? "go to paragraph 5" : "go to row 5"),
            ("\"", "quote ledger of this story"), ("p", "people of this story"), ("t", "next theme"),
            ("?", "this help"), ("Esc", "close overlay / clear highlight (n finds again)"), ("q", screen == .library ? "quit" : "back"),
        ]
        let specific: [(String, String)]
        let find: [(String, String)] = [("/", "find a row (case- and quote-insensitive)"), ("n/N", "next/previous row that matches")]
        let prompt: [(String, String)] = [("in /", "←/→ Ctrl-A/E move, Ctrl-U/K/W delete, ↑ or Enter alone: the last query, Esc or Ctrl-C cancel")]
        switch screen {
        case .library:
            specific = [("j/k ↓/↑", "move"), ("Space/b", "page down/up"), ("d/u", "half page"), ("g/G", "first/last"),
                        ("Enter l →", "read article"), ("c", "compare with the next article")] + find + prompt
                + [("mouse", "wheel scrolls, click selects, click again opens")]
        case .reader:
            specific = [("j/k ↓/↑", "line down/up"), ("Space/b", "page down/up (f too)"), ("d/u", "half page"), ("g/G", "top/bottom"),
                        ("/", "search (case- and quote-insensitive)"), ("n/N", "next/previous match or mention")] + prompt + [
                        ("h/l ←/→", "previous/next article (where you left it)"), ("c", "compare with the next article"),
                        ("mouse", "wheel scrolls")]
        case .compare:
            specific = [("j/k ↓/↑", "scroll both panes"), ("Space/b", "page"), ("d/u", "half page"), ("g/G", "first/last row"),
                        ("]/[ J/K", "next/previous difference"),
                        ("/", "search both panes"), ("n/N", "next/previous matching row")] + prompt + [
                        ("Tab", "focus the other pane"), ("o/O", "next/previous outlet in the focused pane"),
                        ("Enter", "sentence pairs and changes of the row"), ("r", "read the focused article here"),
                        ("mouse", "wheel scrolls, click selects a row, click again: its details"),
                        ("gutter", "= same  ~ changed  < > only one side  ↕ moved")]
        case .quotes:
            specific = [("j/k ↓/↑", "move"), ("Space/b", "page down/up"), ("d/u", "half page"), ("g/G", "first/last"),
                        ("Enter l →", "open this quote in the reader")] + find + prompt
                + [("mouse", "wheel scrolls, click selects, click again opens"), ("marks", "= verbatim  ≈ variant  1 single outlet")]
        case .people:
            specific = [("j/k ↓/↑", "move"), ("Space/b", "page down/up"), ("d/u", "half page"), ("g/G", "first/last"),
                        ("Enter l →", "first mention in the reader; then n/N walk every mention")] + find + prompt
                + [("mouse", "wheel scrolls, click selects, click again opens")]
        }
        return specific + common
    }

    func drawHelp(_ grid: inout CellGrid, size: Size, scroll: Int) {
        let entries = AppState.helpEntries(for: current)
        let w = min(size.width - 2, 72)
        let keyW = 10
        // Descriptions wrap under themselves rather than lose their last words at 40 columns.
        let descW = max(1, w - 4 - keyW - 1)
        var lines: [(String, String)] = []
        for e in entries {
            for (i, r) in TextWrapper.wrap(e.1, width: descW).enumerated() {
                var d = String(e.1[r.startIndex..<r.endIndex])
                while d.last == " " { d.removeLast() }
                lines.append((i == 0 ? e.0 : "", d))
            }
        }
        // Down to the line above the status line at most, so nothing of the screen under it peeks out.
        let h = min(size.height - 1, lines.count + 2)
        let x = (size.width - w) / 2
        let y = max(0, (size.height - 1 - h) / 2)
        let more = lines.count > h - 2
        let inner = Draw.box(&grid, x: x, y: y, width: w, height: h,
                             title: "Keys · \(current.rawValue)" + (more ? " · j/k scroll" : ""), theme: theme)
        let start = max(0, min(scroll, lines.count - inner.height))
        overlay = .help(scroll: start)
        for row in 0..<inner.height {
            let i = start + row
            guard i < lines.count else { break }
            let e = lines[i]
            let kx = grid.write(Draw.fit(e.0, keyW), x: inner.x, y: inner.y + row, style: theme.style("help.key"))
            grid.write(Draw.truncate(e.1, to: inner.width - keyW - 1), x: kx + 1, y: inner.y + row, style: theme.style("text"))
        }
    }
}
