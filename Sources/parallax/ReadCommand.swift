import ArgumentParser
import ParallaxCore

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Print one cleaned article.")

    @Argument(help: "An article file (*.txt or *.md).")
    var file: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Flag(help: "Also list the lines cleaning removed, with the reason.")
    var showRemoved = false

    func run() throws {
        let a = try CLI.loadArticle(file)
        if json { try CLI.emitJSON(a); return }
        for p in a.paragraphs { print(p.text); print() }
    }
}
