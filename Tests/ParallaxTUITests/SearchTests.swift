import Testing
import ParallaxCore
@testable import ParallaxTUI

/// `/`, `n`, `N` as vim and less users expect them: the last query survives `Esc` and moving to another
/// article, an empty `/` repeats it, wrapping is announced, and the lists search too.
@Suite struct SearchTests {
    let s = Size(width: 80, height: 24)

    @Test func escClearsTheHighlightButNSearchesAgain() {
        let app = Fixtures.app()
        _ = app.press("\n/number 2\n", size: s)
        #expect(app.reader?.search?.current == 0)
        _ = app.press("\u{1b}", size: s)
        #expect(app.reader?.search == nil)
        let g = app.press("n", size: s)
        #expect(app.reader?.search?.matches.count == 10)
        #expect(app.reader?.search?.current != nil)
        #expect(g.rowText(23).contains("/number 2"))
    }

    @Test func emptyQueryRepeatsTheLastOne() {
        let app = Fixtures.app()
        _ = app.press("\n/number 2\n\u{1b}", size: s)
        _ = app.press("/\n", size: s)
        #expect(app.reader?.search?.query == "number 2")
        #expect(app.reader?.search?.matches.count == 10)
    }

    @Test func upRecallsTheLastQueryToEditIt() {
        let app = Fixtures.app()
        _ = app.press("\n/number 2\n", size: s)
        _ = app.press("/", size: s)
        _ = app.press(.up, size: s)
        #expect(app.overlay == .search("number 2"))
        _ = app.press("5\n", size: s)
        #expect(app.reader?.search?.matches.count == 1)
    }

    @Test func nWithoutAnySearchSaysSo() {
        let app = Fixtures.app()
        let g = app.press("\nn", size: s)
        #expect(g.rowText(23).contains("no search yet"))
    }

    @Test func theQueryFollowsToTheNextArticle() {
        let app = Fixtures.app()
        _ = app.press("\n/ruiz\n", size: s)
        var g = app.press("l", size: s)
        #expect(app.reader?.article == 1)
        #expect(app.reader?.search?.query == "ruiz")
        #expect(app.reader?.search?.matches.count == 2)
        #expect(app.reader?.search?.current == nil)
        #expect(g.rowText(23).contains("/ruiz: 2 matches"))
        let y = (0..<23).first { g.rowText($0).contains("Ana Ruiz") }!
        #expect(g[g.column(of: "Ruiz", inRow: y)!, y].style == app.theme.style("search.match"))
        g = app.press("n", size: s)
        #expect(g.rowText(23).contains("/ruiz 1 of 2"))
    }

    @Test func wrappingIsAnnounced() {
        let app = Fixtures.app()
        var g = app.press("\n/number 2\n", size: s)
        #expect(!g.rowText(23).contains("search wrapped"))
        g = app.press("N", size: s)
        #expect(g.rowText(23).contains("search wrapped to the bottom"))
        #expect(app.reader?.search?.current == 9)
        g = app.press("n", size: s)
        #expect(g.rowText(23).contains("search wrapped to the top"))
        g = app.press("n", size: s)
        #expect(!g.rowText(23).contains("search wrapped"))
    }

    @Test func mentionWalkWrapIsAnnounced() {
        let app = Fixtures.app()
        var g = app.press("p\n", size: s)
        #expect(app.reader?.walk?.index == 0)
        g = app.press("N", size: s)
        #expect(app.reader?.walk?.index == 4)
        #expect(g.rowText(23).contains("back at the last"))
    }

    @Test func libraryFindsOutletsAndStories() {
        let app = Fixtures.app()
        var g = app.press("/ledger\n", size: s)
        #expect(app.libraryState.selected(in: app.library)! == (0, 1))
        #expect(g.rowText(23).contains("/ledger 1 of 1"))
        _ = app.press("/STORM\n", size: s)
        #expect(app.libraryState.selected(in: app.library)! == (1, 0), "the story title counts, case folded")
        g = app.press("/zebra\n", size: s)
        #expect(g.rowText(23).contains("not found: zebra"))
        #expect(app.libraryState.selected(in: app.library)! == (1, 0))
        g = app.press("/bridge\n", size: s)
        #expect(g.rowText(23).contains("search wrapped to the top"))
        #expect(app.libraryState.selected(in: app.library)! == (0, 0))
        g = app.press("n", size: s)
        #expect(app.libraryState.selected(in: app.library)! == (0, 1))
        #expect(g.rowText(23).contains("/bridge 2 of 3"))
    }

    @Test func ledgerAndPeopleFindRows() {
        let app = Fixtures.app()
        _ = app.press("\"/daily\n", size: s)
        #expect(app.lists.quoteSelection == 2)
        _ = app.press("q", size: s)
        let g = app.press("p/ana\n", size: s)
        #expect(app.current == .people)
        #expect(app.lists.peopleSelection == 0)
        #expect(g.rowText(23).contains("/ana 1 of 1"))
        _ = app.press("\n", size: s)
        #expect(app.reader?.walk != nil, "Enter still starts the walk after a find")
    }
}
