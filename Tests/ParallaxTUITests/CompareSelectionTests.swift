import Testing
import ParallaxCore
@testable import ParallaxTUI

/// The selected compare row is shown across both panes (a `compare.selected` background under its lines,
/// as vim's cursorline), without covering the changed-word and search highlights.
@Suite struct CompareSelectionTests {
    let s = Size(width: 120, height: 30)

    @Test func theSelectedRowHasTheBandAndHighlightsKeepTheirOwnColours() {
        let app = Fixtures.app()
        let g = app.press("c", size: s)
        let band = app.theme.style("compare.selected")
        let text = app.theme.style("text")
        #expect(band.bg != text.bg, "the shipped dark theme sets a background")
        let rx = AppState.comparePaneWidth(s) + 3
        // Row 1 is selected: its plain words, the blank end of its lines and the other pane carry the band.
        let x = g.column(of: "old", inRow: 1)!
        #expect(g[x, 1].style == app.theme.style("diff.changed"), "a changed word keeps its highlight")
        #expect(g[x + 4, 1].style.bg == band.bg)
        #expect(g[x + 4, 1].style.fg == text.fg)
        #expect(g[AppState.comparePaneWidth(s) - 1, 1].style.bg == band.bg)
        #expect(g[rx + 2, 1].style.bg == band.bg)
        #expect(g[s.width - 1, 1].style.bg == band.bg)
        // The blank line closing the row and the next row are plain.
        let sep = (1..<29).first { g.rowText($0).isEmpty }!
        #expect(g[0, sep].style == text)
        #expect(g[2, sep + 1].style == text)
    }

    @Test func theBandFollowsTheSelection() {
        let app = Fixtures.app()
        let band = app.theme.style("compare.selected")
        let g = app.press("c]", size: s)
        #expect(app.compare?.selectedRow == 2)
        let y = (1..<29).first { g.rowText($0).contains("Engineers replaced") }!
        #expect(g[g.column(of: "Engineers", inRow: y)!, y].style.bg == band.bg)
        let filler = AppState.comparePaneWidth(s) + 3
        #expect(g[filler, y].character == "·" && g[filler, y].style.bg == band.bg, "the filler of the empty side too")
        #expect(g[1, 1].style.bg != band.bg, "row 1 is no longer selected")
    }

    @Test func monoThemeUsesBold() {
        let catalog = ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil))
        let app = AppState(library: Fixtures.library, catalog: catalog, themeName: "mono")
        app.runEffectsSynchronously(Fixtures.Analyzer())
        let g = app.press("c", size: s)
        #expect(g[1, 1].style.attributes.contains(.bold))
        #expect(!g[1, 1].style.attributes.contains(.reverse), "reverse is what changed words use in mono")
        let x = g.column(of: "old", inRow: 1)!
        #expect(g[x, 1].style.attributes.contains(.reverse))
    }

    @Test func aUserThemeWithoutTheKeyDrawsNoBand() {
        let t = Theme(name: "x", styles: ["text": Style(fg: .indexed(7)), "selection": Style(attributes: .reverse)])
        #expect(t.style("compare.selected") == t.style("text"), "falls back to text, never to the selection bar")
    }

    @Test func aClickOnTheSelectedRowOpensItsDetails() {
        let app = Fixtures.app()
        _ = app.press("c", size: s)
        _ = app.press(.mouse(.click(x: 5, y: 1)), size: s)
        #expect(app.overlay == .rowDetail(scroll: 0))
        _ = app.press("\u{1b}", size: s)
        let g = app.render(size: s)
        let y = (1..<29).first { g.rowText($0).contains("Engineers replaced") }!
        _ = app.press(.mouse(.click(x: 5, y: y)), size: s)
        #expect(app.compare?.selectedRow == 2)
        #expect(app.overlay == nil, "the first click selects")
    }

    @Test func anUntitledArticleIsHeadedByItsLead() {
        let lead = Article(id: "004_f55b", path: "/lib/x/004_f55b.txt", outlet: "Newsdesk", paragraphs: [
            Fixtures.paragraph(0, "Ferries resumed on Monday. Crews cleared the pier."),
        ])
        let story = Story(id: "x", path: "/lib/x", articles: [Fixtures.left, lead])
        let app = AppState(library: Library(path: "/lib", stories: [story]),
                           catalog: ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil)))
        app.handle(.char("c"), size: s)
        app.comparisons[app.compare!.key] = CompareModel(left: 0, right: 1, rows: [.init(left: [0], right: [0], kind: .changed)])
        let g = app.render(size: s)
        #expect(g.rowText(0).contains("Newsdesk — Ferries resumed on Monday."))
    }
}
