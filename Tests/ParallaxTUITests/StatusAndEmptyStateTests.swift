import Testing
import ParallaxCore
@testable import ParallaxTUI

/// The status line says where you are before anything else and never shows half a key hint; empty and
/// broken input says what it is instead of drawing a blank.
@Suite struct StatusAndEmptyStateTests {
    @Test(arguments: [Size(width: 40, height: 10), Size(width: 80, height: 24), Size(width: 120, height: 30)])
    func hintsAreWholeOnEveryScreen(size: Size) {
        let app = Fixtures.app()
        for keys in ["", "\n", "c", "\"", "p"] {
            while app.current != .library { _ = app.press("q", size: size) }
            let g = app.press(keys, size: size)
            let status = g.rowText(size.height - 1)
            #expect(!status.hasSuffix("…"), "\(app.current) at \(size.width): \(status)")
            #expect(status.contains("? help"), "\(app.current) at \(size.width): \(status)")
        }
    }

    @Test func narrowReaderKeepsThePercentageAndCutsTheOutlet() {
        let long = Article(id: "l", path: "/lib/x/l.txt", outlet: "The Extremely Long Outlet Name Gazette", title: "T",
                           paragraphs: [Fixtures.paragraph(0, "One short paragraph.")])
        let story = Story(id: "x", path: "/lib/x", articles: [long, Fixtures.right])
        let app = AppState(library: Library(path: "/lib", stories: [story]),
                           catalog: ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil)))
        let g = app.press("\n", size: Size(width: 40, height: 10))
        let status = g.rowText(9)
        #expect(status.contains("The Extr"))
        #expect(status.contains("… · 1/2 · 100%"))
        // A search is said when there is room, and gives way to the position when there is not.
        let s2 = app.press("/short\n", size: Size(width: 40, height: 10)).rowText(9)
        #expect(s2.contains("… · 1/2 · 100%"))
        #expect(app.press(.resize, size: Size(width: 120, height: 10)).rowText(9).contains("· 1/2 · 100% · /short 1 of 1"))
    }

    @Test func narrowCompareNamesBothSidesAndSaysWhichPaneHasFocus() {
        let app = Fixtures.app()
        var g = app.press("c", size: Size(width: 50, height: 12))
        let status = g.rowText(11)
        #expect(status.contains("Harbor Tim… ⇄ Daily Ledg… · row 1/30"), "\(status)")
        #expect(app.render(size: Size(width: 120, height: 12)).rowText(11).contains("Harbor Times ⇄ Daily Ledger · row 1/30 · 29 differences"))
        g = app.press("\t", size: Size(width: 120, height: 12))
        #expect(g.rowText(11).contains("focus: right pane, Daily Ledger (o/O outlet, r read)"))
    }

    @Test func aQuoteOpenedFromTheLedgerIsNamedInTheStatus() {
        let app = Fixtures.app()
        let s = Size(width: 100, height: 24)
        var g = app.press("\"\n", size: s)
        #expect(g.rowText(23).contains("quote marked, Esc clears"))
        g = app.press("\u{1b}", size: s)
        #expect(!g.rowText(23).contains("quote marked"))
        #expect(app.reader?.focus == nil)
    }

    @Test func listStatusSaysWhichRow() {
        let app = Fixtures.app()
        let s = Size(width: 80, height: 24)
        var g = app.press("\"jj", size: s)
        #expect(g.rowText(23).contains("Quotes · quote 1 of 1"))
        #expect(g.rowText(0).contains("Quotes · 1 quote: 1 verbatim, 0 variant, 0 single · "))
        g = app.press("qp", size: s)
        #expect(g.rowText(23).contains("People · 1 of 1"))
        #expect(g.rowText(0).contains("People · 1 person · "))
    }

    @Test func rowDetailSaysItScrollsAndTheStatusFollowsIt() {
        let app = Fixtures.app()
        let s = Size(width: 40, height: 10)
        app.handle(.char("c"), size: s)
        app.runEffectsSynchronously(Fixtures.Analyzer())
        // One row holding every paragraph of both articles: far more than the overlay's five lines.
        app.comparisons[app.compare!.key] = CompareModel(left: 0, right: 1, rows: [.init(left: [0, 1, 2, 3], right: [0, 1, 2], kind: .changed)])
        var g = app.press(.enter, size: s)
        #expect(app.overlay == .rowDetail(scroll: 0))
        #expect(g.rowText(1).contains("1–6 of"))
        #expect(g.rowText(9).contains("Row 1 of 1 · lines 1–6 of"))
        g = app.press("j", size: s)
        #expect(g.rowText(1).contains("2–7 of"))
        // Wide enough, the title says how to scroll.
        let wide = app.render(size: Size(width: 100, height: 10))
        #expect(wide.rowText(1).contains("lines, j/k scroll · Esc closes"))
        #expect(wide.rowText(9).contains("j/k scroll · ]/[ next/previous difference · Esc close"))
    }

    @Test func aNoticeWinsOverThePlace() {
        let app = Fixtures.app()
        let narrow = Size(width: 40, height: 10)
        var g = app.press("\n/number 2\nN", size: narrow)
        #expect(g.rowText(9).contains("search wrapped to the bottom"), "\(g.rowText(9))")
        g = app.press("j", size: narrow)
        #expect(g.rowText(9).contains("Harbor Times"), "the place is back with the next key")
        g = app.press("qc\t", size: Size(width: 80, height: 12))
        #expect(g.rowText(11).contains("focus: right pane, Daily Ledger (o/O outlet, r read)"), "\(g.rowText(11))")
    }

    @Test func aNarrowMentionWalkKeepsItsCount() {
        let app = Fixtures.app()
        let g = app.press("p\n", size: Size(width: 40, height: 10))
        #expect(g.rowText(9).contains("mention 1 of 5"), "\(g.rowText(9))")
        let wide = app.render(size: Size(width: 120, height: 10))
        #expect(wide.rowText(9).contains("Ana Ruiz · mention 1 of 5 · Harbor Times"))
    }

    @Test func theSpinnerNeverCoversThePosition() {
        // Analyses not run: the status line shows the spinner.
        let app = AppState(library: Fixtures.library, catalog: ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil)))
        app.requestAnalysis(story: 0)
        for w in [40, 60, 80] {
            let g = app.render(size: Size(width: w, height: 10))
            let status = g.rowText(9)
            #expect(status.hasPrefix(" Library · 2 stories"), "\(w): \(status)")
            #expect(status.hasSuffix("-") || status.contains("- "), "the spinner, at least: \(w): \(status)")
            if w >= 80 { #expect(status.contains("analysing…"), "\(w): \(status)") }
        }
    }

    @Test func anEmptyArticleSaysSo() {
        let empty = Article(id: "empty", path: "/lib/x/empty.txt", paragraphs: [])
        let story = Story(id: "x", path: "/lib/x", articles: [empty, Fixtures.right])
        let app = AppState(library: Library(path: "/lib", stories: [story]),
                           catalog: ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil)))
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("0w  (no text)"))
        for size in Fixtures.sizes {
            let g = app.press("\n", size: size)
            #expect(g.text.contains("No text"), "\(size)")
            _ = app.press("q", size: size)
        }
    }

    @Test func unreadableFilesAreListedUnderTheirStoryAndSkipped() {
        let story = Story(id: "x", path: "/lib/x", articles: [Fixtures.left, Fixtures.right], errors: [
            LoadError(path: "/lib/x/photo.txt", message: "not a text file (looks like an image)"),
        ])
        let other = Fixtures.other
        let app = AppState(library: Library(path: "/lib", stories: [story, other]),
                           catalog: ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil)))
        let s = Size(width: 80, height: 24)
        var g = app.render(size: s)
        #expect(g.text.contains("✗ photo.txt: not a text file (looks like an image)"))
        #expect(g.text.contains("1 unreadable"))
        g = app.press("jj", size: s)
        #expect(app.libraryState.selected(in: app.library)! == (1, 0), "the unreadable row is not selectable")
        let y = (0..<24).first { g.rowText($0).contains("photo.txt") }!
        _ = app.press(.mouse(.click(x: 5, y: y)), size: s)
        #expect(app.libraryState.selected(in: app.library)! == (1, 0))
    }

    @Test func aDroppedQuotePartIsWrittenAsInCompare() {
        #expect(CoreAnalyzer.quoted("") == "∅")
        #expect(CoreAnalyzer.quoted("The panel") == "“The panel”")
    }
}
