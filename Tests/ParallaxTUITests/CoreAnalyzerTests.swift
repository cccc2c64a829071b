import Foundation
import ParallaxCore
import Testing
@testable import ParallaxTUI

/// The adapter from the real model, on the demo library in `articles/`.
@Suite struct CoreAnalyzerTests {
    static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("articles").path

    static var library: Library? { try? LibraryLoader.load(path: articles) }

    @Test(.enabled(if: library != nil))
    func changedWordMarksPointAtTheChangedWords() throws {
        let lib = try #require(Self.library)
        let analyzer = CoreAnalyzer()
        var checked = 0
        for story in lib.stories where story.articles.count >= 2 {
            let m = try analyzer.compare(story: story, left: 0, right: 1)
            #expect(!m.rows.isEmpty)
            let covered = Set(m.rows.flatMap(\.left))
            #expect(covered == Set(story.articles[0].paragraphs.map(\.index)))
            for row in m.rows {
                for (p, marks) in row.leftMarks {
                    let text = CompareLayout.paragraph(p, of: story.articles[0])!.text
                    for h in marks {
                        let s = ScalarText.slice(text, h.start, h.end)
                        #expect(row.sentences.contains { $0.changes.contains { $0.left == s } }, "\(s)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 0)
    }

    @Test(.enabled(if: library != nil))
    func compareScreenOnDemoStory() throws {
        let lib = try #require(Self.library)
        let app = AppState(library: lib)
        for size in Fixtures.sizes {
            app.stack = [.library]
            app.handle(.char("c"), size: size)
            app.runEffectsSynchronously(CoreAnalyzer())
            let g = app.render(size: size)
            #expect(g.rowText(size.height - 1).contains("⇄"))
            if size.width >= 80 { #expect(g.rowText(size.height - 1).contains("row 1/")) }
            for y in 0..<size.height { #expect(Draw.width(g.rowText(y)) <= size.width) }
        }
    }
}
