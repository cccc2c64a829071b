import ArgumentParser
import ParallaxCore

struct DetailsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "details", abstract: "Hard details (numbers, dates, objects) and whether outlets agree.")

    @Argument(help: "Paths.")
    var paths: [String] = []

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        CLI.printError("details: not implemented yet")
        throw ExitCode(70)
    }
}
