import ArgumentParser
import ParallaxCore

struct DetailsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "details",
        abstract: "Hard details (numbers, money, dates, durations, named objects) and whether outlets agree.",
        discussion: """
            Each detail is `conflict` (outlets give incompatible values for the same thing), `agree` (two or \
            more outlets give compatible values: "two" = "a pair of", "11 years" fits "more than a decade"), \
            or `single` (one outlet only). Conflicts are listed first.
            """)

    @Argument(help: "A story folder.")
    var story: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Flag(help: "Also list details only one outlet gives (text output; JSON always has them).")
    var all = false

    func run() throws {
        let s = try CLI.loadStory(story, analysis: true)
        let ledger = DetailLedger.build(story: s)
        if json {
            try CLI.emitJSON(DetailsJSON(ledger: ledger))
            return
        }
        let names = Dictionary(uniqueKeysWithValues: s.articles.map { ($0.id, $0.displayName) })
        let shown = ledger.details.filter { all || $0.status != .single }
        let singles = ledger.details.count - shown.count
        if shown.isEmpty { CLI.printText("No details shared between outlets in \(s.id).") }
        let kindWidth = max(4, shown.map(\.kind.count).max() ?? 4)
        for d in shown {
            let head = d.status.rawValue.uppercased().padding(toLength: 9, withPad: " ", startingAt: 0)
                + d.kind.padding(toLength: kindWidth + 2, withPad: " ", startingAt: 0)
            for (n, c) in d.claims.enumerated() {
                let lead = n == 0 ? head : String(repeating: " ", count: head.count)
                CLI.printText("\(lead)\(names[c.article] ?? c.article) ¶\(c.paragraph)  “\(c.text)”")
            }
        }
        if singles > 0 && !all { CLI.printText("(\(singles) details given by one outlet only; --all lists them)") }
    }
}

/// `details --json` contract.
struct DetailsJSON: Encodable {
    struct Claim: Encodable { var article: String; var paragraph: Int; var text: String }
    struct Item: Encodable { var kind: String; var status: String; var claims: [Claim] }
    var details: [Item]

    init(ledger: DetailLedger) {
        details = ledger.details.map { d in
            Item(kind: d.kind, status: d.status.rawValue, claims: d.claims.map { Claim(article: $0.article, paragraph: $0.paragraph, text: $0.text) })
        }
    }
}
