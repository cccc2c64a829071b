import ArgumentParser
import ParallaxCore

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "people", abstract: "People mentioned in a story or library.")

    @Argument(help: "Paths.")
    var paths: [String] = []

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        CLI.printError("people: not implemented yet")
        throw ExitCode(70)
    }
}
