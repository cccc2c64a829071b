import Foundation
import Testing
@testable import ParallaxCore

/// The shortcuts of detail extraction give what the full walk gives: "a"/"an" skipped unless a length of time or
/// a share can follow (`mayStartWithArticle`), the lean mentions alignment asks for (`lean`), and the death
/// pre-test (`DeathAges.mayReportDeath`). Checked on every paragraph of the demo library and the seeds, and on
/// sentences written here that start details at the article.
struct DetailShortcutTests {
    static func paragraphs() throws -> [(Paragraph, Int?)] {
        var out: [(Paragraph, Int?)] = []
        for dir in [RepositoryPaths.articles, RepositoryPaths.seeds] {
            guard let files = FileManager.default.enumerator(atPath: dir.path) else { continue }
            for case let f as String in files where f.hasSuffix(".txt") || f.hasSuffix(".md") {
                let article = try ArticleLoader.load(path: dir.path + "/" + f)
                let year = article.date.flatMap { Int($0.prefix(4)) }
                out += article.paragraphs.map { ($0, year) }
            }
        }
        let written = [
            "The dam was shut for a decade, and more than a quarter of a century passed before a third of the town returned.",
            "She ran for an hour, then a year later for a week; a man of a year's standing said a fifth of it was wasted.",
            "A quarter of voters, an eighth of them new, backed it; a pair of tractors and a dozen sheep were sold for a million.",
            "At a quarter past nine in the morning, a few hundred people waited an hour and a half for a 12-minute speech.",
        ]
        for (k, text) in written.enumerated() {
            out.append((Paragraph(index: k, text: text, sentences: SentenceSplitter.split(text), sourceLines: 1...1), 2026))
        }
        return out
    }

    @Test func articleShortcutFindsWhatEveryRuleFinds() throws {
        var atArticle = 0, all = 0
        for (p, year) in try Self.paragraphs() {
            let tokens = Tokenizer.tokens(p.text)
            var s1: [String: String] = [:], s2: [String: String] = [:]
            let slow = DetailExtractor.mentions(in: p, tokens: tokens, referenceYear: year, stemCache: &s1, articleShortcut: false)
            let fast = DetailExtractor.mentions(in: p, tokens: tokens, referenceYear: year, stemCache: &s2)
            #expect(fast == slow, "\(p.text.prefix(80))")
            all += slow.count
            atArticle += slow.filter { ["a", "an"].contains($0.text.lowercased().split(separator: " ").first ?? "") }.count
        }
        #expect(all > 1_000)
        #expect(atArticle >= 8)
    }

    @Test func leanMentionsAreTheFullOnesWithoutTheLedgersFields() throws {
        var counts = 0
        for (p, year) in try Self.paragraphs() {
            let tokens = Tokenizer.tokens(p.text)
            var s1: [String: String] = [:], s2: [String: String] = [:]
            let full = DetailExtractor.mentions(in: p, tokens: tokens, referenceYear: year, stemCache: &s1).map { m -> DetailMention in
                var m = m
                (m.text, m.clause, m.demand, m.owner, m.event) = ("", [], false, nil, nil)
                return m
            }
            let lean = DetailExtractor.mentions(in: p, tokens: tokens, referenceYear: year, stemCache: &s2, lean: true)
            #expect(lean == full, "\(p.text.prefix(80))")
            counts += lean.filter { if case .count = $0.value { return true } else { return false } }.count
        }
        #expect(counts > 100)
    }

    /// The stems alignment's features found (`StoryFeatures.lexicons`) give the details stemming again gives.
    @Test func detailsWithTheFeaturesStemsAreTheSame() throws {
        var compared = 0, stemmedAgain = 0, stemmedHere = 0
        for dir in [RepositoryPaths.articles, RepositoryPaths.seeds] {
            var folders: [String: [Article]] = [:]
            guard let files = FileManager.default.enumerator(atPath: dir.path) else { continue }
            for case let f as String in files where f.hasSuffix(".txt") || f.hasSuffix(".md") {
                folders[(f as NSString).deletingLastPathComponent, default: []].append(try ArticleLoader.load(path: dir.path + "/" + f))
            }
            for articles in folders.values {
                let features = StoryFeatures(articles: articles, parameters: .default)
                #expect(features.lexicons.count == articles.count)
                for (a, article) in articles.enumerated() {
                    let year = article.date.flatMap { Int($0.prefix(4)) }
                    var s1: [String: String] = [:], s2: [String: String] = [:]
                    for (p, paragraph) in article.paragraphs.enumerated() {
                        guard let tokens = features.paragraphs[a][p].tokens else { continue }
                        let plain = SharedDetails.details(of: paragraph, tokens: tokens, referenceYear: year, published: article.date, stemCache: &s1)
                        let shared = SharedDetails.details(
                            of: paragraph, tokens: tokens, referenceYear: year, published: article.date, stemCache: &s2, lexicon: features.lexicons[a])
                        #expect(plain == shared, "\(paragraph.text.prefix(80))")
                        compared += plain.count
                    }
                    stemmedAgain += s1.count
                    stemmedHere += s2.count
                }
            }
        }
        #expect(compared > 500)
        // Only words the features did not stem as they are (possessives) are stemmed again.
        #expect(stemmedHere * 5 < stemmedAgain)
    }

    @Test func noDeathWordMeansNoSentenceReportsADeath() throws {
        var deaths = 0
        for (p, _) in try Self.paragraphs() {
            let tokens = Tokenizer.tokens(p.text)
            let reported = p.sentences.contains { s in
                DeathAges.reportsDeath(tokens.filter { $0.start >= s.start && $0.end <= s.end }.map(\.norm))
            }
            if !DeathAges.mayReportDeath(tokens) { #expect(!reported, "\(p.text.prefix(80))") }
            if reported { deaths += 1 }
        }
        #expect(deaths >= 5)
        #expect(DeathAges.mayReportDeath(Tokenizer.tokens("He passed on the ball.")))
        #expect(!DeathAges.mayReportDeath(Tokenizer.tokens("Deathly quiet, the dieselpunk deadline passes.")))
    }
}
