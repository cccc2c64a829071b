import ArgumentParser
import ParallaxCore

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "The quote ledger of a story: every direct quote, who said it, which outlets carry it.",
        discussion: """
            Quotes carried by several outlets are grouped; `verbatim` means every outlet has the same words \
            (up to quote style, case, punctuation and contractions), `variant` that wording differs or an outlet \
            quotes only part, `single` that one outlet carries it.
            """)

    @Argument(help: "A story folder.")
    var story: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let s = try CLI.loadStory(story, analysis: true)
        let ledger = QuoteLedger.build(story: s)
        if json {
            try CLI.emitJSON(QuotesJSON(story: s, ledger: ledger))
            return
        }
        let names = Dictionary(uniqueKeysWithValues: s.articles.map { ($0.id, $0.displayName) })
        if ledger.quotes.isEmpty { CLI.printText("No direct quotes found in \(s.id).") }
        for g in ledger.quotes {
            CLI.printText("#\(g.id)  \(g.speaker ?? "(unknown speaker)")  [\(g.agreement.rawValue), \(g.outletCount) outlet\(g.outletCount == 1 ? "" : "s")]")
            CLI.printText("    “\(g.text)”")
            for i in g.instances {
                var flags: [String] = []
                if i.partial { flags.append("partial") }
                if i.nested { flags.append("nested") }
                if i.speaker != g.speaker { flags.append("speaker: \(i.speaker ?? "unknown")") }
                let tail = flags.isEmpty ? "" : "  (" + flags.joined(separator: ", ") + ")"
                CLI.printText("    - \(names[i.article] ?? i.article) ¶\(i.paragraph)\(tail)")
                for c in i.changes { CLI.printText("        " + Self.change(c.canonical, c.instance)) }
            }
            CLI.printText()
        }
    }

    /// One word change of an instance against the group's wording; ∅ marks words one side does not have (a
    /// trimmed quote leaves words out), as the compare view's row details do.
    static func change(_ canonical: String, _ instance: String) -> String {
        (canonical.isEmpty ? "∅" : "“\(canonical)”") + " → " + (instance.isEmpty ? "∅" : "“\(instance)”")
    }
}

/// `quotes --json` contract.
struct QuotesJSON: Encodable {
    struct ArticleRef: Encodable {
        var id: String
        @NullWhenAbsent var outlet: String?
        @NullWhenAbsent var title: String?
    }
    struct Change: Encodable { var canonical: String; var instance: String }
    struct Instance: Encodable {
        var article: String
        var paragraph: Int
        var start: Int
        var end: Int
        var text: String
        @NullWhenAbsent var speaker: String?
        var partial: Bool
        var nested: Bool
        var changes: [Change]
    }
    struct Group: Encodable {
        var id: Int
        @NullWhenAbsent var speaker: String?
        var text: String
        var agreement: String
        var instances: [Instance]
    }
    var articles: [ArticleRef]
    var quotes: [Group]

    init(story: Story, ledger: QuoteLedger) {
        articles = story.articles.map { ArticleRef(id: $0.id, outlet: $0.outlet, title: $0.title) }
        quotes = ledger.quotes.map { g in
            Group(id: g.id, speaker: g.speaker, text: g.text, agreement: g.agreement.rawValue, instances: g.instances.map { i in
                Instance(article: i.article, paragraph: i.paragraph, start: i.start, end: i.end, text: i.text, speaker: i.speaker,
                         partial: i.partial, nested: i.nested, changes: i.changes.map { Change(canonical: $0.canonical, instance: $0.instance) })
            })
        }
    }
}
