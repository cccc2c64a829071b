import ArgumentParser
import ParallaxCore

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes", abstract: "The quote ledger of a story.")

    @Argument(help: "Paths.")
    var paths: [String] = []

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        CLI.printError("quotes: not implemented yet")
        throw ExitCode(70)
    }
}
