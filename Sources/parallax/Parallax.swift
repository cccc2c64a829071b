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
}
