import ParallaxCore

/// Wrapped layouts per article and width, so a keypress re-renders without re-wrapping the article.
final class LayoutCache {
    private struct Key: Hashable {
        var story: Int
        var article: Int
        var width: Int
    }

    private var articles: [Key: BlockLayout] = [:]
    private var compares: [CompareLayoutKey: CompareLayout] = [:]

    func article(_ article: Article, story: Int, index: Int, width: Int) -> BlockLayout {
        let k = Key(story: story, article: index, width: width)
        if let l = articles[k] { return l }
        let l = BlockLayout(blocks: ArticleBlocks.blocks(for: article), width: width)
        if articles.count > 64 { articles.removeAll() }
        articles[k] = l
        return l
    }

    func compare(_ key: CompareLayoutKey, build: () -> CompareLayout) -> CompareLayout {
        if let l = compares[key] { return l }
        let l = build()
        if compares.count > 32 { compares.removeAll() }
        compares[key] = l
        return l
    }
}

/// How an article reads in the reader: title, one metadata line, then its paragraphs.
enum ArticleBlocks {
    static func blocks(for a: Article) -> [TextBlock] {
        var blocks = [TextBlock(kind: .title, text: a.title ?? a.id)]
        var meta: [String] = []
        if let o = a.outlet { meta.append(o) }
        if let d = a.date { meta.append(d) }
        if let b = a.byline { meta.append(b) }
        meta.append("\(a.wordCount) words")
        blocks.append(TextBlock(kind: .meta, text: meta.joined(separator: " · ")))
        for p in a.paragraphs { blocks.append(TextBlock(kind: .paragraph(p.index), text: p.text)) }
        return blocks
    }
}
