import ArgumentParser
import ParallaxCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the stories and articles under PATH.",
        discussion: "Files that cannot be loaded are reported on stderr, one line each; the rest are listed.")

    @Argument(help: "A story folder or a library of story folders.")
    var path: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let lib = try CLI.loadLibrary(path)
        if json { try CLI.emitJSON(LibraryListing(lib)); return }
        // Fields are made terminal-safe before they are measured, so the columns line up.
        func safe(_ s: String) -> String { TerminalSafeText.sanitize(s, multiline: false) }
        for s in lib.stories {
            CLI.printText("\(safe(s.id))  (\(s.articles.count) article\(s.articles.count == 1 ? "" : "s"))  \(safe(s.title))")
            let ids = s.articles.map { safe($0.id) }
            let names = s.articles.map { safe($0.outlet ?? "-") }
            let idWidth = ids.map { DisplayWidth.of($0) }.max() ?? 0
            let nameWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
            // A paste without a headline is listed by its lead, as in the reader's library (JSON keeps `title` null).
            for (i, a) in s.articles.enumerated() {
                let id = ids[i] + String(repeating: " ", count: idWidth - DisplayWidth.of(ids[i]))
                let name = names[i] + String(repeating: " ", count: nameWidth - DisplayWidth.of(names[i]))
                let words = String(a.wordCount)
                CLI.printText("  \(id)  \(name)  \(a.date ?? "----------")  \(String(repeating: " ", count: max(0, 5 - words.count)))\(words) words  \(safe(a.title ?? a.untitledLead.map { "(no headline) " + $0 } ?? ""))")
            }
        }
    }
}
