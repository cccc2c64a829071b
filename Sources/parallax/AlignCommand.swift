import ArgumentParser
import ParallaxCore

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "align", abstract: "Group what every outlet of a story reports.")

    @Argument(help: "Paths.")
    var paths: [String] = []

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        CLI.printError("align: not implemented yet")
        throw ExitCode(70)
    }
}
