import ParallaxCore

/// An article of a story, for what is remembered per article in a session.
struct ArticleKey: Hashable {
    var story: Int
    var article: Int
}

/// A reading position: the first words on screen (block, scalar offset).
struct ReaderPosition: Hashable {
    var block: Int
    var offset: Int
}

/// Walking every mention of one person across the story with `n`/`N`.
public struct MentionWalk: Sendable, Hashable {
    public var person: Int
    public var index: Int
}

/// The reader: which article, and the reading position as an anchor (block, scalar offset) so resizes keep
/// the same words at the top.
public struct ReaderState: Sendable {
    public var story: Int
    public var article: Int
    public var block = 0
    public var offset = 0
    public var search: SearchState?
    public var walk: MentionWalk?
    /// A range to show highlighted (the mention or quote the user jumped to).
    public var focus: TextRef?
    /// Set when the article is longer than the analyses read (`AnalysisLimit`): quotes, people and
    /// comparisons cover its first paragraphs only, and the status line says so.
    public var analysisCut: AnalysisLimit.Cut?

    public init(story: Int, article: Int) {
        self.story = story
        self.article = article
    }
}

extension AppState {
    static func readerTextWidth(_ size: Size) -> Int { max(10, min(size.width - 4, 100)) }
    static func readerViewport(_ size: Size) -> Int { max(1, size.height - 1) }

    func readerLayout(_ r: ReaderState, size: Size) -> BlockLayout {
        layouts.article(library.stories[r.story].articles[r.article], story: r.story, index: r.article,
                        width: AppState.readerTextWidth(size))
    }

    /// Top line shown, clamped so the last page is full.
    func readerTop(_ r: ReaderState, layout: BlockLayout, size: Size) -> Int {
        let maxTop = max(0, layout.lines.count - AppState.readerViewport(size))
        return min(layout.line(block: r.block, offset: r.offset), maxTop)
    }

    /// Keeps where `r` was, so coming back to that article (with `h`/`l` or from the library) resumes there.
    func rememberPosition(_ r: ReaderState) {
        articlePositions[ArticleKey(story: r.story, article: r.article)] = ReaderPosition(block: r.block, offset: r.offset)
    }

    public func openReader(story s: Int, article a: Int, at ref: TextRef? = nil, size: Size? = nil) {
        coverReader()
        if let old = reader { rememberPosition(old) }
        var r = ReaderState(story: s, article: a)
        let article = library.stories[s].articles[a]
        if ref == nil, let p = articlePositions[ArticleKey(story: s, article: a)] {
            (r.block, r.offset) = (p.block, p.offset)
        } else if ref == nil, let saved = resume, saved.story == library.stories[s].id, saved.article == article.id {
            if let b = ArticleBlocks.blocks(for: article).firstIndex(where: { $0.paragraphIndex == saved.paragraph }) {
                r.block = b
                r.offset = saved.offset
            }
        }
        r.analysisCut = AnalysisLimit.limit(article).cut
        reader = r
        libraryState.select(story: s, article: a)
        push(.reader)
        requestAnalysis(story: s)
        if let cut = r.analysisCut {
            message = "only the first \(cut.paragraphsAnalysed) of \(cut.paragraphsTotal) paragraphs are analysed: the rest is too long to compare"
        }
        if let ref { show(ref, size: size ?? Size(width: 80, height: 24)) }
    }

    /// Moves the reader to `ref` (switching article if needed), highlights it and scrolls it into view.
    func show(_ ref: TextRef, size: Size) {
        guard var r = reader else { return }
        if r.article != ref.article {
            r.article = ref.article
            r.search = nil
            libraryState.select(story: r.story, article: ref.article)
        }
        r.focus = ref
        reader = r
        let layout = readerLayout(r, size: size)
        guard let b = layout.block(paragraph: ref.paragraph) else { return }
        reveal(block: b, offset: ref.start, layout: layout, size: size)
    }

    /// Scrolls so (block, offset) is on screen, about a third of the way down when it was not.
    func reveal(block b: Int, offset: Int, layout: BlockLayout, size: Size) {
        guard var r = reader else { return }
        let line = layout.line(block: b, offset: offset)
        let vp = AppState.readerViewport(size)
        let top = readerTop(r, layout: layout, size: size)
        if line < top || line >= top + vp {
            let newTop = max(0, line - vp / 3)
            (r.block, r.offset) = layout.anchor(ofLine: newTop)
        }
        reader = r
    }

    func scrollReader(by delta: Int, size: Size) {
        guard var r = reader else { return }
        let layout = readerLayout(r, size: size)
        let maxTop = max(0, layout.lines.count - AppState.readerViewport(size))
        var top = readerTop(r, layout: layout, size: size) + delta
        top = max(0, min(top, maxTop))
        // Skip the spacer line so one `j` always moves the text.
        if delta > 0, top < layout.lines.count, layout.lines[top].isSpacer, top + 1 <= maxTop { top += 1 }
        (r.block, r.offset) = layout.anchor(ofLine: top)
        if delta < 0, top < layout.lines.count, layout.lines[top].isSpacer, top > 0 {
            (r.block, r.offset) = layout.anchor(ofLine: top - 1)
        }
        reader = r
    }

    func handleReader(_ key: Key, size: Size) {
        guard let r = reader else { return }
        let page = max(1, AppState.readerViewport(size) - 2)
        switch key {
        case .char("j"), .down: scrollReader(by: 1, size: size)
        case .char("k"), .up: scrollReader(by: -1, size: size)
        case .char(" "), .pageDown, .char("f"): scrollReader(by: page, size: size)
        case .char("b"), .pageUp: scrollReader(by: -page, size: size)
        case .char("d"): scrollReader(by: page / 2, size: size)
        case .char("u"): scrollReader(by: -page / 2, size: size)
        case .char("g"), .home:
            reader?.block = 0
            reader?.offset = 0
        case .char("G"), .end: scrollReader(by: Int.max / 4, size: size)
        case .char("/"): overlay = .search("")
        case .char("n"): if r.walk != nil { stepWalk(1, size: size) } else { stepSearch(1, size: size) }
        case .char("N"): if r.walk != nil { stepWalk(-1, size: size) } else { stepSearch(-1, size: size) }
        case .char("c"): openCompare(story: r.story, left: r.article)
        case .char("l"), .right: switchArticle(by: 1, size: size)
        case .char("h"), .left: switchArticle(by: -1, size: size)
        default: break
        }
    }

    /// `h`/`l`: previous/next article of the same story.
    func switchArticle(by delta: Int, size: Size) {
        guard let r = reader else { return }
        let n = library.stories[r.story].articles.count
        let a = ((r.article + delta) % n + n) % n
        guard a != r.article else { return }
        rememberPosition(r)
        var nr = ReaderState(story: r.story, article: a)
        if let p = articlePositions[ArticleKey(story: r.story, article: a)] { (nr.block, nr.offset) = (p.block, p.offset) }
        nr.analysisCut = AnalysisLimit.limit(library.stories[r.story].articles[a]).cut
        nr.search = r.search
        carrySearch(into: &nr, size: size)
        // A mention walk goes on from the article shown, as a search does.
        nr.walk = r.walk
        reader = nr
        libraryState.select(story: r.story, article: a)
    }

    /// Starts walking `person`'s mentions at the first one.
    public func startWalk(story s: Int, person p: Int, size: Size) {
        guard let people = analyses[s]?.people, p < people.count, let first = people[p].mentions.first else { return }
        if reader?.story != s || current != .reader {
            openReader(story: s, article: first.article)
        }
        reader?.walk = MentionWalk(person: p, index: 0)
        reader?.search = nil
        show(first, size: size)
    }

    func stepWalk(_ delta: Int, size: Size) {
        guard let r = reader, let w = r.walk, let people = analyses[r.story]?.people, w.person < people.count else { return }
        let mentions = people[w.person].mentions
        guard !mentions.isEmpty else { return }
        let i: Int
        let wrapped: Bool
        if w.index < mentions.count, mentions[w.index].article != r.article {
            // After `h`/`l`: the first (n) or last (N) mention from the article shown on.
            if delta > 0 {
                let next = mentions.firstIndex { $0.article >= r.article }
                (i, wrapped) = (next ?? 0, next == nil)
            } else {
                let previous = mentions.lastIndex { $0.article <= r.article }
                (i, wrapped) = (previous ?? mentions.count - 1, previous == nil)
            }
        } else {
            i = ((w.index + delta) % mentions.count + mentions.count) % mentions.count
            wrapped = delta > 0 ? i <= w.index : i >= w.index
        }
        reader?.walk?.index = i
        show(mentions[i], size: size)
        if wrapped {
            message = delta > 0 ? "last mention passed, back at the first" : "first mention passed, back at the last"
        }
    }
}
