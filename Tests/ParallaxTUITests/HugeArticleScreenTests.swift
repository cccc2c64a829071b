import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ParallaxCore
import Testing
@testable import ParallaxTUI

/// The reader opens and pages a 5 MB single line and a 20,000-paragraph file (both with unbalanced quote
/// marks) in bounded time, and the analyses of such a story finish, reading only what `AnalysisLimit`
/// allows. Bounds are loose (debug build on a shared machine): they catch quadratic work, not slowness.
@Suite(.serialized) struct HugeArticleScreenTests {
    static let marks = ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "\u{00AB}", "\u{00BB}"]

    static func words(_ n: Int, seed: Int) -> String {
        let vocab = ["the", "bank", "said", "rates", "would", "fall", "Jane", "Doe", "told", "reporters", "and", "markets"]
        var x = UInt64(seed) &+ 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: x >> 33)
        }
        var out: [String] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            var w = vocab[next() % vocab.count]
            switch next() % 8 {
            case 0: w = marks[next() % marks.count] + w
            case 1: w += marks[next() % marks.count]
            default: break
            }
            out.append(i % 17 == 16 ? w + "." : w)
        }
        return out.joined(separator: " ")
    }

    static let story: Story = {
        let line = ArticleLoader.parse(text: words(800_000, seed: 1) + "\n", id: "line-5mb", path: "/hostile/line-5mb.txt")
        let paragraphs = (0..<20_000).map { "Paragraph \($0): " + words(12, seed: $0) + "." }.joined(separator: "\n\n")
        let many = ArticleLoader.parse(text: paragraphs + "\n", id: "paragraphs-20k", path: "/hostile/paragraphs-20k.txt")
        return Story(id: "huge", path: "/hostile", articles: [line, many])
    }()

    /// CPU seconds of this thread: other tests in the process and a busy machine do not count (work the
    /// analyses hand to other threads does not either; what must stay linear runs on this one).
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        let start = now()
        try body()
        return now() - start
    }

    @Test(arguments: [0, 1])
    func readerOpensAndPagesToTheEnd(_ article: Int) {
        let story = Self.story
        #expect(story.articles[0].paragraphs.count > 1_000)
        #expect(story.articles[1].paragraphs.count >= 19_999)
        let app = AppState(library: Library(path: "/", stories: [story]))
        let size = Size(width: 100, height: 40)
        _ = app.render(size: size)
        for _ in 0..<article { app.handle(.down, size: size) }
        let open = Self.seconds { app.handle(.enter, size: size); _ = app.render(size: size) }
        #expect(app.current == .reader)
        let pages = Self.seconds {
            for _ in 0..<20 { app.handle(.pageDown, size: size); _ = app.render(size: size) }
        }
        var last = CellGrid(width: 1, height: 1)
        let end = Self.seconds { app.handle(.end, size: size); last = app.render(size: size) }
        // The last word of the article is on the last page.
        let tail = String(story.articles[article].paragraphs.last!.text.split(separator: " ").last!)
        #expect(last.text.contains(tail), "\(tail) not in the last page:\n\(last.text)")
        for y in 0..<size.height { #expect(Draw.width(last.rowText(y)) <= size.width) }
        print("huge article \(article): open \(open) s, 20 pages \(pages) s, end \(end) s")
        #expect(open < 20 && pages < 10 && end < 20)
    }

    @Test func analysesReadABoundedPrefix() throws {
        let story = Self.story
        var analysis = StoryAnalysis()
        let t = try Self.seconds { analysis = try CoreAnalyzer().analyze(story: story) }
        print("huge story analysis: \(t) s, \(analysis.quotes?.count ?? -1) quote groups")
        let limited = AnalysisLimit.limit(story).story
        #expect(analysis.quotes != nil)
        for q in analysis.quotes ?? [] {
            for i in q.instances {
                #expect(i.ref.paragraph < limited.articles[i.ref.article].paragraphs.count)
            }
        }
        #expect(t < 60)
    }
}
