import Foundation
import ParallaxCore

/// Builds benchmark inputs from a few real-looking articles: longer articles, stories with many outlets and
/// libraries with many stories. Everything is derived from a fixed seed, so two runs (or two machines)
/// measure the same bytes.
struct CorpusGenerator {
    /// One source story, reduced to what generation needs: paragraphs as sentence lists.
    struct SourceStory {
        var id: String
        var title: String
        var date: String
        var articles: [[[String]]]
        var pool: [[String]] { articles.flatMap { $0 } }
    }

    struct GeneratedArticle {
        var outlet: String
        var title: String
        var date: String
        var paragraphs: [String]

        var words: Int { paragraphs.reduce(0) { $0 + $1.split(separator: " ").count } }

        var fileText: String {
            let slug = outlet.lowercased().replacingOccurrences(of: " ", with: "-")
            return """
                Outlet: \(outlet)
                Title: \(title)
                Author: Bench Writer
                Date: \(date)
                URL: https://\(slug).example/news/\(date)

                \(paragraphs.joined(separator: "\n\n"))

                """
        }
    }

    let sources: [SourceStory]
    let seed: UInt64

    /// Reads the source articles with the real loader (headings left out), so generated text is clean prose.
    init(sourcePath: String, seed: UInt64) throws {
        let library = try LibraryLoader.load(path: sourcePath)
        sources = library.stories.compactMap { story in
            let articles = story.articles.map { a in
                a.paragraphs.filter { !$0.isHeading && !$0.sentences.isEmpty }.map(\.sentenceTexts)
            }.filter { !$0.isEmpty }
            guard !articles.isEmpty else { return nil }
            let date = story.articles.compactMap(\.date).first ?? "2025-01-01"
            return SourceStory(id: story.id, title: story.title, date: date, articles: articles)
        }
        guard !sources.isEmpty else { throw BenchError("\(sourcePath): no article text to build inputs from") }
        self.seed = seed
    }

    private func rng(_ parts: UInt64...) -> SeededGenerator {
        parts.reduce(SeededGenerator(seed: seed)) { $0.derived($1) }
    }

    /// Outlet `index` of a story derived from source story `story % sources.count`: one source article as a
    /// skeleton (paragraphs dropped, swapped, reworded), topped up from the other outlets' paragraphs to
    /// 500–1,100 words, about 800 on average like a news article.
    func article(story: Int, index: Int) -> GeneratedArticle {
        let src = sources[story % sources.count]
        var r = rng(UInt64(story), UInt64(index), 1)
        let skeleton = src.articles[index % src.articles.count]
        var paragraphs: [String] = []
        for p in skeleton where !r.chance(0.15) {
            paragraphs.append(r.chance(0.5) ? Rewording.reword(p, strength: 0.7, rng: &r) : p.joined(separator: " "))
        }
        for i in paragraphs.indices.dropLast() where r.chance(0.15) { paragraphs.swapAt(i, i + 1) }
        let pool = src.pool
        let target = 500 + r.int(below: 601)
        var words = paragraphs.reduce(0) { $0 + $1.split(separator: " ").count }
        while words < target {
            let p = Rewording.reword(r.pick(pool), strength: 1, rng: &r)
            paragraphs.insert(p, at: r.int(below: paragraphs.count + 1))
            words += p.split(separator: " ").count
        }
        let outlet = String(format: "Bench Outlet %03d", index)
        let title = Rewording.swapWords(src.title, p: 0.5, rng: &r)
        return GeneratedArticle(outlet: outlet, title: title, date: src.date, paragraphs: paragraphs)
    }

    /// A long article of at least `words` words: every source paragraph in turn, lightly reworded, then
    /// again more strongly until long enough.
    func longArticle(words target: Int) -> GeneratedArticle {
        var r = rng(2)
        let all = sources.flatMap(\.pool)
        var paragraphs: [String] = []
        var words = 0
        var pass = 0
        while words < target {
            for p in all where words < target {
                let text = pass == 0 && !r.chance(0.3) ? p.joined(separator: " ") : Rewording.reword(p, strength: min(1, 0.5 + Double(pass) * 0.25), rng: &r)
                paragraphs.append(text)
                words += text.split(separator: " ").count
            }
            pass += 1
        }
        return GeneratedArticle(outlet: "Bench Long Left", title: sources[0].title, date: sources[0].date, paragraphs: paragraphs)
    }

    /// Another outlet's version of `base`: 10% of paragraphs dropped, 30% reworded, neighbours swapped,
    /// a few moved far, a few added from the sources.
    func variant(of base: GeneratedArticle) -> GeneratedArticle {
        var r = rng(3)
        let all = sources.flatMap(\.pool)
        var paragraphs: [String] = []
        for p in base.paragraphs where !r.chance(0.1) {
            paragraphs.append(r.chance(0.3) ? Rewording.reword(splitSentences(p), strength: 0.8, rng: &r) : p)
            if r.chance(0.05) { paragraphs.append(Rewording.reword(r.pick(all), strength: 1, rng: &r)) }
        }
        for i in paragraphs.indices.dropLast() where r.chance(0.1) { paragraphs.swapAt(i, i + 1) }
        for _ in 0..<max(1, paragraphs.count / 30) {
            let p = paragraphs.remove(at: r.int(below: paragraphs.count))
            paragraphs.insert(p, at: r.int(below: paragraphs.count + 1))
        }
        return GeneratedArticle(outlet: "Bench Long Right", title: base.title, date: base.date, paragraphs: paragraphs)
    }

    /// Naive sentence split, good enough to reword generated text again.
    private func splitSentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            current += current.isEmpty ? String(word) : " " + word
            if let last = word.last, ".?!".contains(last) {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}

/// Writes generated inputs under one scratch folder.
struct CorpusWriter {
    let root: URL

    func write(_ article: CorpusGenerator.GeneratedArticle, to path: String) throws -> String {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try article.fileText.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    /// A story folder of `count` outlets; returns its path and total bytes.
    func story(_ gen: CorpusGenerator, name: String, storyIndex: Int, count: Int) throws -> (path: String, bytes: Int) {
        var bytes = 0
        for i in 0..<count {
            let a = gen.article(story: storyIndex, index: i)
            bytes += a.fileText.utf8.count
            _ = try write(a, to: "\(name)/outlet-\(String(format: "%04d", i)).txt")
        }
        return (root.appendingPathComponent(name).path, bytes)
    }

    /// A library of `articles` articles in story folders of `perStory` outlets (the last one may be smaller).
    func library(_ gen: CorpusGenerator, name: String, articles: Int, perStory: Int) throws -> (path: String, bytes: Int) {
        var bytes = 0
        var left = articles
        var s = 0
        while left > 0 {
            let n = min(perStory, left)
            bytes += try story(gen, name: "\(name)/story-\(String(format: "%04d", s))", storyIndex: s, count: n).bytes
            left -= n
            s += 1
        }
        return (root.appendingPathComponent(name).path, bytes)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
