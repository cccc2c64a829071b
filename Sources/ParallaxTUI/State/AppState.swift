import Foundation
import ParallaxCore

public struct Size: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Below this the screens cannot show anything useful, so a notice is drawn instead.
    public static let minimum = Size(width: 40, height: 10)
    public var isTooSmall: Bool { width < Size.minimum.width || height < Size.minimum.height }
}

public enum ScreenKind: String, Sendable, Hashable, Codable {
    case library, reader, compare, quotes, people
}

public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case search(String)
    case rowDetail(scroll: Int)
}

/// Work the run loop must do off the main thread; the state machine itself never blocks.
public enum Effect: Sendable, Hashable {
    case analyze(story: Int)
    case compare(story: Int, left: Int, right: Int)
}

public struct PairKey: Sendable, Hashable {
    public var story: Int
    public var left: Int
    public var right: Int
}

/// The whole interactive reader as a state machine: keys in, effects out, `render(size:)` to a grid.
/// No terminal code here, so every screen can be driven and checked in tests.
public final class AppState {
    public internal(set) var library: Library
    /// Set while the rest of a large library is read in the background.
    public internal(set) var loading: LibraryLoading?
    /// Files found unreadable after the first screen was drawn; reported on exit with the other warnings.
    public internal(set) var lateErrors: [LoadError] = []
    /// A saved position in a story that has not been read yet; applied when it arrives, unless a key was
    /// pressed first.
    var pendingRestore: SavedPosition?
    public var catalog: ThemeCatalog
    public private(set) var themeName: String
    public private(set) var theme: Theme
    /// Monochrome terminals and `NO_COLOR` always get the attribute-only theme.
    public let monochrome: Bool

    public var stack: [ScreenKind] = [.library]
    /// Readers hidden under a later one (reader → compare → `r`), by stack index.
    var coveredReaders: [Int: ReaderState] = [:]
    /// Where each article was left in this session, so `h`/`l` and reopening come back to it.
    var articlePositions: [ArticleKey: ReaderPosition] = [:]
    /// The last `/` query, kept after `Esc` and across articles and screens for `n`/`N` (as in vim and less).
    public var lastQuery: String?
    /// "1–5 of 12 lines" while the row detail overlay has more than it shows, for the status line.
    var rowDetailShown: String?
    public var overlay: Overlay?
    /// Where the cursor of the `/` prompt is, counted from the end (0 while typing at the end, as usual).
    var promptCursorFromEnd = 0
    /// The digits typed before a move (`5j`), nil when none.
    var pendingCount: Int?
    public var libraryState = LibraryState()
    public var reader: ReaderState?
    public var compare: CompareState?
    public var lists = ListState()

    public var analyses: [Int: StoryAnalysis] = [:]
    public var analysisErrors: [Int: String] = [:]
    public var pendingAnalyses: Set<Int> = []
    public var comparisons: [PairKey: CompareModel] = [:]
    public var compareErrors: [PairKey: String] = [:]
    public var pendingCompares: Set<PairKey> = []

    /// A one-off notice for the status line (theme problems, "not found"); cleared by the next key.
    public var message: String?
    public var spinnerFrame = 0
    public private(set) var quitRequested = false
    private var effects: [Effect] = []
    /// Saved reading positions to resume when an article is opened again.
    public var resume: SavedPosition?

    let layouts = LayoutCache()

    public init(library: Library, catalog: ThemeCatalog = ThemeCatalog(directory: nil), themeName: String = ThemeCatalog.defaultName,
                monochrome: Bool = false) {
        self.library = library
        self.catalog = catalog
        self.monochrome = monochrome
        self.themeName = themeName
        self.theme = Theme.builtinDark
        applyTheme(themeName)
        libraryState.selectFirstArticle(in: library)
    }

    public var current: ScreenKind { stack.last ?? .library }

    /// The story the user is looking at, whatever the screen.
    public var currentStory: Int? {
        switch current {
        case .reader: return reader?.story
        case .compare: return compare?.story
        case .quotes, .people: return lists.story
        case .library: return libraryState.selected(in: library)?.story
        }
    }

    public func takeEffects() -> [Effect] {
        defer { effects.removeAll() }
        return effects
    }

    var isBusy: Bool { !pendingAnalyses.isEmpty || !pendingCompares.isEmpty }

    // MARK: Themes

    @discardableResult
    public func applyTheme(_ name: String) -> ThemeError? {
        themeName = name
        let (t, err) = catalog.load(monochrome ? "mono" : name)
        theme = t
        if let err { message = "theme: \(err.description) — using the built-in default" }
        return err
    }

    // MARK: Navigation

    /// Going to a screen already on the stack returns to it, except the reader: a jump to the reader from a
    /// screen above it (compare `r`, a quote, a mention) is a new step, so `q` comes back to that screen.
    func push(_ screen: ScreenKind) {
        guard screen != current else { return }
        if screen != .reader, let i = stack.firstIndex(of: screen) {
            stack.removeSubrange((i + 1)...)
            coveredReaders = coveredReaders.filter { $0.key < stack.count }
            // `reader` always holds the topmost reader on the stack: the one below this screen again.
            if let r = stack.lastIndex(of: .reader).flatMap({ coveredReaders.removeValue(forKey: $0) }) {
                if let old = reader { rememberPosition(old) }
                reader = r
                libraryState.select(story: r.story, article: r.article)
            }
        } else {
            stack.append(screen)
        }
    }

    /// Call before replacing `reader` from another screen: keeps the reader below so `q` can return to it.
    func coverReader() {
        guard current != .reader, let i = stack.lastIndex(of: .reader), let r = reader else { return }
        coveredReaders[i] = r
    }

    func back() {
        if overlay != nil {
            overlay = nil
            return
        }
        guard stack.count > 1 else {
            quitRequested = true
            return
        }
        stack.removeLast()
        if current == .reader, let r = coveredReaders.removeValue(forKey: stack.count - 1) {
            if let old = reader { rememberPosition(old) }
            reader = r
            libraryState.select(story: r.story, article: r.article)
        }
    }

    // MARK: Analysis results

    public func requestAnalysis(story: Int) {
        guard analyses[story] == nil, analysisErrors[story] == nil, !pendingAnalyses.contains(story) else { return }
        pendingAnalyses.insert(story)
        effects.append(.analyze(story: story))
    }

    public func requestCompare(story: Int, left: Int, right: Int) {
        let k = PairKey(story: story, left: left, right: right)
        guard comparisons[k] == nil, compareErrors[k] == nil, !pendingCompares.contains(k) else { return }
        pendingCompares.insert(k)
        effects.append(.compare(story: story, left: left, right: right))
    }

    public func receive(analysis: Result<StoryAnalysis, Error>, story: Int) {
        pendingAnalyses.remove(story)
        switch analysis {
        case .success(let a): analyses[story] = a
        case .failure(let e): analysisErrors[story] = "\(e)"
        }
    }

    public func receive(compare: Result<CompareModel, Error>, key: PairKey) {
        pendingCompares.remove(key)
        switch compare {
        case .success(let m): comparisons[key] = m
        case .failure(let e): compareErrors[key] = "\(e)"
        }
    }

    /// Runs pending effects on the calling thread: what tests use instead of the background queue.
    public func runEffectsSynchronously(_ analyzer: StoryAnalyzer) {
        while true {
            let work = takeEffects()
            if work.isEmpty { return }
            for e in work {
                switch e {
                case .analyze(let s):
                    receive(analysis: Result { try analyzer.analyze(story: library.stories[s]) }, story: s)
                case .compare(let s, let l, let r):
                    receive(compare: Result { try analyzer.compare(story: library.stories[s], left: l, right: r) },
                            key: PairKey(story: s, left: l, right: r))
                }
            }
        }
    }

    // MARK: Keys

    /// Handles one key; `size` is the current terminal size (paging and clicks depend on it).
    public func handle(_ key: Key, size: Size) {
        if key == .resize { return }
        pendingRestore = nil
        if case .search = overlay {
            handleSearchPrompt(key, size: size)
            return
        }
        let key = AppState.plainKey(for: key)
        message = nil
        if case .mouse(let m) = key {
            handleMouse(m, size: size)
            return
        }
        if case .help(let scroll) = overlay {
            switch key {
            case .char("j"), .down, .char(" "), .pageDown: overlay = .help(scroll: scroll + (key == .char("j") || key == .down ? 1 : 5))
            case .char("k"), .up, .char("b"), .pageUp: overlay = .help(scroll: max(0, scroll - (key == .char("k") || key == .up ? 1 : 5)))
            case .escape, .char("?"), .char("q"), .enter: overlay = nil
            default: break
            }
            return
        }
        if case .rowDetail = overlay {
            handleRowDetail(key, size: size)
            return
        }
        if size.isTooSmall {
            if key == .char("q") { back() }
            return
        }
        if countDigit(key) || goToCounted(key, size: size) { return }
        let times = takeCount(for: key)
        switch key {
        case .char("?"): overlay = .help(scroll: 0); return
        case .char("t"):
            applyTheme(catalog.next(after: themeName))
            if message == nil { message = "theme: \(themeName)" + (monochrome ? " (monochrome terminal: showing mono)" : "") }
            return
        case .char("q"): back(); return
        case .escape:
            if overlay != nil { overlay = nil } else { escapeCurrent() }
            return
        case .char("\""): openQuotes(); return
        case .char("p"): openPeople(); return
        default: break
        }
        for _ in 0..<times {
            switch current {
            case .library: handleLibrary(key, size: size)
            case .reader: handleReader(key, size: size)
            case .compare: handleCompare(key, size: size)
            case .quotes: handleQuotes(key, size: size)
            case .people: handlePeople(key, size: size)
            }
        }
    }

    public func handle(_ keys: [Key], size: Size) {
        for k in keys { handle(k, size: size) }
    }

    /// vim's and less's control keys as the keys they stand for on every screen: Ctrl-D/U half a page,
    /// Ctrl-F/B a page, Ctrl-E/Y and Ctrl-N/P a line (Ctrl-L, redraw, is the run loop's).
    static func plainKey(for key: Key) -> Key {
        guard case .ctrl(let c) = key else { return key }
        switch c {
        case "d": return .char("d")
        case "u": return .char("u")
        case "f": return .pageDown
        case "b": return .pageUp
        case "e", "n": return .down
        case "y", "p": return .up
        default: return key
        }
    }

    private func escapeCurrent() {
        if current == .compare { compare?.search = nil }
        if current == .reader, reader?.search != nil || reader?.walk != nil || reader?.focus != nil {
            reader?.search = nil
            reader?.walk = nil
            reader?.focus = nil
        }
    }

    private func handleMouse(_ m: MouseEvent, size: Size) {
        guard overlay == nil, !size.isTooSmall else { return }
        switch m {
        case .wheelUp, .wheelDown:
            let k: Key = m == .wheelUp ? .up : .down
            for _ in 0..<3 {
                switch current {
                case .reader: handleReader(k, size: size)
                case .compare: handleCompare(k == .up ? .char("k") : .char("j"), size: size)
                case .library: handleLibrary(k, size: size)
                case .quotes: handleQuotes(k, size: size)
                case .people: handlePeople(k, size: size)
                }
            }
        case .click(_, let y):
            switch current {
            case .library: clickLibrary(y: y, size: size)
            case .compare: clickCompare(y: y, size: size)
            case .quotes: clickQuotes(y: y, size: size)
            case .people: clickPeople(y: y, size: size)
            case .reader: break
            }
        }
    }
}
