import Testing
@testable import ParallaxTUI

@Suite struct CompareScreenTests {
    @Test(arguments: Fixtures.sizes)
    func showsPanesGutterAndFiller(size: Size) {
        let app = Fixtures.app()
        let g = app.press("c", size: size)
        #expect(app.current == .compare)
        #expect(g.rowText(0).contains("Harbor Times"))
        #expect(g.rowText(0).contains("Daily Ledger"))
        #expect(g.rowText(1).contains(" ~ "))
        #expect(g.text.contains(" = "))
        // The headers carry the full names; a narrow status cuts both names to keep the row position.
        #expect(g.rowText(size.height - 1).contains(size.width >= 80 ? "Harbor Times ⇄ Daily Ledger · row 1/30" : "⇄ Daily L… · row 1/30"))
        if size.height >= 24 {
            #expect(g.text.contains(" < "))
            #expect(g.text.contains("· · ·"))
            #expect(g.text.contains(" > "))
        }
        for y in 0..<size.height { #expect(Draw.width(g.rowText(y)) <= size.width) }
    }

    @Test func changedWordsHighlighted() {
        let app = Fixtures.app()
        let s = Size(width: 120, height: 30)
        let g = app.press("c", size: s)
        let x = g.column(of: "old", inRow: 1)!
        #expect(g[x, 1].style == app.theme.style("diff.changed"))
        // Row 1 is the selected one: the words around the change have the row's band under them.
        #expect(g[x + 4, 1].style == Style(fg: app.theme.style("text").fg, bg: app.theme.style("compare.selected").bg))
        let y = (2..<30).first { g.rowText($0).contains("Ruiz told") }!
        #expect(g[1, y].style == app.theme.style("text"), "an unselected row is plain")
    }

    @Test func differencesNavigationAndDetails() {
        let app = Fixtures.app()
        let s = Size(width: 100, height: 24)
        _ = app.press("c", size: s)
        #expect(app.compare?.selectedRow == 0)
        _ = app.press("]", size: s)
        #expect(app.compare?.selectedRow == 2)
        _ = app.press("]", size: s)
        #expect(app.compare?.selectedRow == 3)
        _ = app.press("[[", size: s)
        #expect(app.compare?.selectedRow == 0)
        let g = app.press("\n", size: s)
        #expect(g.text.contains("Row 1 · changed"))
        #expect(g.text.contains("“old” → ∅"))
        _ = app.press("\u{1b}", size: s)
        #expect(app.overlay == nil)
        _ = app.press("G", size: s)
        #expect(app.compare!.top > 0)
    }

    @Test func tabAndOtherOutlet() {
        let app = Fixtures.app()
        let s = Size(width: 100, height: 24)
        _ = app.press("c\t", size: s)
        #expect(app.compare?.focus == .right)
        let g = app.press("o", size: s)
        #expect(app.compare?.right == 2)
        // The test analyzer refuses this pair: the screen says so instead of failing.
        #expect(g.text.contains("Compare not available"))
        _ = app.press("O", size: s)
        #expect(app.compare?.right == 1)
    }

    @Test func pendingAlignmentShowsProgress() {
        let app = AppState(library: Fixtures.library)
        let s = Size(width: 80, height: 24)
        app.handle(.char("c"), size: s)
        let g = app.render(size: s)
        #expect(g.text.contains("aligning Harbor Times with Daily Ledger"))
        #expect(g.rowText(23).contains("analysing"))
    }
}

@Suite struct QuotesAndPeopleTests {
    @Test(arguments: Fixtures.sizes)
    func quoteLedger(size: Size) {
        let app = Fixtures.app()
        let g = app.press("\"", size: size)
        #expect(app.current == .quotes)
        #expect(g.text.contains("Ana Ruiz"))
        #expect(g.text.contains("We kept our promise"))
        #expect(g.text.contains(" = "))
    }

    @Test func enterOnQuoteOpensReaderAtInstance() {
        let app = Fixtures.app()
        let s = Size(width: 80, height: 24)
        _ = app.press("\"jj\n", size: s)
        #expect(app.current == .reader)
        #expect(app.reader?.article == 1)
        #expect(app.reader?.focus == TextRef(article: 1, paragraph: 1, start: 0, end: 22))
        _ = app.press("q", size: s)
        #expect(app.current == .quotes)
    }

    @Test(arguments: Fixtures.sizes)
    func peopleIndex(size: Size) {
        let app = Fixtures.app()
        let g = app.press("p", size: size)
        #expect(app.current == .people)
        #expect(g.text.contains("Ana Ruiz"))
        #expect(g.text.contains("5"))
        if size.width >= 80 { #expect(g.text.contains("Harbor")) }
    }

    @Test func mentionWalkAcrossArticles() {
        let app = Fixtures.app()
        let s = Size(width: 100, height: 24)
        var g = app.press("p\n", size: s)
        #expect(app.current == .reader)
        #expect(g.rowText(23).contains("Ana Ruiz · mention 1 of 5"))
        let y = (0..<23).first { g.rowText($0).contains("Mayor Ana Ruiz") }!
        #expect(g[g.column(of: "Ana Ruiz", inRow: y)!, y].style == app.theme.style("person.highlight"))
        g = app.press("nn", size: s)
        #expect(app.reader?.article == 1)
        #expect(g.rowText(23).contains("Ana Ruiz · mention 3 of 5"))
        #expect(g.text.contains("River bridge open again"))
        g = app.press("nn", size: s)
        #expect(app.reader?.article == 2)
        g = app.press("n", size: s)
        #expect(app.reader?.article == 0)
        #expect(g.rowText(23).contains("mention 1 of 5"))
        g = app.press("N", size: s)
        #expect(g.rowText(23).contains("mention 5 of 5"))
    }

    @Test func quotesFromReaderUseThatStory() {
        let app = Fixtures.app()
        let s = Size(width: 80, height: 24)
        _ = app.press("jjj", size: s)  // the storm story
        let g = app.press("\n\"", size: s)
        #expect(g.text.contains("Storm hits the coast"))
        #expect(g.text.contains("No direct quotes found"))
    }
}
