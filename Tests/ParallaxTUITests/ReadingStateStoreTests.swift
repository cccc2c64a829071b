import Foundation
import Testing
@testable import ParallaxTUI

@Suite struct ReadingStateStoreTests {
    func tempDir() throws -> String {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("px-state-\(UUID())").path
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    @Test func savesAndRestoresPerLibrary() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: d) }
        let store = ReadingStateStore(environment: ["XDG_STATE_HOME": d])
        #expect(store.file == d + "/parallax/positions.json")
        let p = SavedPosition(story: "bridge", article: "daily-ledger", paragraph: 2, offset: 5)
        #expect(store.save(p, forLibrary: "/lib") == nil)
        #expect(store.save(SavedPosition(story: "x", article: "y", paragraph: 0, offset: 0), forLibrary: "/other") == nil)
        let (got, warning) = store.position(forLibrary: "/lib")
        #expect(got == p)
        #expect(warning == nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: d + "/parallax").filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func corruptFileIsIgnoredWithWarning() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: d) }
        try FileManager.default.createDirectory(atPath: d + "/parallax", withIntermediateDirectories: true)
        try "{not json".write(toFile: d + "/parallax/positions.json", atomically: true, encoding: .utf8)
        let store = ReadingStateStore(environment: ["XDG_STATE_HOME": d])
        let (got, warning) = store.position(forLibrary: "/lib")
        #expect(got == nil)
        #expect(warning?.contains("positions.json") == true)
        // Saving over it works.
        #expect(store.save(SavedPosition(story: "a", article: "b", paragraph: 1, offset: 0), forLibrary: "/lib") == nil)
        #expect(store.position(forLibrary: "/lib").0?.article == "b")
    }

    @Test func librarySelectionWinsAfterLeavingTheReader() {
        let s = Size(width: 80, height: 24)
        let app = Fixtures.app()
        _ = app.press("\njjjjq", size: s)
        #expect(app.currentPosition(size: s)?.paragraph ?? -1 >= 0)
        _ = app.press("j", size: s)
        let p = app.currentPosition(size: s)
        #expect(p?.article == "daily-ledger")
        #expect(p?.paragraph == -1)
    }

    @Test func appRoundTripsPosition() {
        let s = Size(width: 80, height: 24)
        let a1 = Fixtures.app()
        _ = a1.press("\n", size: s)
        for _ in 0..<12 { _ = a1.press("j", size: s) }
        let top = a1.render(size: s).rowText(0)
        let pos = a1.currentPosition(size: s)!
        #expect(pos.article == "harbor-times")
        #expect(pos.paragraph >= 0)
        let a2 = Fixtures.app()
        a2.restore(pos)
        let g = a2.press("\n", size: s)
        #expect(g.rowText(0) == top)
    }
}
