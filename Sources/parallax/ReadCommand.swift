import ArgumentParser
import Foundation
import ParallaxCore

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Print one cleaned article.",
        discussion: "Text output wraps to the terminal width (no wrapping when piped, unless --width is given).")

    @Argument(help: "An article file (*.txt or *.md).")
    var file: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Flag(help: "Also list the lines cleaning removed, with the reason.")
    var showRemoved = false

    @Option(help: "Wrap text at this many columns (0: do not wrap).")
    var width: Int?

    func run() throws {
        let a = try CLI.loadArticle(file)
        if json { try CLI.emitJSON(a); return }
        let w = width.map { $0 > 0 ? $0 : nil } ?? CLI.terminalWidth()
        CLI.printText(ArticlePrinter.render(a, width: w, showRemoved: showRemoved))
    }
}
