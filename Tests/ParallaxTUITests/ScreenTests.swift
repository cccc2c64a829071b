import Testing
import ParallaxCore
@testable import ParallaxTUI

@Suite struct LibraryScreenTests {
    @Test(arguments: Fixtures.sizes)
    func listsStoriesThenArticles(size: Size) {
        let app = Fixtures.app()
        let g = app.render(size: size)
        #expect(g.text.contains("Bridge reopens") || g.text.contains("bridge"))
        #expect(g.text.contains("Harbor Times"))
        #expect(g.text.contains("Daily Ledger"))
        #expect(g.rowText(size.height - 1).contains("Library"))
        if size.height >= 24 { #expect(g.text.contains("Coast Post")) }
        if size.width >= 80 { #expect(g.text.contains("2025-03-04")) }
    }

    @Test func outletColumnFitsTheLongestName() {
        let long = Article(id: "wire", path: "/lib/x/wire.txt", outlet: "Atlantic Wire Service International",
                           title: "A headline", date: "2025-01-02", paragraphs: [Fixtures.paragraph(0, "Text.")])
        let story = Story(id: "x", path: "/lib/x", articles: [long, Fixtures.right])
        let app = AppState(library: Library(path: "/lib", stories: [story]),
                           catalog: ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil)))
        #expect(app.libraryState.widestOutlet == 35)
        // 120 columns: up to 28 cells (a quarter of the screen at most), the rest of the name cut with "…".
        let wide = app.render(size: Size(width: 120, height: 24))
        #expect(wide.text.contains("Atlantic Wire Service Inter…"))
        // Short names only: the column shrinks to 12 and titles get the room.
        let plain = Fixtures.app().render(size: Size(width: 120, height: 24))
        let row = (0..<24).map { plain.rowText($0) }.first { $0.contains("Daily Ledger") }!
        #expect(row.contains("Daily Ledger 2025-03-04"))
    }

    @Test func untitledPasteIsListedByItsLeadAndCountsReadAsEnglish() {
        let paste = Article(id: "004_f55b13da", path: "/lib/x/004_f55b13da.txt", paragraphs: [
            Paragraph(index: 0, text: "Background", sentences: [Sentence(start: 0, end: 10)], sourceLines: 1...1, isHeading: true),
            Paragraph(index: 1, text: "Ferries resumed on Monday. Crews cleared the pier.",
                      sentences: [Sentence(start: 0, end: 26), Sentence(start: 27, end: 50)], sourceLines: 2...2),
        ])
        #expect(paste.untitledLead == "Ferries resumed on Monday.")
        #expect(Fixtures.right.untitledLead == nil)
        let greeting = Article(id: "n", path: "/lib/x/n.txt", paragraphs: [
            Paragraph(index: 0, text: "Good morning. The marathon drew a record field.",
                      sentences: [Sentence(start: 0, end: 13), Sentence(start: 14, end: 47)], sourceLines: 1...1),
        ])
        #expect(greeting.untitledLead == "The marathon drew a record field.", "a greeting is no lead")
        let app = AppState(library: Library(path: "/lib", stories: [Story(id: "x", path: "/lib/x", articles: [paste])]),
                           catalog: ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil)))
        let g = app.render(size: Size(width: 100, height: 12))
        let row = (0..<12).map { g.rowText($0) }.first { $0.contains("004_f55b13da") }!
        #expect(row.contains("Ferries resumed on Monday."))
        #expect(g.text.contains("(1 article)"))
        #expect(g.rowText(11).contains("Library · 1 story · 1 article"))
        #expect(Fixtures.app().render(size: Size(width: 100, height: 12)).rowText(11).contains("2 stories · 4 articles"))
    }

    @Test func selectionMovesOverArticlesOnly() {
        let app = Fixtures.app()
        let s = Size(width: 80, height: 24)
        #expect(app.libraryState.selected(in: app.library)! == (0, 0))
        _ = app.press("jjj", size: s)
        #expect(app.libraryState.selected(in: app.library)! == (1, 0))
        _ = app.press("k", size: s)
        #expect(app.libraryState.selected(in: app.library)! == (0, 2))
        _ = app.press("G", size: s)
        #expect(app.libraryState.selected(in: app.library)! == (1, 0))
    }

    @Test func qQuitsFromLibrary() {
        let app = Fixtures.app()
        _ = app.press("q", size: Size(width: 80, height: 24))
        #expect(app.quitRequested)
    }

    @Test func clickSelectsRow() {
        let app = Fixtures.app()
        let s = Size(width: 80, height: 24)
        let g = app.render(size: s)
        let y = (0..<24).first { g.rowText($0).contains("Daily Ledger") }!
        _ = app.press(.mouse(.click(x: 5, y: y)), size: s)
        #expect(app.libraryState.selected(in: app.library)! == (0, 1))
    }
}

@Suite struct ReaderScreenTests {
    @Test(arguments: Fixtures.sizes)
    func showsWrappedArticle(size: Size) {
        let app = Fixtures.app()
        let g = app.press("\n", size: size)
        #expect(app.current == .reader)
        #expect(g.text.contains("Bridge reopens"))
        #expect(g.text.contains("Harbor Times · 2025-03-04"))
        #expect(g.rowText(size.height - 1).contains("Harbor Times"))
        for y in 0..<size.height { #expect(Draw.width(g.rowText(y)) <= size.width) }
    }

    @Test func scrollsAndPages() {
        let app = Fixtures.app()
        let s = Size(width: 80, height: 24)
        var g = app.press("\n", size: s)
        #expect(g.rowText(0).contains("Bridge reopens"))
        g = app.press("jjjj", size: s)
        #expect(!g.rowText(0).contains("Bridge reopens"))
        g = app.press(" ", size: s)
        let afterPage = g.rowText(0)
        g = app.press("b", size: s)
        #expect(g.rowText(0) != afterPage)
        g = app.press("G", size: s)
        #expect(g.text.contains("number 29"))
        g = app.press("g", size: s)
        #expect(g.rowText(0).contains("Bridge reopens"))
    }

    @Test func searchFindsAndCyclesMatches() {
        let app = Fixtures.app()
        let s = Size(width: 80, height: 24)
        var g = app.press("\n/NUMBER 2\n", size: s)
        #expect(app.reader?.search?.matches.count == 10)  // 20…29
        #expect(g.rowText(23).contains("/NUMBER 2 1 of 10"))
        g = app.press("n", size: s)
        #expect(g.rowText(23).contains("2 of 10"))
        g = app.press("N", size: s)
        g = app.press("N", size: s)
        #expect(g.rowText(23).contains("10 of 10"))
        let y = (0..<23).first { g.rowText($0).contains("number 29") }!
        let x = g.column(of: "number 29", inRow: y)!
        #expect(g[x, y].style == app.theme.style("search.current"))
        g = app.press("/zebra\n", size: s)
        #expect(g.rowText(23).contains("not found"))
    }

    @Test func peopleAreColoured() {
        let app = Fixtures.app()
        let s = Size(width: 120, height: 24)
        let g = app.press("\n", size: s)
        let y = (0..<23).first { g.rowText($0).contains("Mayor Ana Ruiz") }!
        let x = g.column(of: "Ana Ruiz", inRow: y)!
        #expect(g[x, y].style == app.theme.style("person"))
        #expect(g[x - 2, y].style == app.theme.style("text"))
    }

    @Test func resizeKeepsReadingPosition() {
        let app = Fixtures.app()
        let big = Size(width: 120, height: 30)
        var g = app.press("\n", size: big)
        for _ in 0..<20 { g = app.press("j", size: big) }
        let firstWords = g.rowText(0).split(separator: " ").prefix(3).joined(separator: " ")
        let small = Size(width: 50, height: 12)
        g = app.press(.resize, size: small)
        #expect(g.text.contains(firstWords))
        g = app.press(.resize, size: big)
        #expect(g.rowText(0).contains(firstWords))
    }

    @Test func hlSwitchArticles() {
        let app = Fixtures.app()
        let s = Size(width: 80, height: 24)
        var g = app.press("\nl", size: s)
        #expect(g.text.contains("River bridge open again"))
        g = app.press("h", size: s)
        #expect(g.text.contains("Bridge reopens"))
        _ = app.press("q", size: s)
        #expect(app.current == .library)
    }

    @Test func wideAndHostileTextIsSafe() {
        for s in Fixtures.sizes {
            let app = Fixtures.app()
            let g = app.press("\nll", size: s)
            #expect(g.text.contains("環球 News") || g.text.contains("橋が再開"))
            #expect(g.text.contains("␛[31mred␛[0m"))
            if s.width >= 80 { #expect(g.text.contains("bidi reversed text")) }
            for c in g.cells {
                for u in c.character.unicodeScalars {
                    #expect(u.value >= 0x20 && !(0x7F..<0xA0).contains(u.value) && !(0x202A...0x202E).contains(u.value))
                }
            }
            for y in 0..<s.height { #expect(Draw.width(g.rowText(y)) <= s.width) }
            _ = app.press("q", size: s)
        }
    }
}

@Suite struct OverlayAndSizeTests {
    @Test(arguments: [ScreenKind.library, .reader])
    func helpListsKeysAndEscCloses(screen: ScreenKind) {
        let app = Fixtures.app()
        let s = Size(width: 80, height: 24)
        if screen == .reader { _ = app.press("\n", size: s) }
        var g = app.press("?", size: s)
        #expect(g.text.contains("Keys · \(screen.rawValue)"))
        #expect(g.text.contains(screen == .library ? "compare with the next article" : "search"))
        g = app.press("\u{1b}", size: s)
        #expect(!g.text.contains("Keys ·"))
        #expect(app.current == screen)
    }

    @Test func helpScrollsWhenTheTerminalIsShort() {
        let app = Fixtures.app()
        let s = Size(width: 40, height: 10)
        _ = app.press("\n", size: s)
        var g = app.press("?", size: s)
        #expect(g.text.contains("j/k scroll"))
        #expect(!g.text.contains("this help"))
        // The reader's keys wrap to about 30 lines at 40 columns: enough `j` to reach the last of them.
        for _ in 0..<40 { g = app.press("j", size: s) }
        #expect(g.text.contains("this help"))
        g = app.press("q", size: s)
        #expect(app.overlay == nil)
        #expect(app.current == .reader)
    }

    @Test func tooSmallShowsNotice() {
        let app = Fixtures.app()
        for s in [Size(width: 39, height: 24), Size(width: 80, height: 9), Size(width: 10, height: 3)] {
            let g = app.render(size: s)
            #expect(g.text.contains("Terminal"))
        }
        let g = app.render(size: Size(width: 40, height: 10))
        #expect(!g.text.contains("too small"))
        // A narrow pane wraps the notice instead of cutting every line short.
        let narrow = app.render(size: Size(width: 12, height: 8)).text
        #expect(narrow.contains("Terminal too"))
        #expect(narrow.contains("small"))
        #expect(narrow.contains("need 40×10,"))
        #expect(!narrow.contains("…"))
    }

    @Test func themeCyclesLive() {
        let app = Fixtures.app()
        let s = Size(width: 80, height: 24)
        let before = app.render(size: s)
        let g = app.press("t", size: s)
        #expect(app.themeName == "light")
        #expect(g.rowText(23).contains("theme: light"))
        #expect(g != before)
        _ = app.press("tt", size: s)
        #expect(app.themeName == "dark")
    }

    @Test func monochromeAlwaysUsesMono() {
        let app = AppState(library: Fixtures.library, catalog: ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil)),
                           themeName: "dark", monochrome: true)
        #expect(app.theme.name == "mono")
        #expect(app.theme.style("selection").attributes.contains(.reverse))
    }
}
