import ArgumentParser
import ParallaxCore

struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mentions", abstract: "Every mention of one person.")

    @Argument(help: "Paths.")
    var paths: [String] = []

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        CLI.printError("mentions: not implemented yet")
        throw ExitCode(70)
    }
}
