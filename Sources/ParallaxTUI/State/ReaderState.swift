import ParallaxCore

/// `/` search inside the open article. Matches are (block, scalar range) found on the folded text, so case
/// and quote style do not matter.
public struct SearchState: Sendable {
    public var query: String
    public var matches: [(block: Int, start: Int, end: Int)]
    public var current: Int?
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

    public func openReader(story s: Int, article a: Int, at ref: TextRef? = nil, size: Size? = nil) {
        var r = ReaderState(story: s, article: a)
        let article = library.stories[s].articles[a]
        if ref == nil, let saved = resume, saved.story == library.stories[s].id, saved.article == article.id {
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
        var nr = ReaderState(story: r.story, article: a)
        nr.walk = nil
        reader = nr
        libraryState.select(story: r.story, article: a)
    }

    func handleSearchPrompt(_ key: Key, size: Size) {
        guard case .search(var q) = overlay else { return }
        switch key {
        case .escape: overlay = nil
        case .enter:
            overlay = nil
            runSearch(q, size: size)
        case .backspace:
            if q.isEmpty { overlay = nil } else {
                q.removeLast()
                overlay = .search(q)
            }
        case .char(let c): overlay = .search(q + String(c))
        default: break
        }
    }

    func runSearch(_ query: String, size: Size) {
        guard var r = reader else { return }
        r.walk = nil
        r.focus = nil
        guard !query.isEmpty else {
            r.search = nil
            reader = r
            return
        }
        let layout = readerLayout(r, size: size)
        let needle = Array(TextNormalizer.forMatching(query).unicodeScalars)
        var matches: [(block: Int, start: Int, end: Int)] = []
        for (b, block) in layout.blocks.enumerated() {
            let hay = Array(TextNormalizer.forMatching(block.text).unicodeScalars)
            guard hay.count >= needle.count else { continue }
            var i = 0
            while i + needle.count <= hay.count {
                if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle {
                    matches.append((b, i, i + needle.count))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        r.search = SearchState(query: query, matches: matches, current: nil)
        reader = r
        if matches.isEmpty {
            message = "not found: \(query)"
            return
        }
        // First match at or after the top of the screen.
        let top = readerTop(r, layout: layout, size: size)
        let first = matches.firstIndex { layout.line(block: $0.block, offset: $0.start) >= top } ?? 0
        selectMatch(first, layout: layout, size: size)
    }

    func stepSearch(_ delta: Int, size: Size) {
        guard let r = reader, let s = r.search, !s.matches.isEmpty else {
            if reader?.search != nil { message = "not found: \(reader!.search!.query)" }
            return
        }
        let n = s.matches.count
        let next = s.current.map { (($0 + delta) % n + n) % n } ?? (delta > 0 ? 0 : n - 1)
        selectMatch(next, layout: readerLayout(r, size: size), size: size)
    }

    private func selectMatch(_ i: Int, layout: BlockLayout, size: Size) {
        guard let m = reader?.search?.matches[i] else { return }
        reader?.search?.current = i
        reveal(block: m.block, offset: m.start, layout: layout, size: size)
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
        let i = ((w.index + delta) % mentions.count + mentions.count) % mentions.count
        reader?.walk?.index = i
        show(mentions[i], size: size)
    }
}
