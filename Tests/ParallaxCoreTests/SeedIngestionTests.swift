import Foundation
import Testing
@testable import ParallaxCore

/// Locates the shared real-world seeds beside the checkout (`../shared/seeds`); tests skip without them.
enum IngestFixtures {
    static let repoRoot = RepositoryPaths.root

    static var seeds: String? {
        let p = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    static func seed(_ stem: String) throws -> Article {
        try ArticleLoader.load(path: seeds! + "/" + stem + ".txt")
    }
}

/// What cleaning removes and keeps in the five raw web pastes, by raw line number and reason (no seed
/// text is copied here). Headlines are short strings and are asserted as such.
@Suite(.enabled(if: IngestFixtures.seeds != nil, "../shared/seeds not found; seed tests skipped"))
struct SeedIngestionTests {
    func removed(_ a: Article) -> [Int: String] {
        Dictionary(uniqueKeysWithValues: a.removed.map { ($0.line, $0.reason) })
    }

    @Test func seed000() throws {
        let a = try IngestFixtures.seed("000_1790ef7e1c81f097")
        #expect(a.title == "Xi Jinping Jokes About Spying While Gifting Smartphones to South Korean President")
        #expect(a.date == nil)
        let r = removed(a)
        #expect(r.keys.sorted() == [1, 3, 35])
        #expect(r[1] == "headline (shown as the title)")
        #expect(r[3]?.hasPrefix("caption") == true)
        #expect(r[35]?.hasPrefix("end of story") == true)
        #expect(a.paragraphs.map(\.sourceLines.lowerBound) == Array(stride(from: 5, through: 33, by: 2)))
        #expect(!a.paragraphs.contains { $0.isHeading })
        #expect(a.paragraphs.map(\.sentences.count) == [2, 2, 2, 1, 2, 2, 2, 1, 2, 2, 3, 2, 2, 2, 3])
    }

    @Test func seed001() throws {
        let a = try IngestFixtures.seed("001_65f5cc1ff85d2a7f")
        #expect(a.title == "Xi Jinping gifts Lee Jae Myung Xiaomi phones, jokes about \u{201C}checking for a backdoor\u{201D} during South Korea visit")
        let r = removed(a)
        #expect(r.keys.sorted() == [1, 5, 6, 7, 8, 9, 37, 39, 41])
        #expect(r[5] == "image file name used as a caption")
        for line in 6...9 { #expect(r[line]?.hasPrefix("AI-generated summary box") == true) }
        #expect(r[37]?.hasPrefix("end of story") == true)
        #expect(a.paragraphs.map(\.sourceLines.lowerBound) == [3, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35])
        #expect(a.paragraphs.filter(\.isHeading).map(\.sourceLines.lowerBound) == [13, 21, 29])
        // "U.S.-China" and "U.S. export restrictions" stay inside their sentences.
        #expect(a.paragraphs.allSatisfy { $0.sentences.count == 1 })
    }

    @Test func seed002() throws {
        let a = try IngestFixtures.seed("002_bf6cbd795b43b66e")
        #expect(a.title == nil)
        #expect(a.date == "2025-11-04")
        #expect(a.outlet == "Newshub")
        #expect(a.byline?.hasPrefix("Newshub ") == true)
        let r = removed(a)
        #expect(r.keys.sorted() == [12, 15])
        #expect(r[12] == "byline and date")
        #expect(a.paragraphs.map(\.sourceLines.lowerBound) == Array(1...11))
        #expect(a.paragraphs.filter(\.isHeading).map(\.sourceLines.lowerBound) == [2, 4, 6, 8, 10])
        #expect(a.paragraphs.map(\.sentences.count) == [2, 1, 3, 1, 3, 1, 3, 1, 2, 1, 3])
    }

    @Test func seed003() throws {
        let a = try IngestFixtures.seed("003_69ec1f9efbe5377b")
        #expect(a.title == "Xi jokes about spying with Chinese phone gift for South Korea's Lee")
        #expect(a.date == "2025-11-03")
        #expect(a.outlet == "AFP")
        #expect(a.byline == "AFP Staff Writers")
        let r = removed(a)
        #expect(r[1] == "site name or label above the headline")
        #expect(r[2] == "section label")
        #expect(r[3] == "headline (shown as the title)")
        #expect(r[5] == "repeated headline")
        #expect(r[7] == "byline")
        #expect(r[8]?.hasPrefix("dateline") == true)
        #expect(r[101]?.hasPrefix("end of story") == true)
        // Everything after "Related Links" is other stories, newsletters and the copyright notice.
        let raw = try String(contentsOfFile: IngestFixtures.seeds! + "/003_69ec1f9efbe5377b.txt", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let tail = (102...raw.count).filter { !raw[$0 - 1].trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(tail.allSatisfy { r[$0] != nil })
        #expect(r.count == 6 + 1 + tail.count)
        // The embedded second AFP story (heading at line 36) is kept, its heading flagged, and so are the
        // AFP "- Sub-heading -" lines.
        #expect(a.paragraphs.filter(\.isHeading).map(\.sourceLines.lowerBound) == [36, 57, 75])
        let firsts = a.paragraphs.map(\.sourceLines.lowerBound)
        #expect(firsts == Array(stride(from: 10, through: 36, by: 2)) + Array(stride(from: 37, through: 99, by: 2)))
        // Ellipsis before "(and)", "$49 billion", "Kim Jong Un's": one sentence each.
        #expect(a.paragraphs.allSatisfy { $0.isHeading || $0.sentences.count == 1 })
    }

    @Test func seed004() throws {
        let a = try IngestFixtures.seed("004_f55b13da45377f24")
        #expect(a.title == nil)
        #expect(a.removed.isEmpty)
        #expect(a.paragraphs.map(\.sourceLines) == (1...18).map { $0...$0 })
        #expect(a.paragraphs.map(\.sentences.count) == [1, 1, 2, 1, 2, 2, 2, 2, 1, 1, 1, 1, 3, 2, 2, 1, 1, 2])
        // "Patrick F. Walsh" is one sentence (line 16).
        #expect(a.paragraphs[15].sentences.count == 1)
    }

    @Test func sentencesCoverEachParagraphWithoutOverlap() throws {
        for stem in ["000_1790ef7e1c81f097", "001_65f5cc1ff85d2a7f", "002_bf6cbd795b43b66e", "003_69ec1f9efbe5377b", "004_f55b13da45377f24"] {
            let a = try IngestFixtures.seed(stem)
            #expect(a.warnings.isEmpty)
            for p in a.paragraphs {
                let n = p.text.unicodeScalars.count
                #expect(p.sentences.first?.start == 0)
                #expect(p.sentences.last?.end == n)
                for (x, y) in zip(p.sentences, p.sentences.dropFirst()) { #expect(x.end < y.start) }
                #expect(p.text == p.text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
    }

    @Test func storyTitleAndLibrary() throws {
        let story = try LibraryLoader.loadStory(path: IngestFixtures.seeds!)
        #expect(story.articles.count == 5)
        #expect(story.errors.isEmpty)
        #expect(story.id == "seeds")
    }
}
