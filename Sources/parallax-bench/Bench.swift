import Foundation
import ParallaxCore

/// Generates the inputs and runs the cases in order, printing each row as it finishes.
final class Bench {
    let paths: BenchPaths
    let gen: CorpusGenerator
    let quick: Bool
    let repeats: Int
    let timeout: Double
    let only: [String]
    let json: Bool
    let writer: CorpusWriter
    private(set) var results: [CaseResult] = []
    private var inputs: [String: (path: String, bytes: Int)] = [:]

    init(paths: BenchPaths, gen: CorpusGenerator, quick: Bool, repeats: Int, timeout: Double, only: [String], json: Bool) {
        self.paths = paths
        self.gen = gen
        self.quick = quick
        self.repeats = repeats
        self.timeout = timeout
        self.only = only
        self.json = json
        writer = CorpusWriter(root: paths.workdir)
    }

    /// Sizes: the issues' sizes, or small ones for the smoke test.
    struct Sizes {
        var ingest, list, longWords, quotes, people, peopleLibrary, memory: [Int]
        var align: [Int]
        var frames: [(Int, Int)]
    }

    var sizes: Sizes {
        quick
            ? Sizes(ingest: [40], list: [40], longWords: [500], quotes: [8], people: [8], peopleLibrary: [16], memory: [100],
                    align: [5, 10], frames: [(80, 24)])
            : Sizes(ingest: [1000], list: [1000], longWords: [5000], quotes: [100, 1000], people: [100], peopleLibrary: [1000],
                    memory: [10_000], align: [25, 50, 100, 200], frames: [(80, 24), (200, 60)])
    }

    func runAll() -> [CaseResult] {
        let s = sizes
        for n in s.ingest { ingestCase(articles: n) }
        for n in s.list { commandCase("list", "\(n) articles", ["list", library(n).path, "--json"]) }
        for w in s.longWords {
            let (a, b) = longPair(words: w)
            commandCase("read", "\(w.formatted()) words", ["read", a, "--json"])
            commandCase("diff", "2 × \(w.formatted()) words", ["diff", a, b, "--json"], target: .seconds(0.05))
            // The side-by-side text a reader sees by default (120 columns, as without a terminal): the same
            // target, since the issue's "`diff` … under 50 ms" names no output form.
            commandCase("diff-text", "2 × \(w.formatted()) words, text", ["diff", a, b, "--width", "120", "--color", "never"],
                        target: .seconds(0.05))
        }
        // `diff` of two files of a story folder reads the whole folder and aligns the story (the other outlets
        // vouch for links, `StoryContext`): the largest folder read that way.
        if let n = s.align.first {
            let folder = story(n).path
            commandCase("diff-story-\(n)", "2 articles in a story of \(n)",
                        ["diff", folder + "/outlet-0000.txt", folder + "/outlet-0001.txt", "--json"])
        }
        for n in s.align {
            let target: Target? = n == 100 ? .seconds(2) : n == 200 ? .relative(to: "align-100", factor: 2.5) : nil
            commandCase("align-\(n)", "\(n) articles, \(wordsIn(story(n)).formatted()) words", ["align", story(n).path, "--json"], target: target)
        }
        for n in s.quotes { commandCase("quotes-\(n)", "story of \(n) articles", ["quotes", story(n).path, "--json"]) }
        for n in s.people { commandCase("people-\(n)", "story of \(n) articles", ["people", story(n).path, "--json"]) }
        for n in s.peopleLibrary {
            commandCase("people-lib-\(n)", "library of \(n) articles", ["people", library(n).path, "--json"], target: quick ? nil : .seconds(2))
        }
        for (w, h) in s.frames { frameCases(width: w, height: h) }
        firstPaintCase(path: paths.source, name: "first-paint", size: "demo library, 80×24", target: .seconds(0.1))
        if !quick { firstPaintCase(path: library(1000).path, name: "first-paint-1000", size: "1,000 articles, 80×24", target: nil) }
        for n in s.memory {
            commandCase("memory-list-\(n)", "library of \(n.formatted()) articles", ["list", library(n).path, "--json"],
                        target: .megabytes(500), repeats: 1)
        }
        return results
    }

    // MARK: inputs (generated once, on first use)

    func story(_ n: Int) -> (path: String, bytes: Int) {
        cached("story-\(n)") { try writer.story(gen, name: "story-\(n)", storyIndex: 0, count: n) }
    }

    /// Libraries are stories of 25 outlets, a busy news event each.
    func library(_ n: Int) -> (path: String, bytes: Int) {
        cached("library-\(n)") {
            try writer.library(gen, name: "library-\(n)", articles: n, perStory: 25)
        }
    }

    func longPair(words: Int) -> (String, String) {
        let a = gen.longArticle(words: words)
        let b = gen.variant(of: a)
        let pa = cached("long-a-\(words)") { (try writer.write(a, to: "long-\(words)/left.txt"), 0) }.path
        let pb = cached("long-b-\(words)") { (try writer.write(b, to: "long-\(words)/right.txt"), 0) }.path
        return (pa, pb)
    }

    func wordsIn(_ story: (path: String, bytes: Int)) -> Int {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: story.path)) ?? []
        return files.reduce(0) { sum, f in
            let text = (try? String(contentsOfFile: story.path + "/" + f, encoding: .utf8)) ?? ""
            return sum + text.split(whereSeparator: { $0.isWhitespace }).count
        }
    }

    private func cached(_ key: String, _ make: () throws -> (path: String, bytes: Int)) -> (path: String, bytes: Int) {
        if let v = inputs[key] { return v }
        do {
            let v = try make()
            inputs[key] = v
            return v
        } catch {
            fatalError("parallax-bench: cannot write inputs: \(error)")
        }
    }

    // MARK: running and recording

    func wanted(_ name: String) -> Bool { only.isEmpty || only.contains { name.hasPrefix($0) } }

    func record(_ r: CaseResult, target: Target?) {
        var r = r
        if !quick { r.judge(target, earlier: results) }
        results.append(r)
        if json {
            FileHandle.standardError.write(Data("parallax-bench: \(r.name) done\n".utf8))
        } else {
            print(TablePrinter().format(r))
            fflush(nil)
        }
    }

    /// Runs `parallax ARGS` as a child process `repeats` times.
    func commandCase(_ name: String, _ size: @autoclosure () -> String, _ args: @autoclosure () -> [String],
                     target: Target? = nil, repeats: Int? = nil) {
        guard wanted(name) else { return }
        let argv = [paths.parallax] + args()
        let size = size()
        var runs: [ChildProcess.Outcome] = []
        for _ in 0..<(repeats ?? self.repeats) {
            do {
                let o = try ChildProcess.run(argv, timeout: timeout, environment: ["XDG_STATE_HOME": paths.workdir.path + "/state"])
                runs.append(o)
                if o.exitCode != 0 || o.timedOut { break }
            } catch {
                record(CaseResult(name: name, size: size, status: .error, note: "\(error)"), target: target)
                return
            }
        }
        let last = runs.last!
        if last.exitCode == 70, last.stderr.contains("not implemented") {
            record(.notBuilt(name, size, target: target), target: nil)
            return
        }
        if last.timedOut {
            record(CaseResult(name: name, size: size, seconds: last.seconds, status: target == nil ? .error : .miss,
                              note: "killed after \(Int(timeout)) s"), target: nil)
            return
        }
        if last.exitCode != 0 {
            record(CaseResult(name: name, size: size, status: .error, note: "exit \(last.exitCode): \(last.stderr)"), target: target)
            return
        }
        let times = runs.map(\.seconds).sorted()
        record(CaseResult(
            name: name, size: size, seconds: times.first, medianSeconds: times[times.count / 2],
            cpuSeconds: runs.map(\.cpuSeconds).min(), peakMB: runs.map(\.peakMB).max(), status: .info), target: target)
    }

    /// Loads a library in-process with the real loader: decoding, cleaning and segmentation throughput.
    func ingestCase(articles n: Int) {
        guard wanted("ingest") else { return }
        let lib = library(n)
        var times: [Double] = []
        var cpu: [Double] = []
        var loaded = 0
        for _ in 0..<repeats {
            let t0 = ChildProcess.now(), c0 = Self.selfCPU()
            let l = try? LibraryLoader.load(path: lib.path)
            times.append(ChildProcess.now() - t0)
            cpu.append(Self.selfCPU() - c0)
            loaded = l?.stories.reduce(0) { $0 + $1.articles.count } ?? 0
        }
        times.sort()
        let mb = Double(lib.bytes) / 1_048_576
        record(CaseResult(
            name: "ingest", size: "\(loaded) articles, \(String(format: "%.1f", mb)) MB", seconds: times[0],
            medianSeconds: times[times.count / 2], cpuSeconds: cpu.min(),
            rate: String(format: "%.2f MB/s (%.2f MB/s of CPU)", mb / times[0], mb / max(cpu.min() ?? 1, 1e-9)), status: .info,
            note: "in-process LibraryLoader.load"), target: nil)
    }

    /// This process's user + system CPU seconds so far.
    static func selfCPU() -> Double {
        var u = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        return ChildProcess.cpu(u)
    }

    static func longestWord(_ s: String) -> String {
        let words: [Substring] = s.split(separator: " ")
        return words.max { $0.count < $1.count }.map(String.init) ?? s
    }

    func firstPaintCase(path: String, name: String, size: String, target: Target?) {
        guard wanted(name) else { return }
        let titles = (try? LibraryLoader.load(path: path))?.stories.map(\.title) ?? []
        // Any title's longest word: ncurses writes a word's letters contiguously, whatever it does around it.
        let markers = titles.map(Self.longestWord)
        var times: [Double] = []
        var peak = 0.0
        for _ in 0..<repeats {
            do {
                let o = try FirstPaint.measure([paths.parallax, path], markers: markers, columns: 80, rows: 24, timeout: 10,
                                               environment: ["XDG_STATE_HOME": paths.workdir.path + "/state"])
                times.append(o.seconds)
                peak = max(peak, o.peakMB)
            } catch {
                record(CaseResult(name: name, size: size, status: .error, note: "\(error)"), target: target)
                return
            }
        }
        times.sort()
        record(CaseResult(name: name, size: size, seconds: times[0], medianSeconds: times[times.count / 2], peakMB: peak,
                          status: .info, note: "spawn to library on a pty"), target: target)
    }
}
