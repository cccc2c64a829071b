import Foundation
import Testing
@testable import ParallaxCore

/// Writes every gold story's analysed words (JSON at `PARALLAX_ALIGN_WORDS`) with the gold pairs, for trying
/// alignment rules offline before porting the ones that help.
@Suite struct AlignmentWordDumpTests {
    @Test func dumpWords() throws {
        guard let out = ProcessInfo.processInfo.environment["PARALLAX_ALIGN_WORDS"] else { return }
        var stories: [[String: Any]] = []
        for (name, story) in try AlignmentEvaluationTests().goldStories() {
            let gold = try AlignmentGold.load(name, articles: story.articles)
            let ledger = QuoteLedger.build(story: story)
            var arts: [[String: Any]] = []
            for a in story.articles {
                var cache: [String: WordAnalyzer.Lexeme] = [:]
                var paras: [[String: Any]] = []
                for p in a.paragraphs {
                    let heading = WordAnalyzer.isHeading(p)
                    let an = WordAnalyzer.analyze(p, stemCache: &cache)
                    let words: [[Any]] = an.words.map { w in
                        [w.stem ?? "", w.norm, w.sentence, w.isNumber ? 1 : 0, w.isCapitalized ? 1 : 0, w.isSentenceInitial ? 1 : 0, w.isQuoted ? 1 : 0, w.start, w.end]
                    }
                    let year = a.date.flatMap { Int($0.prefix(4)) }
                    let mentions: [[Any]] = DetailExtractor.mentions(in: p, referenceYear: year).map { m in
                        [m.value.kind, "\(m.value)", m.near.sorted(), m.context.sorted(), m.sentence]
                    }
                    paras.append(["mentions": mentions, "line": p.sourceLines.lowerBound, "heading": heading, "sentences": an.sentenceCount, "words": words, "text": p.text])
                }
                arts.append(["id": a.id, "paragraphs": paras])
            }
            var quotes: [[Any]] = []
            for g in ledger.quotes { for i in g.instances { quotes.append([g.id, i.article, i.paragraph]) } }
            var people: [[Any]] = []
            for (k, person) in PeopleIndex.build(story: story).people.enumerated() {
                for m in person.mentions { people.append([k, m.article, m.paragraph, m.kind == .name ? 1 : 0]) }
            }
            var details: [[Any]] = []
            for (k, d) in DetailLedger.build(story: story).details.enumerated() {
                for c in d.claims { details.append([k, c.article, c.paragraph, d.status.rawValue, d.kind]) }
            }
            let pairs = gold.pairs.map { [$0.a, $0.p, $0.b, $0.q] as [Any] }
            stories.append(["name": name, "articles": arts, "gold": pairs, "quotes": quotes, "people": people, "details": details])
        }
        let data = try JSONSerialization.data(withJSONObject: stories)
        try data.write(to: URL(fileURLWithPath: out))
    }
}
