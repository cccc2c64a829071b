import ParallaxCore

/// One match of a compare search: which row, which pane, where in which paragraph (scalar offsets).
struct CompareMatch: Sendable, Hashable {
    var row: Int
    var side: PaneSide
    var paragraph: Int
    var start: Int
    var end: Int
}

/// `/` in compare looks in both panes at once (as delta's search does): `n`/`N` step through the rows that
/// hold a match, whichever pane it is in, and bring the row up under the header.
public struct CompareSearch: Sendable {
    public var query: String
    /// The pair the matches were found in: `o`/`O` change it, and the same query is looked for again.
    var pair: PairKey?
    /// Matches of each row that has any, left pane first, in text order.
    var byRow: [Int: [CompareMatch]] = [:]
    /// The rows with a match, in order: what `n`/`N` step through.
    var rows: [Int] = []

    public init(query: String) { self.query = query }
}

extension AppState {
    /// Finds `query` in every paragraph of both panes, folded like the reader's search.
    static func compareMatches(of query: String, model: CompareModel, left: Article, right: Article) -> [Int: [CompareMatch]] {
        let needle = Array(TextNormalizer.forMatching(query).unicodeScalars)
        guard !needle.isEmpty else { return [:] }
        var out: [Int: [CompareMatch]] = [:]
        for (ri, row) in model.rows.enumerated() {
            for (side, paragraphs, article) in [(PaneSide.left, row.left, left), (.right, row.right, right)] {
                for p in paragraphs {
                    guard let text = CompareLayout.paragraph(p, of: article)?.text else { continue }
                    for (s, e) in AppState.scalarMatches(of: needle, in: text) {
                        out[ri, default: []].append(CompareMatch(row: ri, side: side, paragraph: p, start: s, end: e))
                    }
                }
            }
        }
        return out
    }

    /// The search of `c` made current for its pair (after `o`/`O` the same query is looked for again).
    func refreshCompareSearch(_ c: inout CompareState) {
        guard var s = c.search, s.pair != c.key, let model = comparisons[c.key] else { return }
        let story = library.stories[c.story]
        s.byRow = AppState.compareMatches(of: s.query, model: model, left: story.articles[c.left], right: story.articles[c.right])
        s.rows = s.byRow.keys.sorted()
        s.pair = c.key
        c.search = s
    }

    /// `/` + Enter in compare. An empty query repeats the last one, as everywhere else.
    func runCompareSearch(_ typed: String, size: Size) {
        let query = typed.isEmpty ? (lastQuery ?? "") : typed
        guard !query.isEmpty else {
            compare?.search = nil
            return
        }
        lastQuery = query
        compare?.search = CompareSearch(query: query)
        stepCompareSearch(1, size: size, fromSelection: true)
    }

    /// `n`/`N`: the next/previous row holding a match, from the selected row; it becomes the selected row,
    /// put right under the header.
    func stepCompareSearch(_ delta: Int, size: Size, fromSelection: Bool = false) {
        guard var c = compare else { return }
        if c.search == nil {
            guard let q = lastQuery else {
                message = "no search yet: / searches both panes"
                return
            }
            c.search = CompareSearch(query: q)
        }
        refreshCompareSearch(&c)
        compare = c
        guard let s = c.search, s.pair == c.key else {
            message = "still aligning: search again when the rows are shown"
            return
        }
        guard !s.rows.isEmpty else {
            message = "not found: \(s.query)"
            return
        }
        let sel = c.selectedRow
        var wrapped = false
        let target: Int
        if delta > 0 {
            if let r = s.rows.first(where: { fromSelection ? $0 >= sel : $0 > sel }) { target = r } else { target = s.rows[0]; wrapped = true }
        } else {
            if let r = s.rows.last(where: { $0 < sel }) { target = r } else { target = s.rows[s.rows.count - 1]; wrapped = true }
        }
        c.selectedRow = target
        if let layout = compareLayout(c, size: size) {
            let maxTop = max(0, layout.totalLines - AppState.compareViewport(size))
            c.top = min(layout.rows[target].top, maxTop)
            settleCompareTop(&c, layout: layout, size: size)
        }
        compare = c
        if wrapped { message = delta > 0 ? searchWrappedDown : searchWrappedUp }
    }

    /// What the status line says about the compare search: "/bridge 2 of 5 rows (left)", "/bridge: not found".
    func compareSearchStatus(_ c: CompareState) -> String? {
        guard let s = c.search, s.pair == c.key else { return nil }
        if s.rows.isEmpty { return "/\(s.query): not found" }
        if let k = s.rows.firstIndex(of: c.selectedRow) {
            // Which pane holds it, when only one does; short, so it still fits beside both names at 80 columns.
            let sides = Set((s.byRow[c.selectedRow] ?? []).map(\.side))
            let only = sides.count == 1 ? (sides.first == .left ? " (left)" : " (right)") : ""
            return "/\(s.query) \(k + 1) of \(s.rows.count) rows\(only)"
        }
        return "/\(s.query): \(s.rows.count == 1 ? "1 row" : "\(s.rows.count) rows")"
    }
}
