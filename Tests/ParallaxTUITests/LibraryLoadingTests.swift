import ParallaxCore
import Testing
@testable import ParallaxTUI

/// A large library opens with its first stories while the rest are read behind them.
@Suite struct LibraryLoadingTests {
    static let catalog = ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil))

    func statusLine(_ app: AppState, _ size: Size = Size(width: 120, height: 24)) -> String {
        app.render(size: size).rowText(size.height - 1)
    }

    @Test func storiesArriveBelowTheFirstWithoutMovingTheSelection() {
        let app = AppState(library: Library(path: "/lib", stories: [Fixtures.story]), catalog: Self.catalog)
        app.loading = LibraryLoading(loadedFiles: 3, totalFiles: 4)
        app.handle([.down], size: Size(width: 120, height: 24))
        let before = app.libraryState.selected(in: app.library)
        #expect(statusLine(app).contains("reading 3 of 4 files"))

        app.append(stories: [Fixtures.other], loadedFiles: 4, totalFiles: 4)
        #expect(app.library.stories.count == 2)
        #expect(app.loading == nil)
        #expect(app.libraryState.selected(in: app.library)! == before!)
        #expect(!statusLine(app).contains("reading"))
        let screen = (0..<24).map { app.render(size: Size(width: 120, height: 24)).rowText($0) }.joined(separator: "\n")
        #expect(screen.contains("Storm hits the coast"))
    }

    @Test func savedPositionInALaterStoryIsRestoredWhenItArrives() {
        let app = AppState(library: Library(path: "/lib", stories: [Fixtures.story]), catalog: Self.catalog)
        app.loading = LibraryLoading(loadedFiles: 3, totalFiles: 4)
        app.restore(SavedPosition(story: "storm", article: "coast", paragraph: -1, offset: 0))
        #expect(app.libraryState.selected(in: app.library)!.story == 0)
        app.append(stories: [Fixtures.other], loadedFiles: 4, totalFiles: 4)
        #expect(app.libraryState.selected(in: app.library)! == (story: 1, article: 0))
    }

    @Test func aKeyPressedBeforeTheStoryArrivesWins() {
        let app = AppState(library: Library(path: "/lib", stories: [Fixtures.story]), catalog: Self.catalog)
        app.loading = LibraryLoading(loadedFiles: 3, totalFiles: 4)
        app.restore(SavedPosition(story: "storm", article: "coast", paragraph: -1, offset: 0))
        app.handle([.down], size: Size(width: 120, height: 24))
        app.append(stories: [Fixtures.other], loadedFiles: 4, totalFiles: 4)
        #expect(app.libraryState.selected(in: app.library)!.story == 0)
    }
}

/// An article longer than the analyses read says so when it is opened and in the reader's status line.
@Suite struct AnalysisLimitScreenTests {
    @Test func readerSaysHowMuchIsAnalysed() {
        let long = String(repeating: "A long paragraph of words that goes on and on. ", count: 2_200)
        let article = Article(
            id: "huge", path: "/lib/huge/huge.txt", outlet: "Huge Post", title: "Huge", date: "2025-01-01",
            paragraphs: (0..<4).map { Fixtures.paragraph($0, long) })
        let app = AppState(library: Library(path: "/lib", stories: [Story(id: "huge", path: "/lib/huge", articles: [article])]),
                           catalog: LibraryLoadingTests.catalog)
        let size = Size(width: 120, height: 24)
        app.handle([.enter], size: size)
        #expect(app.render(size: size).rowText(size.height - 1).contains("only the first 3 of 4 paragraphs are analysed"))
        app.handle([.char("j")], size: size)
        #expect(app.render(size: size).rowText(size.height - 1).contains("¶1–3 analysed"))
    }
}
