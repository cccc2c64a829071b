import ArgumentParser
import Foundation
import ParallaxCore

struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "Every mention of one person, with context.",
        discussion: """
            NAME matches the person's full name or any alias, case-insensitively ("xi", "President Lee").

            JSON: {"person": name, "mentions": [{"article", "paragraph", "start", "end", "text", "kind", "context"}]}.

            No match: exit 1 with the closest names.
            """)

    @Argument(help: "A story folder (or a library of story folders).")
    var path: String

    @Argument(help: "The person's name or alias (several words may be given unquoted).")
    var name: [String]

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        if name.isEmpty { throw ValidationError("Missing expected argument '<name>'") }
    }

    func run() throws {
        let library = try CLI.loadLibrary(path, analysis: true)
        let index = PeopleIndex.build(library: library)
        let query = name.joined(separator: " ")
        guard let person = index.person(matching: query) else {
            let close = index.closestNames(to: query, limit: 5)
            let hint = close.isEmpty ? "no people found" : "closest: " + close.joined(separator: ", ")
            CLI.printError("\(path): no person matching \"\(query)\" (\(hint))")
            throw ExitCode(1)
        }
        var paragraphs: [String: Paragraph] = [:]
        var outlets: [String: String] = [:]
        for s in library.stories {
            for a in s.articles {
                outlets[a.id] = a.displayName
                for p in a.paragraphs { paragraphs[a.id + "\u{1}" + String(p.index)] = p }
            }
        }
        let items = person.mentions.map { m -> MentionWithContext in
            let text = paragraphs[m.article + "\u{1}" + String(m.paragraph)]?.text ?? ""
            return MentionWithContext(mention: m, context: MentionContext.snippet(text, m.start, m.end))
        }
        if json {
            try CLI.emitJSON(MentionsOutput(person: person.name, mentions: items))
            return
        }
        let epithets = person.mentions.filter { $0.kind == .epithet }.count
        let labels = person.mentions.filter { $0.kind == .label }.count
        CLI.printText("\(person.name): \(Plural.count(person.nameMentions.count, "name mention"))"
            + (epithets > 0 ? ", " + Plural.count(epithets, "epithet") : "")
            + (labels > 0 ? ", " + Plural.count(labels, "turn label") : ""))
        for it in items {
            let m = it.mention
            let tag = m.kind == .epithet ? " (epithet)" : m.kind == .label ? " (turn label)" : ""
            CLI.printText("\(outlets[m.article] ?? m.article) ¶\(m.paragraph + 1)\(tag): \(it.context)")
        }
    }
}

struct MentionWithContext: Encodable {
    var mention: Mention
    var context: String
    enum CodingKeys: String, CodingKey { case article, paragraph, start, end, text, kind, context }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mention.article, forKey: .article)
        try c.encode(mention.paragraph, forKey: .paragraph)
        try c.encode(mention.start, forKey: .start)
        try c.encode(mention.end, forKey: .end)
        try c.encode(mention.text, forKey: .text)
        try c.encode(mention.kind, forKey: .kind)
        try c.encode(context, forKey: .context)
    }
}

struct MentionsOutput: Encodable {
    var person: String
    var mentions: [MentionWithContext]
}
