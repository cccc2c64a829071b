import Testing
import ParallaxCore
@testable import ParallaxTUI

/// `5G` goes to the fifth row (paragraph in the reader), as vim and less users type it; Ctrl-C cancels the prompt.
@Suite struct GoToTests {
    let s = Size(width: 80, height: 24)

    @Test func aCountBeforeGGoesToThatRow() {
        let app = Fixtures.app()
        _ = app.press("c", size: s)
        let rows = app.comparisons[app.compare!.key]!.rows.count
        #expect(rows > 5)
        var g = app.press("5G", size: s)
        #expect(app.compare?.selectedRow == 4)
        #expect(g.rowText(23).contains("row 5/\(rows)"))
        g = app.press("2g", size: s)
        #expect(app.compare?.selectedRow == 1, "g takes a count as G does")
        _ = app.press("999G", size: s)
        #expect(app.compare?.selectedRow == rows - 1, "past the end: the last row")
        #expect(app.pendingCount == nil)
        _ = app.press("G", size: s)
        #expect(app.compare?.selectedRow == rows - 1)
        _ = app.press("g", size: s)
        #expect(app.compare?.selectedRow == 0, "without a count g and G still go to the first and last row")
    }

    @Test func inTheListsAndTheLibrary() {
        let app = Fixtures.app()
        _ = app.press("3G", size: s)
        #expect(app.libraryState.selected(in: app.library)! == (0, 2))
        _ = app.press("\"2G", size: s)
        #expect(app.lists.quoteSelection == 1)
    }

    @Test func inTheReaderAParagraph() {
        let app = Fixtures.app()
        _ = app.press("\n", size: s)
        let r = app.reader!
        let layout = app.readerLayout(r, size: s)
        _ = app.press("4G", size: s)
        #expect(app.reader!.block == layout.block(paragraph: 3))
        #expect(app.reader!.offset == 0)
        let count = app.library.stories[r.story].articles[r.article].paragraphs.count
        let g = app.press("90G", size: s)
        #expect(app.reader!.block == layout.block(paragraph: count - 1))
        #expect(g.rowText(23).contains("has \(count) paragraphs"))
    }

    @Test func ctrlCCancelsThePromptAndNothingElse() {
        let app = Fixtures.app()
        _ = app.press("\n/abc", size: s)
        #expect(app.isPrompting)
        _ = app.press(.ctrl("c"), size: s)
        #expect(!app.isPrompting && app.overlay == nil)
        #expect(app.reader?.search == nil, "cancelled: nothing searched")
        #expect(app.current == .reader)
    }
}
