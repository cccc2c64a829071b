import ArgumentParser
import ParallaxCore

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Compare two articles side by side.")

    @Argument(help: "Paths.")
    var paths: [String] = []

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        CLI.printError("diff: not implemented yet")
        throw ExitCode(70)
    }
}
