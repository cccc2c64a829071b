import ArgumentParser
import ParallaxCore

@main
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Read how different outlets report the same story, side by side.",
        discussion: """
            A story is a folder of articles (*.txt, *.md) about one event; a library is a folder of stories.

            Without a subcommand, opens the interactive reader on PATH (default: articles/).

            Exit codes: 0 success, 1 bad input (missing path, unreadable or non-text file, no match), \
            64 usage error, 130 interrupted.
            """,
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, ListCommand.self, ReadCommand.self, DiffCommand.self, AlignCommand.self,
            QuotesCommand.self, DetailsCommand.self, PeopleCommand.self, MentionsCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Parses a named subcommand's arguments as that subcommand alone, and only when that fails (help,
    /// `--version`, completion scripts, any mistake) the whole command tree the usual way, which then
    /// reports it exactly as before. Parsing is free of side effects, so trying twice changes nothing; the
    /// tree costs 2 ms of every run before any work starts (ArgumentParser builds and reflects over the
    /// arguments of every subcommand, twice: once to look for a completion-script request), a twentieth
    /// of a `diff` of two long articles.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // `diff` and `align` read the cleaning rules and the alignment's word lists first thing; they are
        // built on the idle core meanwhile (`Prewarm`).
        if let name = arguments.first, name == "diff" || name == "align" { Prewarm.analysisTables() }
        if arguments.first == "diff", let command = DiffFastArguments.parse(Array(arguments.dropFirst())) {
            do { try command.run() } catch { exit(withError: error) }
            return
        }
        if let name = arguments.first,
            let sub = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
            var command = try? sub.parseAsRoot(Array(arguments.dropFirst()))
        {
            do { try command.run() } catch { exit(withError: error) }
            return
        }
        main(nil)
    }
}
