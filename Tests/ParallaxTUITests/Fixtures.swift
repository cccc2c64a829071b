import ParallaxCore
@testable import ParallaxTUI

/// A small hand-written library (our own text, not the seeds) and an analyzer with known results.
enum Fixtures {
    static func paragraph(_ i: Int, _ text: String) -> Paragraph {
        Paragraph(index: i, text: text, sentences: [Sentence(start: 0, end: text.unicodeScalars.count)], sourceLines: (i + 1)...(i + 1))
    }

    static let left = Article(
        id: "harbor-times", path: "/lib/bridge/harbor-times.txt", outlet: "Harbor Times", title: "Bridge reopens after repairs",
        date: "2025-03-04", paragraphs: [
            paragraph(0, "The old river bridge reopened on Tuesday after eight months of repairs, Mayor Ana Ruiz said."),
            paragraph(1, "\u{201C}We kept our promise,\u{201D} Ruiz told reporters at the ribbon cutting."),
            paragraph(2, "Engineers replaced 40 steel cables and repainted the deck."),
            paragraph(3, "Traffic is expected to return to normal by Friday, officials said."),
        ] + (4..<30).map { paragraph($0, "Filler paragraph number \($0) keeps the article long enough to scroll through several pages of text.") })

    static let right = Article(
        id: "daily-ledger", path: "/lib/bridge/daily-ledger.txt", outlet: "Daily Ledger", title: "River bridge open again",
        date: "2025-03-04", paragraphs: [
            paragraph(0, "The river bridge reopened Tuesday after nine months of work, Mayor Ana Ruiz said."),
            paragraph(1, "\u{201C}We kept our promise,\u{201D} Ruiz said."),
            paragraph(2, "Local shops welcomed the news."),
        ])

    static let third = Article(
        id: "wide-news", path: "/lib/bridge/wide-news.txt", outlet: "環球 News", title: "橋が再開 — 日本語の見出し",
        date: "2025-03-05", paragraphs: [
            paragraph(0, "市長のアナ・ルイスは火曜日に橋が再開したと述べた。Ruiz spoke in Café de l’Opéra, cafe\u{301} au lait."),
            paragraph(1, "Escape test: \u{1B}[31mred\u{1B}[0m and bidi \u{202E}reversed\u{202C} text."),
        ])

    static let story = Story(id: "bridge", path: "/lib/bridge", articles: [left, right, third])
    static let other = Story(id: "storm", path: "/lib/storm", articles: [
        Article(id: "coast", path: "/lib/storm/coast.txt", outlet: "Coast Post", title: "Storm hits the coast", date: "2025-01-02",
                paragraphs: [paragraph(0, "A storm hit the coast overnight.")]),
    ])
    static let library = Library(path: "/lib", stories: [story, other])

    struct Analyzer: StoryAnalyzer {
        func analyze(story: Story) throws -> StoryAnalysis {
            guard story.id == "bridge" else { return StoryAnalysis(quotes: [], people: []) }
            let ruiz = PersonEntry(name: "Ana Ruiz", aliases: ["Ruiz"], mentions: [
                TextRef(article: 0, paragraph: 0, start: 78, end: 86),
                TextRef(article: 0, paragraph: 1, start: 23, end: 27),
                TextRef(article: 1, paragraph: 0, start: 67, end: 75),
                TextRef(article: 1, paragraph: 1, start: 23, end: 27),
                TextRef(article: 2, paragraph: 0, start: 25, end: 29),
            ])
            let quote = QuoteEntry(speaker: "Ana Ruiz", text: "We kept our promise,", agreement: .verbatim, instances: [
                QuoteInstanceRef(ref: TextRef(article: 0, paragraph: 1, start: 0, end: 22), text: "We kept our promise,"),
                QuoteInstanceRef(ref: TextRef(article: 1, paragraph: 1, start: 0, end: 22), text: "We kept our promise,"),
            ])
            var highlights: [Int: [Int: [Highlight]]] = [:]
            for m in ruiz.mentions { highlights[m.article, default: [:]][m.paragraph, default: []].append(Highlight(start: m.start, end: m.end, key: "person")) }
            return StoryAnalysis(highlights: highlights, quotes: [quote], people: [ruiz])
        }

        func compare(story: Story, left: Int, right: Int) throws -> CompareModel {
            if left == 2 || right == 2 { throw AnalysisUnavailable(what: "test alignment") }
            return CompareModel(left: left, right: right, rows: [
                .init(left: [0], right: [0], kind: .changed,
                      sentences: [.init(left: "The old river bridge reopened", right: "The river bridge reopened", similarity: 0.8, changes: [(left: "old", right: "")])],
                      leftMarks: [0: [Highlight(start: 4, end: 7, key: "diff.changed")]]),
                .init(left: [1], right: [1], kind: .same),
                .init(left: [2, 3], right: [], kind: .leftOnly),
                .init(left: [], right: [2], kind: .rightOnly),
            ] + (4..<30).map { .init(left: [$0], right: [], kind: .leftOnly) })
        }
    }

    static func app(size: Size = Size(width: 80, height: 24)) -> AppState {
        let app = AppState(library: library, catalog: ThemeCatalog(directory: ThemeCatalog.locate(environment: [:], executable: nil)))
        app.runEffectsSynchronously(Analyzer())
        return app
    }

    static let sizes = [Size(width: 40, height: 10), Size(width: 80, height: 24), Size(width: 200, height: 60)]
}

extension AppState {
    /// Feeds keys, runs the analyses they ask for, and returns the frame.
    func press(_ keys: String, size: Size) -> CellGrid {
        for k in Key.sequence(keys) {
            handle(k, size: size)
            runEffectsSynchronously(Fixtures.Analyzer())
        }
        return render(size: size)
    }

    func press(_ key: Key, size: Size) -> CellGrid {
        handle(key, size: size)
        runEffectsSynchronously(Fixtures.Analyzer())
        return render(size: size)
    }
}
