import Foundation
import Testing
@testable import ParallaxCore

/// Which articles `diff A B` aligns the two files among (`StoryContext`).
@Suite struct StoryContextTests {
    func folder(_ name: String, files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("px-context-\(getpid())-\(name)").path
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (f, text) in files { try text.write(toFile: dir + "/" + f, atomically: true, encoding: .utf8) }
        return dir
    }

    func text(_ n: Int) -> String { "Headline number \(n) about the harbour\n\nThe harbour reopened on Monday after storm \(n) passed.\n" }

    @Test func storyFolderBringsTheOtherOutletsInFolderOrder() throws {
        let dir = try folder("story", files: ["a.txt": text(1), "b.md": text(2), "c.txt": text(3), "notes.csv": "x", "README.md": "# About"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let left = try ArticleLoader.load(path: dir + "/c.txt"), right = try ArticleLoader.load(path: dir + "/a.txt")
        let ctx = StoryContext.articles(left: left, right: right)
        #expect(ctx.isStory)
        #expect(ctx.articles.map(\.id) == ["a", "b", "c"])
        #expect(ctx.left == 2 && ctx.right == 0)
        // The two given articles are used as given (already limited, already reported).
        #expect(ctx.articles[2] == left)
    }

    @Test func twoFilesDifferentFoldersOrOneFileTwiceStayAlone() throws {
        let pair = try folder("pair", files: ["a.txt": text(1), "b.txt": text(2)])
        let other = try folder("other", files: ["c.txt": text(3), "d.txt": text(4), "e.txt": text(5)])
        defer { for d in [pair, other] { try? FileManager.default.removeItem(atPath: d) } }
        let a = try ArticleLoader.load(path: pair + "/a.txt"), b = try ArticleLoader.load(path: pair + "/b.txt")
        let c = try ArticleLoader.load(path: other + "/c.txt")
        #expect(!StoryContext.articles(left: a, right: b).isStory)
        #expect(!StoryContext.articles(left: a, right: c).isStory)
        #expect(!StoryContext.articles(left: c, right: c).isStory)
        #expect(StoryContext.articles(left: a, right: c).articles.map(\.id) == ["a", "c"])
    }

    @Test func unreadableNeighbourIsLeftOutAndBigFoldersAreNoStory() throws {
        let dir = try folder("bad", files: ["a.txt": text(1), "b.txt": text(2), "c.txt": text(3)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/d.txt", withIntermediateDirectories: true)  // a folder, not a file
        let a = try ArticleLoader.load(path: dir + "/a.txt"), b = try ArticleLoader.load(path: dir + "/b.txt")
        #expect(StoryContext.articles(left: a, right: b).articles.map(\.id) == ["a", "b", "c"])

        var many: [String: String] = [:]
        for n in 0...StoryContext.maxArticles { many["f\(n).txt"] = text(n) }
        let big = try folder("big", files: many)
        defer { try? FileManager.default.removeItem(atPath: big) }
        let x = try ArticleLoader.load(path: big + "/f1.txt"), y = try ArticleLoader.load(path: big + "/f2.txt")
        #expect(!StoryContext.articles(left: x, right: y).isStory, "an archive folder is not read for one comparison")
    }
}
