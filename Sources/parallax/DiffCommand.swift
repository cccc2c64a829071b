import ArgumentParser
import Foundation
import ParallaxCore

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "Compare two articles side by side.",
        discussion: """
            Pairs the paragraphs and sentences that report the same thing, even when reordered, split or \
            paraphrased. Gutter marks: = same, ~ changed, < only left, > only right, m moved.

            Without colour, changed words are shown as [-left-]{+right+}.
            """)

    @Argument(help: "The left article file.")
    var left: String

    @Argument(help: "The right article file.")
    var right: String

    @Option(help: "Total output width in terminal cells (default: terminal width, else 120).")
    var width: Int?

    @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorMode = .auto

    @Option(help: "story: when both files sit in one story folder of 3 to 25 articles, its other outlets vouch for links, as in the reader's compare view; pair: the two files alone.")
    var context: DiffContext = .story

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        if let w = width, w < 21 { throw ValidationError("--width must be at least 21") }
    }

    func run() throws {
        let articles = try CLI.loadArticles([left, right], analysis: true)
        let aligner: StoryAligner
        let alignment: PairAlignment
        if context == .story {
            let story = StoryContext.articles(left: articles[0], right: articles[1]) { AnalysisLimit.limit($0).article }
            aligner = StoryAligner(articles: story.articles)
            alignment = aligner.pair(story.left, story.right, onlyThisPair: true)
        } else {
            aligner = StoryAligner(articles: articles)
            alignment = aligner.pair(0, 1)
        }
        // The aligner (the articles' features) and the alignment live until the exit: freeing them is work
        // nobody waits for (`CLI.finish`).
        if json { CLI.finish(keeping: aligner, alignment, try CLI.emitJSON(alignment)) }
        let renderer = SideBySideRenderer(width: width ?? Terminal.width() ?? 120, color: color.enabled)
        let text = renderer.render(alignment)
        print(text, terminator: "")
        CLI.finish(keeping: aligner, alignment, text)
    }
}

enum DiffContext: String, ExpressibleByArgument, CaseIterable {
    case story, pair
}

enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    var enabled: Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return !noColor && isatty(STDOUT_FILENO) == 1
        }
    }
}

enum Terminal {
    /// Columns of the terminal on stdout, or nil when stdout is not a terminal.
    static func width() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var ws = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 else { return nil }
        return Int(ws.ws_col)
    }
}
