import ParallaxCore

/// `/` search inside the open article. Matches are (block, scalar range) found on the folded text, so case
/// and quote style do not matter. `current` is nil until `n`/`N` (or the search itself) picks one.
public struct SearchState: Sendable {
    public var query: String
    public var matches: [(block: Int, start: Int, end: Int)]
    public var current: Int?
}

/// Said when `n` goes past the last match (vim says it too, at greater length).
let searchWrappedDown = "search wrapped to the top"
let searchWrappedUp = "search wrapped to the bottom"

extension AppState {
    /// True while the `/` prompt takes the keys.
    public var isPrompting: Bool {
        if case .search = overlay { return true }
        return false
    }

    /// The prompt is shared by every screen that searches: the reader searches the article, compare both
    /// panes, the lists (library, quotes, people) move the selection to the next row that matches. It edits
    /// as readline does (←/→, Ctrl-A/E, Ctrl-U/K/W), which is what a shell user's fingers do.
    func handleSearchPrompt(_ key: Key, size: Size) {
        guard case .search(let q) = overlay else { return }
        var chars = Array(q)
        var at = max(0, min(chars.count, chars.count - promptCursorFromEnd))
        func close() {
            overlay = nil
            promptCursorFromEnd = 0
        }
        switch key {
        // Ctrl-C too, as in a shell or vim's command line: the backend turns the tty's signal keys off while
        // the prompt is open, so it arrives as a key instead of ending the program.
        case .escape, .ctrl("g"), .ctrl("c"):
            close()
            return
        case .enter:
            close()
            switch current {
            case .reader: runSearch(q, size: size)
            case .compare: runCompareSearch(q, size: size)
            case .library, .quotes, .people: runListSearch(q)
            }
            return
        case .backspace:
            if chars.isEmpty {
                close()
                return
            }
            if at > 0 {
                chars.remove(at: at - 1)
                at -= 1
            }
        case .char(let c):
            chars.insert(c, at: at)
            at += 1
        case .left, .ctrl("b"): at = max(0, at - 1)
        case .right, .ctrl("f"): at = min(chars.count, at + 1)
        case .home, .ctrl("a"): at = 0
        case .end, .ctrl("e"): at = chars.count
        case .ctrl("u"):
            chars.removeSubrange(0..<at)
            at = 0
        case .ctrl("k"): chars.removeSubrange(at...)
        case .ctrl("w"):
            var i = at
            while i > 0, chars[i - 1] == " " { i -= 1 }
            while i > 0, chars[i - 1] != " " { i -= 1 }
            chars.removeSubrange(i..<at)
            at = i
        case .up, .ctrl("p"):
            // The last query back, to edit it (vim's history, one deep).
            chars = Array(lastQuery ?? q)
            at = chars.count
        default: return
        }
        overlay = .search(String(chars))
        promptCursorFromEnd = chars.count - at
    }

    /// Scalar ranges of `needle` (already folded) in `text` folded the same way; folding keeps scalar offsets.
    static func scalarMatches(of needle: [Unicode.Scalar], in text: String) -> [(start: Int, end: Int)] {
        guard !needle.isEmpty else { return [] }
        let hay = Array(TextNormalizer.forMatching(text).unicodeScalars)
        guard hay.count >= needle.count else { return [] }
        var out: [(start: Int, end: Int)] = []
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle {
                out.append((i, i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }

    func matches(of query: String, in layout: BlockLayout) -> [(block: Int, start: Int, end: Int)] {
        let needle = Array(TextNormalizer.forMatching(query).unicodeScalars)
        guard !needle.isEmpty else { return [] }
        var matches: [(block: Int, start: Int, end: Int)] = []
        for (b, block) in layout.blocks.enumerated() {
            for m in AppState.scalarMatches(of: needle, in: block.text) { matches.append((b, m.start, m.end)) }
        }
        return matches
    }

    /// `/` + Enter. An empty query repeats the last one, as in vim and less.
    func runSearch(_ typed: String, size: Size) {
        guard var r = reader else { return }
        let query = typed.isEmpty ? (lastQuery ?? "") : typed
        r.walk = nil
        r.focus = nil
        guard !query.isEmpty else {
            r.search = nil
            reader = r
            return
        }
        lastQuery = query
        let layout = readerLayout(r, size: size)
        r.search = SearchState(query: query, matches: matches(of: query, in: layout), current: nil)
        reader = r
        stepSearch(1, size: size)
    }

    /// The same query in another article (after `h`/`l`): matches marked, none selected until `n`.
    func carrySearch(into r: inout ReaderState, size: Size) {
        guard let q = r.search?.query else { return }
        r.search = SearchState(query: q, matches: matches(of: q, in: readerLayout(r, size: size)), current: nil)
    }

    /// `n`/`N`: the next/previous match; with none selected yet, the first one from the screen down (or up).
    /// After `Esc` (or in another article) the last query is searched again.
    func stepSearch(_ delta: Int, size: Size) {
        guard var r = reader else { return }
        if r.search == nil {
            guard let q = lastQuery else {
                message = "no search yet: / searches this article"
                return
            }
            r.search = SearchState(query: q, matches: matches(of: q, in: readerLayout(r, size: size)), current: nil)
            reader = r
        }
        guard let s = r.search else { return }
        guard !s.matches.isEmpty else {
            message = "not found: \(s.query)"
            return
        }
        let layout = readerLayout(r, size: size)
        let n = s.matches.count
        var wrapped = false
        let next: Int
        if let c = s.current {
            next = ((c + delta) % n + n) % n
            wrapped = delta > 0 ? next <= c : next >= c
        } else {
            let top = readerTop(r, layout: layout, size: size)
            let bottom = top + AppState.readerViewport(size)
            let line = { (m: (block: Int, start: Int, end: Int)) in layout.line(block: m.block, offset: m.start) }
            if delta > 0 {
                if let i = s.matches.firstIndex(where: { line($0) >= top }) { next = i } else { next = 0; wrapped = true }
            } else {
                if let i = s.matches.lastIndex(where: { line($0) < bottom }) { next = i } else { next = n - 1; wrapped = true }
            }
        }
        reader?.search?.current = next
        let m = s.matches[next]
        reveal(block: m.block, offset: m.start, layout: layout, size: size)
        if wrapped { message = delta > 0 ? searchWrappedDown : searchWrappedUp }
    }

    // MARK: Lists

    /// The text `/` looks at for each row of the current list (nil: a row that cannot be selected).
    func listRowTexts() -> [String?] {
        switch current {
        case .library:
            return libraryState.rows.map { row in
                guard case .article(let s, let a) = row else { return nil }
                let story = library.stories[s]
                let art = story.articles[a]
                return [art.displayName, art.title ?? art.untitledLead ?? art.id, art.date ?? "", story.title].joined(separator: " ")
            }
        case .quotes:
            guard let quotes = analyses[lists.story]?.quotes else { return [] }
            let story = library.stories[lists.story]
            return quoteRows(story: lists.story).map { row in
                switch row {
                case .group(let g): return (quotes[g].speaker ?? "unattributed") + " " + quotes[g].text
                case .instance(let g, let i):
                    let inst = quotes[g].instances[i]
                    return story.articles[inst.ref.article].displayName + " " + inst.text
                }
            }
        case .people:
            return (analyses[lists.story]?.people ?? []).map { ([$0.name] + $0.aliases).joined(separator: " ") }
        case .reader, .compare:
            return []
        }
    }

    var listSelection: Int {
        get {
            switch current {
            case .library: return libraryState.selection
            case .quotes: return lists.quoteSelection
            case .people: return lists.peopleSelection
            case .reader, .compare: return 0
            }
        }
        set {
            switch current {
            case .library: libraryState.selection = newValue
            case .quotes: lists.quoteSelection = newValue
            case .people: lists.peopleSelection = newValue
            case .reader, .compare: break
            }
        }
    }

    func runListSearch(_ typed: String) {
        let query = typed.isEmpty ? (lastQuery ?? "") : typed
        guard !query.isEmpty else { return }
        lastQuery = query
        stepListSearch(1, fromSelection: true)
    }

    /// Moves the selection to the next/previous row matching the last query and says which of how many.
    func stepListSearch(_ delta: Int, fromSelection: Bool = false) {
        guard let q = lastQuery else {
            message = "no search yet: / searches this list"
            return
        }
        let needle = TextNormalizer.forMatching(q)
        let texts = listRowTexts()
        let hits = texts.indices.filter { i in texts[i].map { TextNormalizer.forMatching($0).contains(needle) } ?? false }
        guard !hits.isEmpty else {
            message = "not found: \(q)"
            return
        }
        let sel = listSelection
        var wrapped = false
        let target: Int
        if delta > 0 {
            if let i = hits.first(where: { fromSelection ? $0 >= sel : $0 > sel }) { target = i } else { target = hits[0]; wrapped = true }
        } else {
            if let i = hits.last(where: { $0 < sel }) { target = i } else { target = hits[hits.count - 1]; wrapped = true }
        }
        listSelection = target
        let k = (hits.firstIndex(of: target) ?? 0) + 1
        message = (wrapped ? (delta > 0 ? searchWrappedDown : searchWrappedUp) + " · " : "") + "/\(q) \(k) of \(hits.count)"
        if current == .library, let (s, _) = libraryState.selected(in: library) { requestAnalysis(story: s) }
    }
}
