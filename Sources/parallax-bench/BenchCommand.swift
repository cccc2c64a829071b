import ArgumentParser
import Foundation
import ParallaxCore

@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax-bench",
        abstract: "Measure Parallax's speed, growth and memory on generated inputs, against the project's targets.",
        discussion: """
            Inputs are generated deterministically (seeded) from the demo articles into a scratch folder: \
            long articles, stories of many outlets, libraries of many stories. Command cases run the real \
            `parallax` binary as a separate process (whole-process wall time, CPU time, the child's peak RSS); \
            ingest and TUI frame cases run in-process. Times are the best of --repeat runs, which is the figure \
            least disturbed by other load on the machine; the load average is printed with the results. \
            Targets apply to the release build as shipped, with the Swift runtime linked in (`make bench`: \
            `swift build -c release --static-swift-stdlib`, then `.build/release/parallax-bench`); the binary \
            under test is built the way this benchmark was. --quick uses small sizes and judges nothing.
            """)

    @Flag(help: "Print {\"cases\": [...]} as JSON instead of the table.")
    var json = false

    @Flag(help: "Small sizes, one run each, no targets: a smoke test that the harness and every case run.")
    var quick = false

    @Option(help: "Runs per case; the best time is reported (default 3, 1 with --quick).")
    var `repeat`: Int?

    @Option(help: "Story or library folder to generate inputs from (default: the demo library, articles/).")
    var source: String?

    @Option(help: "The parallax binary to measure (default: the one built next to this benchmark).")
    var parallax: String?

    @Flag(help: "Do not run `swift build --product parallax` first.")
    var noBuild = false

    @Option(help: "Folder for generated inputs (kept afterwards); default: a temporary folder, removed.")
    var workdir: String?

    @Option(help: "Seed for input generation.")
    var seed: UInt64 = 7

    @Option(help: "Seconds after which one process is killed and the case marked MISS.")
    var timeout: Double = 120

    @Option(help: "Run only cases whose name starts with this (repeatable), e.g. --only align --only diff.")
    var only: [String] = []

    func run() throws {
        let paths = try BenchPaths(source: source, parallax: parallax, workdir: workdir, build: !noBuild)
        defer { if workdir == nil { try? FileManager.default.removeItem(at: paths.workdir) } }
        let gen = try CorpusGenerator(sourcePath: paths.source, seed: seed)
        let bench = Bench(
            paths: paths, gen: gen, quick: quick, repeats: max(1, `repeat` ?? (quick ? 1 : 3)), timeout: timeout,
            only: only, json: json)
        let loadBefore = LoadAverage.read()
        if !json {
            print("parallax-bench · \(paths.configuration) build · \(ProcessInfo.processInfo.activeProcessorCount) cores · load \(LoadAverage.text(loadBefore))\(quick ? " · quick (no targets)" : "")")
            print("binary: \(paths.parallax)\(parallax == nil ? " (Swift runtime \(RuntimeLinking.current.rawValue))" : "")")
            print(TablePrinter().header())
        }
        let results = bench.runAll()
        let loadAfter = LoadAverage.read()
        if json {
            let report = BenchReport(
                configuration: paths.configuration, quick: quick, repeats: bench.repeats,
                cores: ProcessInfo.processInfo.activeProcessorCount,
                swiftRuntime: parallax == nil ? RuntimeLinking.current.rawValue : "unknown", loadBefore: loadBefore, loadAfter: loadAfter,
                cases: results)
            print(try JSONOutput.encode(report))
        } else {
            let misses = results.filter { $0.status == .miss }.map(\.name)
            print("load after: \(LoadAverage.text(loadAfter)) · \(misses.isEmpty ? "no target missed" : "missed: " + misses.joined(separator: ", "))")
        }
    }
}

/// Where things are: the package, the binary under test, the source articles, the scratch folder.
struct BenchPaths {
    var packageRoot: String
    var configuration: String
    var parallax: String
    var source: String
    var workdir: URL

    init(source: String?, parallax: String?, workdir: String?, build: Bool) throws {
        // Sources/parallax-bench/BenchCommand.swift → the package root.
        packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let exeDir = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0]).deletingLastPathComponent()
        configuration = exeDir.lastPathComponent == "release" || exeDir.resolvingSymlinksInPath().lastPathComponent == "release" ? "release" : "debug"
        if let parallax {
            self.parallax = parallax
        } else {
            self.parallax = exeDir.appendingPathComponent("parallax").path
            if build { try Self.buildParallax(packageRoot: packageRoot, configuration: configuration) }
        }
        guard FileManager.default.isExecutableFile(atPath: self.parallax) else {
            throw BenchError("\(self.parallax): no parallax binary (build it with `swift build -c \(configuration)`, or pass --parallax)")
        }
        let candidates = source.map { [$0] } ?? ["articles", packageRoot + "/articles"]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw BenchError("\(candidates[0]): no such folder (pass --source with a story or library folder)")
        }
        self.source = found
        if let workdir {
            self.workdir = URL(fileURLWithPath: workdir)
        } else {
            self.workdir = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bench-\(getpid())")
        }
        try FileManager.default.createDirectory(at: self.workdir, withIntermediateDirectories: true)
    }

    /// Brings the binary under test up to date, so the figures never come from a stale build.
    static func buildParallax(packageRoot: String, configuration: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["swift", "build", "-c", configuration] + RuntimeLinking.current.buildFlags
            + ["--product", "parallax", "--package-path", packageRoot]
        p.standardOutput = FileHandle.standardError
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchError("\(p.arguments?.joined(separator: " ") ?? "swift build") failed") }
    }
}
