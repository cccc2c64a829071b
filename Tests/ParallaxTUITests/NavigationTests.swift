import Testing
import ParallaxCore
@testable import ParallaxTUI

/// Going somewhere and coming back, as less and vim users expect: `q` returns to the screen you came from,
/// with the position you left, and every list moves with the same keys.
@Suite struct NavigationTests {
    let s = Size(width: 80, height: 24)

    @Test func qAfterReadingFromCompareReturnsToCompareThenTheFirstReader() {
        let app = Fixtures.app()
        _ = app.press("\njjjjj", size: s)
        let left = try! #require(app.reader)
        _ = app.press("c\tr", size: s)
        #expect(app.current == .reader)
        #expect(app.reader?.article == 1)
        _ = app.press("q", size: s)
        #expect(app.current == .compare)
        let g = app.press("q", size: s)
        #expect(app.current == .reader)
        #expect(app.reader?.article == 0)
        #expect(app.reader?.block == left.block && app.reader?.offset == left.offset)
        #expect(g.rowText(23).contains("Harbor Times"))
        #expect(app.libraryState.selected(in: app.library)! == (0, 0))
        _ = app.press("q", size: s)
        #expect(app.current == .library)
    }

    @Test func qAfterAQuoteReturnsToTheLedger() {
        let app = Fixtures.app()
        _ = app.press("\nl\"", size: s)  // reading Daily Ledger, then the ledger
        #expect(app.current == .quotes)
        _ = app.press("\n", size: s)  // the quote's first instance: Harbor Times
        #expect(app.current == .reader)
        #expect(app.reader?.article == 0)
        #expect(app.reader?.focus != nil)
        _ = app.press("q", size: s)
        #expect(app.current == .quotes)
        _ = app.press("q", size: s)
        #expect(app.current == .reader)
        #expect(app.reader?.article == 1, "the article read before the ledger, not the quote's")
    }

    @Test func qAfterAMentionWalkReturnsToPeople() {
        let app = Fixtures.app()
        _ = app.press("\np\nnn", size: s)
        #expect(app.reader?.walk?.index == 2)
        _ = app.press("q", size: s)
        #expect(app.current == .people)
        _ = app.press("q", size: s)
        #expect(app.current == .reader)
        #expect(app.reader?.walk == nil)
    }

    @Test func stackStaysBoundedOverRepeatedJumps() {
        let app = Fixtures.app()
        _ = app.press("\n", size: s)
        for _ in 0..<10 { _ = app.press("c\tr", size: s) }
        #expect(app.stack == [.library, .reader, .compare, .reader])
        for _ in 0..<10 { _ = app.press("\"\n", size: s) }
        #expect(app.stack.count <= 6)
        while app.current != .library { _ = app.press("q", size: s) }
        #expect(!app.quitRequested)
    }

    @Test func hAndLComeBackWhereYouLeftTheArticle() {
        let app = Fixtures.app()
        var g = app.press("\n", size: s)
        for _ in 0..<12 { g = app.press("j", size: s) }
        let top = g.rowText(0)
        g = app.press("l", size: s)
        #expect(g.rowText(0).contains("River bridge open again"), "a new article opens at its top")
        g = app.press("h", size: s)
        #expect(g.rowText(0) == top)
        // Reopening from the library resumes there too.
        _ = app.press("q", size: s)
        g = app.press("\n", size: s)
        #expect(g.rowText(0) == top)
    }

    @Test func hAndLSayWhenTheNextArticleIsOnlyPartlyAnalysed() {
        let long = String(repeating: "Word after word fills this paragraph. ", count: 3_000)
        let big = Article(id: "big", path: "/lib/x/big.txt", outlet: "Big Paper", title: "A very long page",
                          paragraphs: (0..<4).map { Fixtures.paragraph($0, long) })
        let story = Story(id: "x", path: "/lib/x", articles: [Fixtures.right, big])
        let app = AppState(library: Library(path: "/lib", stories: [story]),
                           catalog: ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil)))
        #expect(AnalysisLimit.limit(big).cut != nil)
        _ = app.press("\n", size: s)
        #expect(app.reader?.analysisCut == nil)
        let g = app.press("l", size: s)
        #expect(app.reader?.analysisCut != nil)
        #expect(g.rowText(23).contains("analysed"))
    }

    @Test func halfPageWorksOnEveryScreen() {
        let app = Fixtures.app()
        let tall = Size(width: 80, height: 12)
        _ = app.press("d", size: tall)
        #expect(app.libraryState.selected(in: app.library)! == (1, 0), "library: half a page of 9 rows")
        _ = app.press("u", size: tall)
        #expect(app.libraryState.selected(in: app.library)! == (0, 0))
        _ = app.press("\"d", size: tall)
        #expect(app.lists.quoteSelection == 2)
        _ = app.press("qc", size: tall)
        _ = app.press("d", size: tall)
        #expect(app.compare?.top == 5)
        _ = app.press("u", size: tall)
        #expect(app.compare?.top == 0)
    }

    @Test(arguments: [ScreenKind.library, .reader, .compare, .quotes, .people])
    func helpListsTheMovesEveryScreenHas(screen: ScreenKind) {
        let keys = AppState.helpEntries(for: screen).map(\.0)
        for k in ["Space/b", "d/u", "g/G", "?", "q", "Esc"] { #expect(keys.contains(k), "\(screen): \(k)") }
        if screen != .compare { #expect(keys.contains("/") && keys.contains("n/N"), "\(screen) searches") }
        #expect(keys.contains("mouse"))
    }

    @Test func compareKeepsTheRowAtTheTopAcrossAResize() {
        let app = Fixtures.app()
        let big = Size(width: 120, height: 30), small = Size(width: 70, height: 16)
        var g = app.press("c", size: small)
        while app.compare!.selectedRow < 6 { g = app.press("]", size: small) }
        // `]` scrolled the row under one blank line: it stays there at any width.
        #expect(g.rowText(2).contains("number 6"))
        #expect(app.press(.resize, size: big).rowText(2).contains("number 6"))
        g = app.press(.resize, size: small)
        g = app.press("j", size: small)
        let (row, offset, top) = (app.compare!.topRow, app.compare!.topOffset, app.compare!.top)
        #expect(top > 0)
        let words = g.rowText(1)
        g = app.press(.resize, size: big)
        // The panes are twice as wide, so the row starts on another line: the row at the top stays.
        #expect(app.compare!.topRow == row)
        #expect(app.compare!.top != top)
        g = app.press(.resize, size: small)
        #expect(app.compare!.topRow == row)
        #expect(app.compare!.topOffset == offset)
        #expect(g.rowText(1) == words)
    }

    @Test func aClickOnTheSelectedRowOpensIt() {
        let app = Fixtures.app()
        var g = app.render(size: s)
        let y = (0..<24).first { g.rowText($0).contains("Daily Ledger") }!
        _ = app.press(.mouse(.click(x: 5, y: y)), size: s)
        #expect(app.current == .library)
        _ = app.press(.mouse(.click(x: 5, y: y)), size: s)
        #expect(app.current == .reader)
        #expect(app.reader?.article == 1)
        g = app.press("\"", size: s)
        let q = (0..<24).first { g.rowText($0).contains("Daily Ledger") }!
        _ = app.press(.mouse(.click(x: 5, y: q)), size: s)
        _ = app.press(.mouse(.click(x: 5, y: q)), size: s)
        #expect(app.current == .reader)
        #expect(app.reader?.focus?.article == 1)
        _ = app.press("qp", size: s)
        _ = app.press(.mouse(.click(x: 5, y: 2)), size: s)
        #expect(app.current == .reader)
        #expect(app.reader?.walk?.index == 0)
    }

    @Test func aMentionWalkGoesOnAcrossHAndL() {
        let app = Fixtures.app()
        _ = app.press("p\n", size: s)
        var g = app.press("l", size: s)
        #expect(app.reader?.article == 1)
        #expect(app.reader?.walk != nil, "h/l keep the walk, as they keep a search")
        #expect(g.rowText(23).contains("Ana Ruiz · 5 mentions, n/N from here"), "not 'mention 1', which is in another article")
        g = app.press("n", size: s)
        #expect(app.reader?.walk?.index == 2, "n: the first mention in the article now shown")
        #expect(app.reader?.article == 1)
        _ = app.press("h", size: s)
        g = app.press("N", size: s)
        #expect(app.reader?.walk?.index == 1, "N: the last mention of the article now shown")
        #expect(g.rowText(23).contains("mention 2 of 5"))
    }

    @Test func overlayScrollIsClampedSoKMovesAtOnce() {
        let app = Fixtures.app()
        let small = Size(width: 40, height: 10)
        _ = app.press("\n?", size: small)
        for _ in 0..<50 { _ = app.press("j", size: small) }
        let bottom = app.render(size: small).text
        let g = app.press("k", size: small)
        #expect(g.text != bottom)
    }
}
