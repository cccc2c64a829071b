import Testing
import ParallaxCore
@testable import ParallaxTUI

/// A count before a move repeats it, as vim and less users type it: `5j`, `3]`, `2n`.
@Suite struct CountTests {
    let s = Size(width: 80, height: 24)

    @Test func aCountRepeatsAMove() {
        let one = Fixtures.app(), counted = Fixtures.app()
        _ = one.press("\njjjjjjj", size: s)
        var g = counted.press("\n7", size: s)
        #expect(g.rowText(23).contains("7"), "the count is shown while it is typed")
        g = counted.press("j", size: s)
        #expect(counted.reader!.block == one.reader!.block && counted.reader!.offset == one.reader!.offset)
        #expect(counted.pendingCount == nil)
    }

    @Test func countsInCompareAndLists() {
        let app = Fixtures.app()
        _ = app.press("c3]", size: s)
        #expect(app.compare?.selectedRow == 4, "the third difference after row 1")
        _ = app.press("q2j", size: s)
        #expect(app.libraryState.selected(in: app.library)! == (0, 2))
        _ = app.press("12k", size: s)
        #expect(app.libraryState.selected(in: app.library)! == (0, 0), "a count past the end stops there")
    }

    @Test func aCountBeforeAnotherKeyIsDropped() {
        let app = Fixtures.app()
        _ = app.press("3\n", size: s)
        #expect(app.current == .reader)
        #expect(app.pendingCount == nil)
        _ = app.press("j", size: s)
        #expect(app.reader!.block > 0 || app.reader!.offset > 0)
        let after = (app.reader!.block, app.reader!.offset)
        _ = app.press("0", size: s)
        #expect(app.pendingCount == nil, "0 starts no count")
        _ = app.press("4\u{1b}j", size: s)
        #expect(app.pendingCount == nil)
        _ = app.press("k", size: s)
        #expect(app.reader!.block == after.0 && app.reader!.offset == after.1, "Esc dropped the count: j and k one line each")
    }
}
