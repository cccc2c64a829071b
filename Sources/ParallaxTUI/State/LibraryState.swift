import ParallaxCore

public enum LibraryRow: Sendable, Hashable {
    case story(Int)
    case article(story: Int, article: Int)
    /// A file of the story that could not be read, listed (not selectable) with the reason.
    case unreadable(story: Int, error: Int)

    var isArticle: Bool {
        if case .article = self { return true }
        return false
    }
}

/// Selection in the library list: stories as headings, their articles as selectable rows.
public struct LibraryState: Sendable {
    public var rows: [LibraryRow] = []
    public var selection = 0
    public var top = 0
    /// Display width of the longest outlet name listed, kept as rows are added, so the outlet column fits
    /// the names ("Atlantic Wire Service") without measuring every article on every frame.
    public var widestOutlet = 0

    mutating func selectFirstArticle(in library: Library) {
        rows = []
        widestOutlet = 0
        addRows(stories: library.stories.indices, of: library)
        selection = rows.firstIndex(where: \.isArticle) ?? 0
    }

    mutating func addRows(stories range: Range<Int>, of library: Library) {
        for s in range {
            rows.append(.story(s))
            for (a, article) in library.stories[s].articles.enumerated() {
                rows.append(.article(story: s, article: a))
                widestOutlet = max(widestOutlet, DisplayWidth.of(article.displayName))
            }
            for e in library.stories[s].errors.indices { rows.append(.unreadable(story: s, error: e)) }
        }
    }

    public func selected(in library: Library) -> (story: Int, article: Int)? {
        guard selection < rows.count, case .article(let s, let a) = rows[selection] else { return nil }
        return (s, a)
    }

    mutating func select(story: Int, article: Int) {
        if let i = rows.firstIndex(of: .article(story: story, article: article)) { selection = i }
    }

    /// Moves to the next selectable row in `direction`, `count` times.
    mutating func move(_ delta: Int) {
        var i = selection
        var remaining = abs(delta)
        let step = delta < 0 ? -1 : 1
        while remaining > 0 {
            var j = i + step
            while j >= 0, j < rows.count, !rows[j].isArticle { j += step }
            guard j >= 0, j < rows.count else { break }
            i = j
            remaining -= 1
        }
        selection = i
    }
}

extension AppState {
    func handleLibrary(_ key: Key, size: Size) {
        let page = max(1, size.height - 3)
        switch key {
        case .char("j"), .down: libraryState.move(1)
        case .char("k"), .up: libraryState.move(-1)
        case .pageDown, .char(" "): libraryState.move(page)
        case .pageUp, .char("b"): libraryState.move(-page)
        case .char("d"): libraryState.move(max(1, page / 2))
        case .char("u"): libraryState.move(-max(1, page / 2))
        case .char("/"): overlay = .search("")
        case .char("n"): stepListSearch(1)
        case .char("N"): stepListSearch(-1)
        case .char("g"), .home: libraryState.move(-libraryState.rows.count)
        case .char("G"), .end: libraryState.move(libraryState.rows.count)
        case .enter, .right, .char("l"):
            if let (s, a) = libraryState.selected(in: library) { openReader(story: s, article: a) }
        case .char("c"):
            if let (s, a) = libraryState.selected(in: library) { openCompare(story: s, left: a) }
        default: break
        }
        if let (s, _) = libraryState.selected(in: library) { requestAnalysis(story: s) }
    }

    /// A click selects; a click on the row already selected opens it (no double-click timing to get wrong).
    func clickLibrary(y: Int, size: Size) {
        let row = libraryState.top + y - 1
        guard row >= 0, row < libraryState.rows.count, case .article = libraryState.rows[row] else { return }
        if row == libraryState.selection {
            handleLibrary(.enter, size: size)
            return
        }
        libraryState.selection = row
        if let (s, _) = libraryState.selected(in: library) { requestAnalysis(story: s) }
    }

    /// Opens compare with `left` and the article after it (wrapping), as the library's `c` promises.
    func openCompare(story s: Int, left a: Int) {
        let n = library.stories[s].articles.count
        guard n >= 2 else {
            message = "compare needs two articles in the story"
            return
        }
        let r = (a + 1) % n
        compare = CompareState(story: s, left: a, right: r)
        push(.compare)
        requestAnalysis(story: s)
        requestCompare(story: s, left: a, right: r)
    }
}
