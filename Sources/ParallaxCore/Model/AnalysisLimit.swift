import Foundation

/// How much of one article the story analyses (alignment, diff, quotes, people, details) read.
///
/// Reading shows every paragraph of any file that loads. Comparing is different: a real article is at
/// most a few tens of thousands of characters, and a multi-megabyte "article" (a log, a book, a broken
/// paste) would only make every analysis slow while telling nothing about the story. The analyses are
/// linear, so this is a bound on waiting time, not a correctness guard: past it they see the article's
/// first paragraphs only, and the user is told.
public enum AnalysisLimit {
    /// Characters (Unicode scalars) of paragraph text analysed per article: ten times a long feature.
    public static let maxScalars = 250_000

    /// One article the analyses see only in part.
    public struct Cut: Sendable, Hashable {
        public var path: String
        public var analysed: Int
        public var total: Int
        public var paragraphsAnalysed: Int
        public var paragraphsTotal: Int

        /// The warning shown for it (without the `parallax: PATH: ` prefix).
        public var message: String {
            "warning: only the first \(paragraphsAnalysed) of \(paragraphsTotal) paragraphs (\(analysed) of \(total) characters) analysed; the rest is too long to compare"
        }
    }

    /// The article as the analyses see it: paragraphs up to and including the one that reaches the limit.
    public static func limit(_ article: Article, maxScalars: Int = maxScalars) -> (article: Article, cut: Cut?) {
        var total = 0
        var keep: Int? = nil
        var kept = 0
        for (i, p) in article.paragraphs.enumerated() {
            total += ScalarText.count(p.text)
            if keep == nil, total >= maxScalars {
                keep = i + 1
                kept = total
            }
        }
        guard let keep, keep < article.paragraphs.count else { return (article, nil) }
        var a = article
        a.paragraphs = Array(article.paragraphs.prefix(keep))
        return (a, Cut(path: article.path, analysed: kept, total: total, paragraphsAnalysed: keep, paragraphsTotal: article.paragraphs.count))
    }

    public static func limit(_ story: Story, maxScalars: Int = maxScalars) -> (story: Story, cuts: [Cut]) {
        var s = story
        var cuts: [Cut] = []
        for i in s.articles.indices {
            let (a, cut) = limit(s.articles[i], maxScalars: maxScalars)
            s.articles[i] = a
            if let cut { cuts.append(cut) }
        }
        return (s, cuts)
    }

    public static func limit(_ library: Library, maxScalars: Int = maxScalars) -> (library: Library, cuts: [Cut]) {
        var l = library
        var cuts: [Cut] = []
        for i in l.stories.indices {
            let (s, c) = limit(l.stories[i], maxScalars: maxScalars)
            l.stories[i] = s
            cuts += c
        }
        return (l, cuts)
    }
}
