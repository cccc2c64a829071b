import ArgumentParser
import ParallaxCore
import ParallaxTUI

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the interactive reader (the default when no subcommand is given).",
        discussion: """
            Keys are listed by `?` on every screen and in the README ("Interactive reader").

            Themes are read from themes/*.toml beside the executable or the checkout, or from $PARALLAX_THEMES.

            NO_COLOR disables colour. The last position per library is kept in $XDG_STATE_HOME/parallax/.
            """)

    @Argument(help: "A story folder or a library of story folders.")
    var path: String = "articles"

    @Option(help: "Theme name from themes/ (dark, light, mono).")
    var theme: String?

    @Option(name: .customLong("time-frames"), help: ArgumentHelp("Benchmark: time keypress-to-frame for `reader` or `compare` on the first story, print JSON and exit.", visibility: .hidden))
    var timeFrames: String?

    @Option(name: .customLong("frame-size"), help: ArgumentHelp("Benchmark: WIDTHxHEIGHT for --time-frames.", visibility: .hidden))
    var frameSize: String = "200x60"

    @Option(name: .customLong("frame-count"), help: ArgumentHelp("Benchmark: keypresses to time.", visibility: .hidden))
    var frameCount: Int = 200

    func run() throws {
        if let view = timeFrames {
            try timeFramesAndExit(view)
            return
        }
        if let problem = InteractiveApp.validate(themeName: theme) {
            CLI.printError(problem)
            throw ExitCode(1)
        }
        // Only the stories that fill a first screen are read before it is drawn; the rest follow in the
        // background, so a library of thousands of articles opens at once.
        let plan = try CLI.planLibrary(path)
        let head = plan.storiesCovering(articles: 40)
        let library = try CLI.loadLibrary(plan, stories: 0..<head)
        let code = InteractiveApp.run(library: library, remaining: Array(plan.stories[head...]), themeName: theme)
        if code != 0 { throw ExitCode(code) }
    }
}

extension OpenCommand {
    /// `--time-frames VIEW`: the frame benchmark, run in this process on an ncurses screen writing to /dev/null.
    func timeFramesAndExit(_ view: String) throws {
        guard let kind = ScreenKind(rawValue: view), kind == .reader || kind == .compare else {
            CLI.printError("--time-frames takes reader or compare, not '\(view)'")
            throw ExitCode(64)
        }
        let dims = frameSize.split(separator: "x").compactMap { Int($0) }
        guard dims.count == 2, dims[0] >= 40, dims[1] >= 10 else {
            CLI.printError("--frame-size must be WIDTHxHEIGHT, at least 40x10")
            throw ExitCode(64)
        }
        let library = try CLI.loadLibrary(path)
        guard let story = library.stories.first else { throw ExitCode(1) }
        do {
            let s = try FrameTiming.samples(story: story, view: kind, width: dims[0], height: dims[1], frames: max(1, frameCount))
            let t = s.map(\.wall).sorted()
            let c = s.map(\.cpu).sorted()
            struct Report: Encodable {
                var view: String, width: Int, height: Int, frames: Int
                var best_ms: Double, median_ms: Double, p95_ms: Double, cpu_median_ms: Double
            }
            try CLI.emitJSON(Report(view: view, width: dims[0], height: dims[1], frames: t.count, best_ms: t[0] * 1000,
                                    median_ms: t[t.count / 2] * 1000, p95_ms: t[min(t.count - 1, t.count * 95 / 100)] * 1000,
                                    cpu_median_ms: c[c.count / 2] * 1000))
        } catch {
            CLI.printError("\(error)")
            throw ExitCode(1)
        }
    }
}
