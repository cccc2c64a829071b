import Foundation
import Testing

@testable import ParallaxCore

/// Every input that once crashed or hung a fuzz target (`Tests/Corpus/crashes/`), and every file of the
/// hostile corpus, through the same in-process APIs the fuzz targets drive (see `Fuzz/`): ingestion,
/// segmentation, quotes, people, alignment and details. A trap fails the whole test run, which is the point.
@Suite struct CrashRegressionTests {
    static let corpus = RepositoryPaths.crashCorpus

    static func files(_ dir: String) -> [String] {
        let d = corpus.appendingPathComponent(dir).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: d)) ?? [])
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { d + "/" + $0 }
    }

    static var inputs: [String] { files("crashes") + files("hostile") }

    /// The fuzz targets' story: the bytes cut at 0xFF, at most four articles.
    static func story(_ data: Data) -> Story {
        var articles: [Article] = []
        for (n, part) in data.split(separator: 0xFF, omittingEmptySubsequences: false).enumerated() where articles.count < 4 {
            if let d = try? TextDecoder.decode(Data(part)) { articles.append(ArticleLoader.parse(text: d.text, id: "a\(n)", path: "a\(n).txt")) }
        }
        return Story(id: "crash", path: "crash", articles: articles)
    }

    @Test(arguments: inputs.map { URL(fileURLWithPath: $0).lastPathComponent })
    func inputRunsThroughEveryStage(_ name: String) throws {
        let path = Self.inputs.first { $0.hasSuffix("/" + name) }!
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let start = Date()

        let text = String(decoding: data, as: UTF8.self)
        _ = SentenceSplitter.split(text)
        _ = Tokenizer.tokens(text)
        _ = TerminalSafeText.sanitize(text)
        if let d = try? TextDecoder.decode(data) {
            let a = ArticleLoader.parse(text: d.text, id: "x", path: "x.txt")
            for width in [nil, 12, 80] as [Int?] {
                let out = ArticlePrinter.render(a, width: width, showRemoved: true)
                #expect(TerminalSafeTextTests.isTerminalSafe(out), "\(name): raw control in rendered text")
            }
            for p in a.paragraphs {
                var last = 0
                for s in p.sentences {
                    #expect(s.start >= last && s.start <= s.end && s.end <= p.text.unicodeScalars.count, "\(name): sentence bounds")
                    last = s.end
                }
            }
            _ = try JSONOutput.encode(a)
        }
        let story = Self.story(data)
        _ = QuoteLedger.build(story: story)
        _ = PeopleIndex.build(story: story)
        let aligner = StoryAligner(articles: story.articles)
        _ = aligner.groups()
        _ = DetailLedger.build(story: story)
        #expect(Date().timeIntervalSince(start) < 30, "\(name) is slow")
    }
}
