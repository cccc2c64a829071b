import Foundation
import Testing
@testable import ParallaxCore

@Suite struct LibraryPlanTests {
    @Test func planListsStoriesWithoutReadingAndLoadsInParts() throws {
        let plan = try LibraryLoader.plan(path: DemoLibraryTests.articlesPath)
        #expect(plan.stories.count == DemoLibraryTests.demoStories.count)  // one per story folder
        #expect(plan.fileCount == plan.stories.reduce(0) { $0 + $1.files.count })
        #expect(plan.storiesCovering(articles: 1) == 1)
        #expect(plan.storiesCovering(articles: plan.fileCount + 100) == plan.stories.count)

        let whole = try LibraryLoader.load(path: DemoLibraryTests.articlesPath)
        let head = try LibraryLoader.load(plan, stories: 0..<1)
        let tail = LibraryLoader.loadStories(Array(plan.stories[1...]))
        #expect(head.stories + tail == whole.stories)
    }

    @Test func aSingleUnreadableFileIsTheError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("px-plan-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("binary.txt").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data([0x41, 0x00, 0x42, 0x00, 0x00])))
        let plan = try LibraryLoader.plan(path: file)
        #expect(plan.isSingleFile)
        #expect(throws: LoadError.self) { try LibraryLoader.load(plan, stories: 0..<1) }
    }
}
