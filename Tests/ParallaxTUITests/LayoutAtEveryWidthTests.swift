import Testing
import ParallaxCore
@testable import ParallaxTUI

/// What a screen keeps when the terminal is narrow and uses when it is wide: counts stay whole, columns
/// grow with the room, boxes fit what they hold, help wraps instead of cutting words.
@Suite struct LayoutAtEveryWidthTests {
    static let longTitle = Article(id: "wire", path: "/lib/long/wire.txt", outlet: "Wire",
                                   title: "A very long headline about a bridge that reopened after eight months of repairs and a row over the cost",
                                   date: "2025-03-04", paragraphs: [Fixtures.paragraph(0, "The bridge reopened.")])

    @Test(arguments: [Size(width: 40, height: 10), Size(width: 80, height: 24), Size(width: 120, height: 24)])
    func storyHeadingsKeepTheirCount(size: Size) {
        let story = Story(id: "long", path: "/lib/long", articles: [Self.longTitle, Fixtures.right],
                          errors: [LoadError(path: "/lib/long/x.txt", message: "not a text file")])
        let app = AppState(library: Library(path: "/lib", stories: [story]),
                           catalog: ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil)))
        let g = app.render(size: size)
        #expect(g.rowText(1).hasSuffix("…  (2 articles) · 1 unreadable"), "\(g.rowText(1))")
    }

    @Test func peopleColumnsGrowWithTheRoom() {
        let app = Fixtures.app()
        let wide = app.press("p", size: Size(width: 200, height: 24))
        #expect(wide.rowText(1).contains("Harbor Times"))
        #expect(wide.rowText(1).contains("Daily Ledger"))
        #expect(wide.rowText(1).contains("環球 News"))
        #expect(app.render(size: Size(width: 80, height: 24)).rowText(1).contains("Harbor Times"), "80 columns have room for it")
        let narrow = app.render(size: Size(width: 40, height: 10))
        #expect(narrow.rowText(1).contains("Harbor …"), "\(narrow.rowText(1))")
        for y in 0..<10 { #expect(Draw.width(narrow.rowText(y)) <= 40) }
    }

    @Test func rowDetailIsAsTallAsWhatItHolds() {
        let app = Fixtures.app()
        let s = Size(width: 120, height: 35)
        var g = app.press("c\n", size: s)
        let bottom = (2..<34).first { g.rowText($0).contains("└") }!
        #expect(bottom < 12, "a short row gets a short box, not a full screen")
        // A row longer than the screen fills it down to the status line, with nothing peeking below.
        let small = Size(width: 40, height: 10)
        app.comparisons[app.compare!.key] = CompareModel(left: 0, right: 1, rows: [.init(left: [0, 1, 2, 3], right: [0, 1, 2], kind: .changed)])
        app.compare!.selectedRow = 0
        g = app.render(size: small)
        #expect(g.rowText(8).contains("└"))
        #expect(g.rowText(1).contains("1–6 of"))
    }

    @Test func helpWrapsInsteadOfCuttingWords() {
        let app = Fixtures.app()
        let narrow = Size(width: 40, height: 60)
        let g = app.press("c?", size: narrow)
        let top = (0..<60).first { g.rowText($0).contains("┌") }!
        let bottom = (0..<60).first { g.rowText($0).contains("└") }!
        let box = (top...bottom).map { g.rowText($0) }.joined(separator: "\n")
        #expect(!box.contains("…"), "\(box)")
        #expect(box.contains("next/previous outlet in"))
        #expect(box.contains("focused pane"))
        #expect(!box.contains("j/k scroll"), "60 rows hold every wrapped line")
        // Taller than the screen: the box reaches the status line, nothing of compare peeks out below it.
        let small = app.render(size: Size(width: 40, height: 12))
        #expect(small.rowText(0).contains("┌") && small.rowText(10).contains("└"), "\(small.text)")
    }
}
