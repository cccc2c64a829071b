/// `5G` (or `5g`) goes to the fifth item of the screen, as in vim and less: a row in the lists and in compare
/// (the number the status line shows), a paragraph in the reader (the numbering `¶` notices and `diff` use).
extension AppState {
    /// True when `key` was a `g`/`G` with a count before it; the count is used up.
    func goToCounted(_ key: Key, size: Size) -> Bool {
        guard key == .char("G") || key == .char("g"), let n = pendingCount else { return false }
        pendingCount = nil
        let target = n - 1
        switch current {
        case .library:
            libraryState.move(-libraryState.rows.count)
            libraryState.move(target)
            if let (s, _) = libraryState.selected(in: library) { requestAnalysis(story: s) }
        case .quotes:
            let rows = quoteRows(story: lists.story)
            if !rows.isEmpty { lists.quoteSelection = min(target, rows.count - 1) }
        case .people:
            let count = analyses[lists.story]?.people?.count ?? 0
            if count > 0 { lists.peopleSelection = min(target, count - 1) }
        case .compare:
            goToCompareRow(target, size: size)
        case .reader:
            goToParagraph(target, size: size)
        }
        return true
    }

    /// The row is selected and brought up under the header, as `]` does.
    private func goToCompareRow(_ row: Int, size: Size) {
        guard var c = compare, let layout = compareLayout(c, size: size), !layout.rows.isEmpty else { return }
        settleCompareTop(&c, layout: layout, size: size)
        let r = min(row, layout.rows.count - 1)
        let maxTop = max(0, layout.totalLines - AppState.compareViewport(size))
        c.selectedRow = r
        c.top = max(0, min(layout.rows[r].top - 1, maxTop))
        settleCompareTop(&c, layout: layout, size: size)
        compare = c
    }

    /// Paragraph N at the top of the screen; past the last paragraph, the last one.
    private func goToParagraph(_ paragraph: Int, size: Size) {
        guard var r = reader else { return }
        let layout = readerLayout(r, size: size)
        let count = library.stories[r.story].articles[r.article].paragraphs.count
        guard count > 0 else { return }
        let p = min(paragraph, count - 1)
        guard let b = layout.block(paragraph: p) else { return }
        r.block = b
        r.offset = 0
        reader = r
        if paragraph >= count { message = "the article has \(count) paragraphs" }
    }
}
