import Foundation
import Testing

@testable import ParallaxCore

/// Files change under an open story (an editor saves, a sync tool deletes): loading again reports what
/// went wrong per file and keeps the rest; nothing throws past the loader or traps.
@Suite struct VanishingFileTests {
    static func tempStory(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-vanish-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        return dir
    }

    let body = "Officials said on Tuesday that the “plan is working,” and the minister agreed with them.\n\nA second paragraph.\n"

    @Test func removedFileIsReportedOnReload() throws {
        let dir = try Self.tempStory(["a.txt": body, "b.txt": body, "c.txt": body])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try LibraryLoader.loadStory(path: dir)
        #expect(first.articles.count == 3)

        try FileManager.default.removeItem(atPath: dir + "/b.txt")
        // The path the open story still holds now fails with a reason, not a trap.
        #expect(throws: LoadError.self) { try ArticleLoader.load(path: first.articles[1].path) }
        do { _ = try ArticleLoader.load(path: dir + "/b.txt") } catch { #expect(error.message == "no such file") }
        let again = try LibraryLoader.loadStory(path: dir)
        #expect(again.articles.map(\.id) == ["a", "c"])
    }

    @Test func truncatedFilesStillLoad() throws {
        let dir = try Self.tempStory(["a.txt": body, "b.txt": body, "c.txt": body])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try LibraryLoader.loadStory(path: dir)

        // Cut in the middle of a multi-byte character, and to nothing at all.
        let bytes = Array(body.utf8)
        let cut = bytes.firstIndex(of: 0xE2)! + 1
        try Data(bytes[..<cut]).write(to: URL(fileURLWithPath: dir + "/a.txt"))
        truncate(dir + "/b.txt", 0)
        let again = try LibraryLoader.loadStory(path: dir)
        #expect(again.articles.count == 3)
        let a = try #require(again.article(id: "a"))
        #expect(a.warnings.contains { $0.contains("Windows-1252") })
        let b = try #require(again.article(id: "b"))
        #expect(b.paragraphs.isEmpty && b.warnings == ["empty file"])
    }

    @Test func folderRemovedUnderAnOpenStory() throws {
        let dir = try Self.tempStory(["a.txt": body])
        try FileManager.default.removeItem(atPath: dir)
        #expect(throws: LoadError.self) { try LibraryLoader.loadStory(path: dir) }
    }
}
