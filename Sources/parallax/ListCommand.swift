import ArgumentParser
import ParallaxCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the stories and articles under PATH.")

    @Argument(help: "A story folder or a library of story folders.")
    var path: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let lib = try CLI.loadLibrary(path)
        for s in lib.stories {
            print("\(s.id)  (\(s.articles.count) articles)  \(s.title)")
            for a in s.articles { print("  \(a.id)  \(a.displayName)  \(a.date ?? "-")  \(a.wordCount) words  \(a.title ?? "")") }
        }
    }
}
