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

    public static func run(library: Library, themeName: String?, analyzer: StoryAnalyzer = CoreAnalyzer()) -> Int32 {
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
        if let saved { state.restore(saved) }
        if let stateWarning { state.message = stateWarning }
        // PARALLAX_TEST_CRASH=analysis makes the model crash on purpose, so tests can check the terminal is
        // restored after a crash in model code (nothing else reads it).
        let runner = AnalysisRunner(library: library, analyzer: env["PARALLAX_TEST_CRASH"] == "analysis" ? CrashingAnalyzer() : analyzer)
        if let s = state.currentStory { state.requestAnalysis(story: s) }

        var size = backend.size
        var dirty = true
        var lastTheme = state.themeName
        var quietTimeouts = 0
        while !state.quitRequested {
            for e in state.takeEffects() { runner.submit(e) }
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
            state.handle(key, size: size)
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
    private let library: Library
    private let analyzer: StoryAnalyzer

    init(library: Library, analyzer: StoryAnalyzer) {
        self.library = library
        self.analyzer = analyzer
    }

    func submit(_ effect: Effect) {
        let library = self.library
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
