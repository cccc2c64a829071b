import CNcursesw
import Foundation
import ParallaxCore

/// Entry point of the interactive reader: sets up the terminal, runs the key loop on the main thread and the
/// analyses on a background queue, and restores the terminal however it ends.
public enum InteractiveApp {
    /// Problems to tell the user about before starting (unknown theme name), as one line.
    public static func validate(themeName: String?) -> String? {
        let catalog = ThemeCatalog(directory: ThemeCatalog.locate())
        if let name = themeName, !catalog.exists(name) {
            return "theme '\(name)' not found (available: \(catalog.names.joined(separator: ", ")))"
        }
        return nil
    }

    /// `remaining`: stories of the library not read yet; they are read in the background after the first
    /// paint and appear in the library as they arrive.
    public static func run(library: Library, remaining: [LibraryPlan.StoryPlan] = [], themeName: String?,
                           analyzer: StoryAnalyzer = CoreAnalyzer()) -> Int32 {
        let env = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog(directory: ThemeCatalog.locate())
        let store = ReadingStateStore(environment: env)
        let (saved, stateWarning) = store.position(forLibrary: library.path)
        var warnings: [String] = []
        if let stateWarning { warnings.append(stateWarning) }

        let backend = CursesBackend()
        do {
            try backend.start(environment: env)
        } catch {
            FileHandle.standardError.write(Data(("parallax: " + error.message + "\n").utf8))
            return 1
        }
        let state = AppState(library: library, catalog: catalog, themeName: themeName ?? ThemeCatalog.defaultName,
                             monochrome: backend.depth == .mono)
        if let m = state.message { warnings.append(m) }
        // PARALLAX_TEST_CRASH=analysis makes the model crash on purpose, so tests can check the terminal is
        // restored after a crash in model code (nothing else reads it).
        let runner = AnalysisRunner(analyzer: env["PARALLAX_TEST_CRASH"] == "analysis" ? CrashingAnalyzer() : analyzer)
        if !remaining.isEmpty {
            let loaded = library.stories.reduce(0) { $0 + $1.articles.count + $1.errors.count }
            let total = loaded + remaining.reduce(0) { $0 + $1.files.count }
            state.loading = LibraryLoading(loadedFiles: loaded, totalFiles: total)
            runner.read(remaining, alreadyLoaded: loaded, total: total)
        }
        if let saved { state.restore(saved) }
        if let stateWarning { state.message = stateWarning }
        if let s = state.currentStory { state.requestAnalysis(story: s) }

        var size = backend.size
        var dirty = true
        var lastTheme = state.themeName
        var quietTimeouts = 0
        while !state.quitRequested {
            for e in state.takeEffects() { runner.submit(e, library: state.library) }
            if dirty {
                backend.draw(state.render(size: size))
                dirty = false
            }
            let started = DispatchTime.now().uptimeNanoseconds
            let (key, _) = backend.readKey()
            if runner.deliver(to: state) { dirty = true }
            guard let key else {
                // A timeout comes back after ~100 ms; an immediate ERR again and again means no terminal.
                if DispatchTime.now().uptimeNanoseconds - started < 5_000_000 {
                    quietTimeouts += 1
                    if quietTimeouts > 200 { break }
                } else {
                    quietTimeouts = 0
                }
                if state.isBusy {
                    state.spinnerFrame += 1
                    dirty = true
                }
                continue
            }
            quietTimeouts = 0
            if key == .resize {
                size = backend.size
                backend.invalidate()
            }
            if key == .ctrl("l") { backend.redrawAll() }
            state.handle(key, size: size)
            backend.setSignalKeys(!state.isPrompting)
            if state.themeName != lastTheme {
                lastTheme = state.themeName
                backend.invalidate()
                if let m = state.message, m.contains(".toml") { warnings.append(m) }
            }
            dirty = true
        }
        let position = state.currentPosition(size: size)
        backend.stop()
        if let position, let w = store.save(position, forLibrary: library.path) { warnings.append(w) }
        warnings += state.lateErrors.map(\.description)
        for w in Set(warnings).sorted() {
            FileHandle.standardError.write(Data(("parallax: " + w + "\n").utf8))
        }
        return 0
    }
}

/// Runs analyses on a background queue and hands results back to the main loop, which owns the state.
final class AnalysisRunner: @unchecked Sendable {
    private let queue = DispatchQueue(label: "parallax.analysis", qos: .userInitiated)
    /// Alignments get their own queue so opening compare does not wait for the quote and people analysis.
    private let compareQueue = DispatchQueue(label: "parallax.compare", qos: .userInitiated)
    private let lock = NSLock()
    private var done: [(AppState) -> Void] = []
    /// Reading the rest of a large library: lower priority than analyses, which the user is waiting for.
    private let readQueue = DispatchQueue(label: "parallax.read", qos: .utility)
    private let analyzer: StoryAnalyzer

    init(analyzer: StoryAnalyzer) {
        self.analyzer = analyzer
    }

    /// Reads stories in batches of about 100 files, handing each batch to the state as it is ready.
    func read(_ stories: [LibraryPlan.StoryPlan], alreadyLoaded: Int, total: Int) {
        readQueue.async { [self] in
            var loaded = alreadyLoaded
            var k = 0
            while k < stories.count {
                var end = k
                var files = 0
                while end < stories.count, files < 100 || end == k {
                    files += stories[end].files.count
                    end += 1
                }
                let batch = LibraryLoader.loadStories(Array(stories[k..<end]))
                loaded += files
                let done = loaded
                lock.lock()
                self.done.append { $0.append(stories: batch, loadedFiles: done, totalFiles: total) }
                lock.unlock()
                k = end
            }
        }
    }

    func submit(_ effect: Effect, library: Library) {
        let analyzer = self.analyzer
        let q: DispatchQueue
        if case .compare = effect { q = compareQueue } else { q = queue }
        q.async { [self] in
            let apply: (AppState) -> Void
            switch effect {
            case .analyze(let s):
                let r = Result { try analyzer.analyze(story: library.stories[s]) }
                apply = { $0.receive(analysis: r, story: s) }
            case .compare(let s, let l, let rt):
                let r = Result { try analyzer.compare(story: library.stories[s], left: l, right: rt) }
                apply = { $0.receive(compare: r, key: PairKey(story: s, left: l, right: rt)) }
            }
            lock.lock()
            done.append(apply)
            lock.unlock()
        }
    }

    /// Applies finished results; true when something changed.
    func deliver(to state: AppState) -> Bool {
        lock.lock()
        let work = done
        done.removeAll()
        lock.unlock()
        for w in work { w(state) }
        return !work.isEmpty
    }
}

/// Stands in for a model bug: traps like an out-of-range index would.
struct CrashingAnalyzer: StoryAnalyzer {
    func analyze(story: Story) throws -> StoryAnalysis {
        let empty: [Int] = []
        _ = empty[Int(story.articles.count)]
        return StoryAnalysis()
    }

    func compare(story: Story, left: Int, right: Int) throws -> CompareModel {
        _ = try analyze(story: story)
        return CompareModel(left: left, right: right, rows: [])
    }
}
