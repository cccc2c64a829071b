import Testing
import ParallaxCore
@testable import ParallaxTUI

/// `/` in compare looks in both panes, as a delta user expects: `n`/`N` go from row to row, the row comes up
/// under the header and the match is marked in whichever pane holds it.
@Suite struct CompareSearchTests {
    let s = Size(width: 120, height: 24)

    @Test func findsInTheRightPaneAndPutsTheRowUnderTheHeader() {
        let app = Fixtures.app()
        _ = app.press("c", size: s)
        let g = app.press("/shops\n", size: s)
        #expect(app.compare?.selectedRow == 3)
        #expect(g.rowText(1).contains("Local shops welcomed the news."), "the row right under the header")
        let x = g.column(of: "shops", inRow: 1)!
        #expect(x > AppState.comparePaneWidth(s), "in the right pane")
        #expect(g[x, 1].style == app.theme.style("search.current"))
        #expect(g.rowText(23).contains("/shops 1 of 1 rows (right)"), "\(g.rowText(23))")
    }

    @Test func matchesInTheLeftPaneAreMarkedThere() {
        let app = Fixtures.app()
        let g = app.press("c/engineers\n", size: s)
        #expect(app.compare?.selectedRow == 2)
        let y = (1..<23).first { g.rowText($0).contains("Engineers replaced") }!
        let x = g.column(of: "Engineers", inRow: y)!
        #expect(x < AppState.comparePaneWidth(s))
        #expect(g[x, y].style == app.theme.style("search.current"))
        #expect(g.rowText(23).contains("/engineers 1 of 1 rows (left)"))
    }

    @Test func nAndNStepThroughRowsAndSayWhenTheyWrap() {
        let app = Fixtures.app()
        var g = app.press("c/ruiz\n", size: s)
        #expect(app.compare?.selectedRow == 0)
        #expect(g.rowText(23).contains("/ruiz 1 of 2 rows "))
        #expect(!g.rowText(23).contains("(left)") && !g.rowText(23).contains("(right)"), "both panes hold it: no pane named")
        #expect(app.render(size: Size(width: 80, height: 24)).rowText(23).contains("· row 1/30 · /ruiz 1 of 2 rows"), "80 columns keep it")
        // Every match in view is marked, the ones of the selected row as current.
        let other = (2..<23).first { g.rowText($0).contains("Ruiz told") }!
        let x = g.column(of: "Ruiz", inRow: other)!
        #expect(g[x, other].style == app.theme.style("search.match"))
        g = app.press("n", size: s)
        #expect(app.compare?.selectedRow == 1)
        #expect(g.rowText(1).contains("We kept our promise"))
        g = app.press("n", size: s)
        #expect(app.compare?.selectedRow == 0)
        #expect(g.rowText(23).contains("search wrapped to the top"))
        g = app.press("N", size: s)
        #expect(app.compare?.selectedRow == 1)
        #expect(g.rowText(23).contains("search wrapped to the bottom"))
    }

    @Test func notFoundEscAndTheLastQuery() {
        let app = Fixtures.app()
        var g = app.press("c]/zebra\n", size: s)
        #expect(g.rowText(23).contains("not found: zebra"))
        #expect(app.compare?.selectedRow == 2, "the selection stays")
        g = app.press("/steel\n", size: s)
        let y = (1..<23).first { g.rowText($0).contains("40 steel") }!
        let x = g.column(of: "steel", inRow: y)!
        #expect(g[x, y].style == app.theme.style("search.current"))
        g = app.press("\u{1b}", size: s)
        #expect(app.compare?.search == nil)
        #expect(g[x, y].style != app.theme.style("search.current"), "Esc clears the marks")
        g = app.press("n", size: s)
        #expect(app.compare?.search?.query == "steel", "n searches the last query again")
        #expect(g.rowText(23).contains("search wrapped to the top"))
    }

    @Test func typedLettersNeverRunCommands() {
        let app = Fixtures.app()
        _ = app.press("c/read on the left\n", size: s)
        #expect(app.current == .compare)
        #expect(app.compare?.left == 0 && app.compare?.right == 1)
    }

    @Test func theQueryOfAnotherScreenIsSearchedWithN() {
        let app = Fixtures.app()
        _ = app.press("\n/ruiz\nqc", size: s)
        _ = app.press("n", size: s)
        #expect(app.compare?.selectedRow == 1)
        let g = app.press("/\n", size: s)
        #expect(app.compare?.search?.query == "ruiz", "Enter alone repeats it")
        #expect(g.rowText(23).contains("/ruiz"))
    }

    @Test func helpAndPromptSayCompareSearches() {
        let keys = AppState.helpEntries(for: .compare).map(\.0)
        #expect(keys.contains("/") && keys.contains("n/N"))
        let app = Fixtures.app()
        let g = app.press("c/", size: s)
        #expect(g.rowText(23).contains("Enter search"))
    }
}
