import ArgumentParser
import Foundation
import ParallaxCore

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "People mentioned in a story or library, most mentioned first.",
        discussion: """
            Text output: one row per person with the number of name mentions in each outlet.

            JSON: {"people": [{"name", "aliases", "mentions": [{"article", "paragraph", "start", "end", "text", "kind"}]}]} \
            with start/end as Unicode-scalar offsets into the paragraph text and kind "name" or "epithet".

            Given a library, every story is covered and people are merged by full name.
            """)

    @Argument(help: "A story folder (or a library of story folders).")
    var path: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let library = try CLI.loadLibrary(path, analysis: true)
        let index = PeopleIndex.build(library: library)
        if json {
            try CLI.emitJSON(index)
            return
        }
        CLI.printText(PeopleTable.render(index, library: library), terminator: "")
    }
}

/// The `people` text form: a table of name mentions per outlet.
enum PeopleTable {
    static func render(_ index: PeopleIndex, library: Library) -> String {
        if index.people.isEmpty { return "No people found.\n" }
        let articles = library.stories.flatMap { s in s.articles.map { (s.id, $0) } }
        let multiStory = library.stories.count > 1
        let nameWidth = min(32, max(4, index.people.map { DisplayWidth.of($0.name) }.max() ?? 4))
        var out = ""
        if !multiStory && articles.count <= 8 {
            // One column per outlet.
            let headers = articles.map { short($0.1.displayName, 12) }
            let widths = headers.map { max(3, DisplayWidth.of($0)) }
            out += pad("Person", nameWidth) + "  " + pad("All", 4)
            for (h, w) in zip(headers, widths) { out += "  " + pad(h, w) }
            out += "\n"
            for p in index.people {
                let counts = p.mentionCounts(kind: .name)
                out += pad(short(p.name, nameWidth), nameWidth) + "  " + pad(String(p.nameMentions.count), 4)
                for ((_, a), w) in zip(articles, widths) {
                    out += "  " + pad(counts[a.id].map(String.init) ?? "-", w)
                }
                out += "\n"
            }
            return out
        }
        // Many outlets: list the outlets that mention each person.
        var outletOf: [String: String] = [:]
        for (_, a) in articles { outletOf[a.id] = a.displayName }
        for p in index.people {
            var perOutlet: [String: Int] = [:]
            for m in p.nameMentions { perOutlet[outletOf[m.article] ?? m.article, default: 0] += 1 }
            let list = perOutlet.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            out += pad(short(p.name, nameWidth), nameWidth) + "  " + pad(String(p.nameMentions.count), 5) + "  " + list + "\n"
        }
        return out
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - DisplayWidth.of(s)))
    }

    static func short(_ s: String, _ width: Int) -> String {
        guard DisplayWidth.of(s) > width else { return s }
        var out = ""
        for c in s {
            if DisplayWidth.of(out) + DisplayWidth.of(c) > width - 1 { break }
            out.append(c)
        }
        return out + "…"
    }
}
