import Foundation
import ParallaxCore

/// Adapts the core model (alignment, quote ledger, people index) to what the screens show.
///
/// Aligners are kept per story: building one precomputes the story's features, and every pair the user
/// opens afterwards reuses them.
public final class CoreAnalyzer: StoryAnalyzer, @unchecked Sendable {
    private let lock = NSLock()
    private var aligners: [String: StoryAligner] = [:]

    public init() {}

    public func analyze(story full: Story) throws -> StoryAnalysis {
        // The reader shows every paragraph; the analyses read what `AnalysisLimit` allows (a prefix with
        // the same paragraph indices, so highlights still land on the right text).
        let story = AnalysisLimit.limit(full).story
        var analysis = StoryAnalysis()
        let index = Dictionary(story.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ledger = QuoteLedger.build(story: story)
        analysis.quotes = CoreAnalyzer.quotes(ledger, articleIndex: index, highlights: &analysis.highlights)
        CoreAnalyzer.details(DetailLedger.build(story: story), articleIndex: index, highlights: &analysis.highlights)
        analysis.people = CoreAnalyzer.people(PeopleIndex.build(story: story), articleIndex: index, highlights: &analysis.highlights)
        return analysis
    }

    /// Hard details (numbers, dates, named objects) underlined; the ones outlets disagree on stand out.
    static func details(_ ledger: DetailLedger, articleIndex: [String: Int], highlights: inout [Int: [Int: [Highlight]]]) {
        for d in ledger.details {
            let key = d.status == .conflict ? "detail.conflict" : "detail"
            for c in d.claims {
                guard let a = articleIndex[c.article], c.end > c.start else { continue }
                highlights[a, default: [:]][c.paragraph, default: []].append(Highlight(start: c.start, end: c.end, key: key))
            }
        }
    }

    /// People by mention count; each person's mentions in story order (articles as loaded, then paragraph
    /// and offset), which is the order `n`/`N` walks them. Names and unambiguous descriptions both count.
    static func people(_ index: PeopleIndex, articleIndex: [String: Int], highlights: inout [Int: [Int: [Highlight]]]) -> [PersonEntry] {
        let entries: [PersonEntry] = index.people.map { p in
            let refs = p.mentions.compactMap { m -> TextRef? in
                guard let a = articleIndex[m.article] else { return nil }
                return TextRef(article: a, paragraph: m.paragraph, start: m.start, end: m.end)
            }.sorted { ($0.article, $0.paragraph, $0.start) < ($1.article, $1.paragraph, $1.start) }
            for r in refs {
                highlights[r.article, default: [:]][r.paragraph, default: []].append(Highlight(start: r.start, end: r.end, key: "person"))
            }
            return PersonEntry(name: p.name, aliases: p.aliases, mentions: refs)
        }
        return entries.enumerated().sorted { ($1.element.mentions.count, $0.offset) < ($0.element.mentions.count, $1.offset) }.map(\.element)
    }

    /// Quote groups for the ledger screen, and every quoted span as a reader highlight coloured by how far
    /// the outlets agree.
    static func quotes(_ ledger: QuoteLedger, articleIndex: [String: Int], highlights: inout [Int: [Int: [Highlight]]]) -> [QuoteEntry] {
        ledger.quotes.map { g in
            let key: String
            let agreement: QuoteEntry.Agreement
            switch g.agreement {
            case .verbatim: (key, agreement) = ("quote.verbatim", .verbatim)
            case .variant: (key, agreement) = ("quote.variant", .variant)
            case .single: (key, agreement) = ("quote.single", .single)
            }
            let instances: [QuoteInstanceRef] = g.instances.compactMap { inst in
                guard let a = articleIndex[inst.article] else { return nil }
                for part in inst.parts {
                    highlights[a, default: [:]][part.paragraph, default: []].append(Highlight(start: part.start, end: part.end, key: key))
                }
                return QuoteInstanceRef(
                    ref: TextRef(article: a, paragraph: inst.paragraph, start: inst.start, end: inst.end), text: inst.text,
                    partial: inst.partial,
                    changes: inst.changes.map { "\(quoted($0.canonical)) → \(quoted($0.instance))" })
            }
            return QuoteEntry(speaker: g.speaker, text: g.text, agreement: agreement, instances: instances)
        }
    }

    /// A changed part as compare's row detail writes it: quoted, or `∅` when that side has nothing.
    static func quoted(_ s: String) -> String { s.isEmpty ? "∅" : "“\(s)”" }

    func aligner(for story: Story) -> StoryAligner {
        lock.lock()
        if let a = aligners[story.path] {
            lock.unlock()
            return a
        }
        lock.unlock()
        let a = StoryAligner(articles: AnalysisLimit.limit(story).story.articles)
        lock.lock()
        aligners[story.path] = a
        lock.unlock()
        return a
    }

    public func compare(story: Story, left: Int, right: Int) throws -> CompareModel {
        let pair = aligner(for: story).pair(left, right)
        return CoreAnalyzer.model(pair, left: left, right: right)
    }

    static func model(_ pair: PairAlignment, left: Int, right: Int) -> CompareModel {
        func offset(_ article: Article, _ paragraph: Int?, _ sentence: Int?) -> (Int, Int)? {
            guard let paragraph, let sentence, let p = CompareLayout.paragraph(paragraph, of: article),
                  sentence >= 0, sentence < p.sentences.count else { return nil }
            return (paragraph, p.sentences[sentence].start)
        }
        var rows = pair.rows.map { row -> CompareModel.Row in
            var leftMarks: [Int: [Highlight]] = [:]
            var rightMarks: [Int: [Highlight]] = [:]
            for s in row.sentences {
                let lo = offset(pair.left, s.leftParagraph, s.leftSentence)
                let ro = offset(pair.right, s.rightParagraph, s.rightSentence)
                for ch in s.changes {
                    if let (p, base) = lo, !ch.leftRange.isEmpty {
                        leftMarks[p, default: []].append(Highlight(start: base + ch.leftRange.lowerBound, end: base + ch.leftRange.upperBound, key: "diff.changed"))
                    }
                    if let (p, base) = ro, !ch.rightRange.isEmpty {
                        rightMarks[p, default: []].append(Highlight(start: base + ch.rightRange.lowerBound, end: base + ch.rightRange.upperBound, key: "diff.changed"))
                    }
                }
            }
            let kind: CompareModel.Kind
            switch row.kind {
            case .same: kind = .same
            case .changed: kind = .changed
            case .leftOnly: kind = .leftOnly
            case .rightOnly: kind = .rightOnly
            case .moved: kind = .moved
            }
            return CompareModel.Row(
                left: row.left, right: row.right, kind: kind,
                sentences: row.sentences.map {
                    .init(left: $0.left, right: $0.right, similarity: $0.similarity, changes: $0.changes.map { (left: $0.left, right: $0.right) })
                },
                leftMarks: leftMarks, rightMarks: rightMarks)
        }
        var rowOfRight: [Int: Int] = [:]
        for (k, r) in rows.enumerated() { for j in r.right { rowOfRight[j] = k } }
        for k in rows.indices where rows[k].right.isEmpty && rows[k].kind == .moved {
            let partners = pair.links.filter { rows[k].left.contains($0.left) }.map(\.right)
            rows[k].partnerRow = partners.compactMap { rowOfRight[$0] }.min()
        }
        return CompareModel(left: left, right: right, rows: rows)
    }
}
