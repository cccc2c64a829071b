import Foundation

/// The story two article files share, so that `diff A B` shows what the reader's compare view shows.
///
/// In a story of three outlets or more the others vouch for links (`LinkClosure`, shared details): measured on
/// every gold story, links in story context are as precise and find more (seeds F1 0.70 → 0.73, papal-election
/// 0.74 → 0.80). A `diff` that ignored the folder the two files sit in would show fewer links than the reader
/// for the same two outlets. Only small folders count as a story here: a folder of hundreds of files is an
/// archive, and reading it all for one comparison would cost seconds.
public enum StoryContext {
    /// Largest folder read as the two files' story (the bound `AlignmentParameters.detailMaxArticles` uses too).
    public static let maxArticles = 25

    public struct Aligned: Sendable {
        /// The story's articles in folder order, or just the two files.
        public var articles: [Article]
        public var left: Int
        public var right: Int
        /// Whether the folder's other articles are part of `articles`.
        public var isStory: Bool { articles.count > 2 }
    }

    /// The articles to align `left` and `right` among: the other readable articles of their folder when both
    /// sit in one story folder of 3 to `maxArticles` article files, else the two alone. The other files are
    /// context only: one that cannot be read is left out without a word (it is not what was asked about), and
    /// each is passed through `prepare` (the analysis limit) like the two files were.
    public static func articles(left: Article, right: Article, prepare: (Article) -> Article = { $0 }) -> Aligned {
        let alone = Aligned(articles: [left, right], left: 0, right: 1)
        let l = LibraryLoader.realPath(left.path), r = LibraryLoader.realPath(right.path)
        let folder = (l as NSString).deletingLastPathComponent
        guard l != r, folder == (r as NSString).deletingLastPathComponent,
            let names = try? LibraryLoader.list(folder)
        else { return alone }
        let files = names.filter(LibraryLoader.isArticleFile).map { LibraryLoader.join(folder, $0) }
        guard (3...maxArticles).contains(files.count), files.contains(l), files.contains(r) else { return alone }
        let others = files.filter { $0 != l && $0 != r }
        var loaded: [String: Article] = [l: left, r: right]
        for (path, result) in zip(others, LibraryLoader.loadFiles(others)) {
            if case .success(let a) = result { loaded[path] = prepare(a) }
        }
        let kept = files.filter { loaded[$0] != nil }
        guard kept.count > 2, let i = kept.firstIndex(of: l), let j = kept.firstIndex(of: r) else { return alone }
        return Aligned(articles: kept.map { loaded[$0]! }, left: i, right: j)
    }
}
