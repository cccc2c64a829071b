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

    /// A left paragraph alone in a `moved` row points at the row where the right outlet tells it.
    @Test(.enabled(if: library != nil))
    func loneMovedRowsPointAtTheirPartner() throws {
        let lib = try #require(Self.library)
        let analyzer = CoreAnalyzer()
        var lone = 0
        for story in lib.stories where story.articles.count >= 2 {
            for (l, r) in [(0, 1), (1, 0)] {
                let m = try analyzer.compare(story: story, left: l, right: r)
                for row in m.rows where row.right.isEmpty && row.kind == .moved {
                    let p = try #require(row.partnerRow)
                    #expect(!m.rows[p].right.isEmpty)
                    lone += 1
                }
                for row in m.rows where row.kind != .moved { #expect(row.partnerRow == nil) }
            }
        }
        #expect(lone > 0)
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

@Suite struct CoreQuotesTests {
    @Test(.enabled(if: CoreAnalyzerTests.library != nil))
    func quoteLedgerAndHighlights() throws {
        let lib = try #require(CoreAnalyzerTests.library)
        let story = lib.stories[0]
        let a = try CoreAnalyzer().analyze(story: story)
        let quotes = try #require(a.quotes)
        #expect(!quotes.isEmpty)
        let keys = Set(a.highlights.values.flatMap { $0.values.flatMap { $0.map(\.key) } })
        #expect(keys.contains("detail") || keys.contains("detail.conflict"))
        #expect(keys.contains("person"))
        for q in quotes {
            for inst in q.instances {
                let text = CompareLayout.paragraph(inst.ref.paragraph, of: story.articles[inst.ref.article])!.text
                #expect(ScalarText.slice(text, inst.ref.start, inst.ref.end) == inst.text || inst.text.count > ScalarText.slice(text, inst.ref.start, inst.ref.end).count)
                #expect(a.highlights[inst.ref.article]?[inst.ref.paragraph]?.contains { $0.start == inst.ref.start && $0.key.hasPrefix("quote.") } == true)
            }
        }
        let app = AppState(library: lib)
        let size = Size(width: 120, height: 30)
        app.handle(.char("\""), size: size)
        app.runEffectsSynchronously(CoreAnalyzer())
        let g = app.render(size: size)
        #expect(g.rowText(0).contains("\(quotes.count) quotes"))
        app.handle(Key.sequence("j\n"), size: size)
        #expect(app.current == .reader)
        let r = try #require(app.reader)
        let f = try #require(r.focus)
        let layout = app.readerLayout(r, size: size)
        let line = layout.line(block: layout.block(paragraph: f.paragraph)!, offset: f.start)
        let top = app.readerTop(r, layout: layout, size: size)
        #expect(line >= top && line < top + size.height - 1)
    }
}

@Suite struct CorePeopleTests {
    @Test(.enabled(if: CoreAnalyzerTests.library != nil))
    func peopleIndexAndMentionWalk() throws {
        let lib = try #require(CoreAnalyzerTests.library)
        let story = lib.stories[0]
        let a = try CoreAnalyzer().analyze(story: story)
        let people = try #require(a.people)
        #expect(!people.isEmpty)
        #expect(zip(people, people.dropFirst()).allSatisfy { $0.mentions.count >= $1.mentions.count })
        let top = people[0]
        for m in top.mentions {
            #expect(a.highlights[m.article]?[m.paragraph]?.contains { $0.start == m.start && $0.key == "person" } == true)
        }
        let app = AppState(library: lib)
        let size = Size(width: 120, height: 30)
        app.handle(.char("p"), size: size)
        app.runEffectsSynchronously(CoreAnalyzer())
        var g = app.render(size: size)
        #expect(g.text.contains(top.name))
        app.handle(.enter, size: size)
        g = app.render(size: size)
        #expect(g.rowText(29).contains("\(top.name) · mention 1 of \(top.mentions.count)"))
        var articlesSeen = Set<Int>()
        for i in 1..<top.mentions.count {
            app.handle(.char("n"), size: size)
            g = app.render(size: size)
            #expect(g.rowText(29).contains("mention \(i + 1) of \(top.mentions.count)"))
            let r = try #require(app.reader)
            articlesSeen.insert(r.article)
            #expect(r.article == top.mentions[i].article)
            // The mention is on screen and highlighted.
            let layout = app.readerLayout(r, size: size)
            let line = layout.line(block: layout.block(paragraph: top.mentions[i].paragraph)!, offset: top.mentions[i].start)
            let topLine = app.readerTop(r, layout: layout, size: size)
            #expect(line >= topLine && line < topLine + 29)
        }
        #expect(articlesSeen.count > 1)
    }
}
