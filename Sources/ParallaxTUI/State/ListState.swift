import ParallaxCore

public enum QuoteRow: Sendable, Hashable {
    case group(Int)
    case instance(group: Int, instance: Int)
}

/// Selections of the quote ledger and people index, which both belong to one story.
public struct ListState: Sendable {
    public var story = 0
    public var quoteSelection = 0
    public var quoteTop = 0
    public var peopleSelection = 0
    public var peopleTop = 0
}

extension AppState {
    static func listViewport(_ size: Size) -> Int { max(1, size.height - 3) }

    func quoteRows(story s: Int) -> [QuoteRow] {
        guard let quotes = analyses[s]?.quotes else { return [] }
        var rows: [QuoteRow] = []
        for (g, q) in quotes.enumerated() {
            rows.append(.group(g))
            for i in q.instances.indices { rows.append(.instance(group: g, instance: i)) }
        }
        return rows
    }

    func openQuotes() {
        guard let s = currentStory else { return }
        if lists.story != s { lists = ListState(story: s) }
        push(.quotes)
        requestAnalysis(story: s)
    }

    func openPeople() {
        guard let s = currentStory else { return }
        if lists.story != s { lists = ListState(story: s) }
        push(.people)
        requestAnalysis(story: s)
    }

    private static func moved(_ sel: Int, _ key: Key, count: Int, page: Int) -> Int? {
        let d: Int
        switch key {
        case .char("j"), .down: d = 1
        case .char("k"), .up: d = -1
        case .char(" "), .pageDown: d = page
        case .char("b"), .pageUp: d = -page
        case .char("d"): d = max(1, page / 2)
        case .char("u"): d = -max(1, page / 2)
        case .char("g"), .home: d = -count
        case .char("G"), .end: d = count
        default: return nil
        }
        return max(0, min(count - 1, sel + d))
    }

    /// `/`, `n`, `N` in the quote ledger and the people index; true when `key` was one of them.
    private func listSearchKey(_ key: Key) -> Bool {
        switch key {
        case .char("/"): overlay = .search("")
        case .char("n"): stepListSearch(1)
        case .char("N"): stepListSearch(-1)
        default: return false
        }
        return true
    }

    func handleQuotes(_ key: Key, size: Size) {
        let rows = quoteRows(story: lists.story)
        guard !rows.isEmpty else { return }
        if listSearchKey(key) { return }
        if let m = AppState.moved(lists.quoteSelection, key, count: rows.count, page: AppState.listViewport(size)) {
            lists.quoteSelection = m
            return
        }
        if key == .enter || key == .char("l") || key == .right {
            guard let quotes = analyses[lists.story]?.quotes else { return }
            let ref: TextRef
            switch rows[min(lists.quoteSelection, rows.count - 1)] {
            case .group(let g):
                guard let first = quotes[g].instances.first else { return }
                ref = first.ref
            case .instance(let g, let i): ref = quotes[g].instances[i].ref
            }
            openReader(story: lists.story, article: ref.article, at: ref, size: size)
        }
    }

    func handlePeople(_ key: Key, size: Size) {
        let count = analyses[lists.story]?.people?.count ?? 0
        guard count > 0 else { return }
        if listSearchKey(key) { return }
        if let m = AppState.moved(lists.peopleSelection, key, count: count, page: AppState.listViewport(size)) {
            lists.peopleSelection = m
            return
        }
        if key == .enter || key == .char("l") || key == .right {
            startWalk(story: lists.story, person: lists.peopleSelection, size: size)
        }
    }

    /// As in the library: a click selects, a click on the selected row opens it.
    func clickQuotes(y: Int, size: Size) {
        let row = lists.quoteTop + y - 2
        guard row >= 0, row < quoteRows(story: lists.story).count else { return }
        if row == lists.quoteSelection { handleQuotes(.enter, size: size) } else { lists.quoteSelection = row }
    }

    func clickPeople(y: Int, size: Size) {
        let row = lists.peopleTop + y - 2
        guard row >= 0, row < (analyses[lists.story]?.people?.count ?? 0) else { return }
        if row == lists.peopleSelection { handlePeople(.enter, size: size) } else { lists.peopleSelection = row }
    }
}
