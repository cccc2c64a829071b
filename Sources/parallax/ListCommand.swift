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
        for s in lib.stories {
            print("\(s.id)  (\(s.articles.count) article\(s.articles.count == 1 ? "" : "s"))  \(s.title)")
            let idWidth = s.articles.map(\.id.count).max() ?? 0
            let nameWidth = s.articles.map { DisplayWidth.of($0.outlet ?? "-") }.max() ?? 0
            for a in s.articles {
                let id = a.id + String(repeating: " ", count: idWidth - a.id.count)
                let outlet = a.outlet ?? "-"
                let name = outlet + String(repeating: " ", count: nameWidth - DisplayWidth.of(outlet))
                let words = String(a.wordCount)
                print("  \(id)  \(name)  \(a.date ?? "----------")  \(String(repeating: " ", count: max(0, 5 - words.count)))\(words) words  \(a.title ?? "")")
            }
        }
    }
}
