import Foundation
import Testing
@testable import ParallaxCore

/// The demo library in `articles/` is what `make run` opens and what the hand-made gold in `Tests/Gold/`
/// refers to; these tests keep both usable as the cleaner evolves.
@Suite struct DemoLibraryTests {
    static let repo = RepositoryPaths.root
    static let articlesPath = repo.appendingPathComponent("articles").path
    static let goldPath = repo.appendingPathComponent("Tests/Gold").path

    /// Raw text of an article file, as lines (1-based access via `lines[n - 1]`).
    static func rawLines(story: String, file: String) throws -> [String] {
        let path = (articlesPath as NSString).appendingPathComponent("\(story)/\(file)")
        return try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    }

    /// Whether the file starts with an explicit header (`Key: value` lines or `---` front matter).
    static func hasHeader(_ lines: [String]) -> Bool {
        guard let first = lines.first else { return false }
        return first == "---" || first.hasPrefix("Outlet:")
    }

    static func library() throws -> Library { try LibraryLoader.load(path: articlesPath) }

    @Test func atLeastTwoStoriesOfFourArticles() throws {
        let lib = try Self.library()
        #expect(lib.errors.isEmpty, "\(lib.errors)")
        #expect(lib.stories.count >= 2)
        for story in lib.stories {
            #expect(story.articles.count >= 4, "\(story.id) has \(story.articles.count) articles")
        }
    }

    @Test func articlesAreLongEnough() throws {
        for story in try Self.library().stories {
            for article in story.articles {
                #expect(article.wordCount > 300, "\(story.id)/\(article.id): \(article.wordCount) words")
            }
        }
    }

    @Test func headerFilesHaveTitleOutletAndDate() throws {
        for story in try Self.library().stories {
            for article in story.articles {
                let file = (article.path as NSString).lastPathComponent
                guard Self.hasHeader(try Self.rawLines(story: story.id, file: file)) else { continue }
                #expect(article.title?.isEmpty == false, "\(story.id)/\(file) has no title")
                #expect(article.outlet?.isEmpty == false, "\(story.id)/\(file) has no outlet")
                #expect(article.date?.range(of: #"^20\d\d-\d\d-\d\d$"#, options: .regularExpression) != nil, "\(story.id)/\(file) date \(article.date ?? "nil")")
            }
        }
    }

    /// Gold refers to paragraphs by their first raw line; the loader must start a paragraph exactly there,
    /// or every accuracy figure measured against the gold is off.
    @Test func everyGoldLineStartsALoadedParagraph() throws {
        let lib = try Self.library()
        for story in Self.demoStories {
            let loaded = try #require(lib.stories.first { $0.id == story })
            var refs: [(String, Int)] = []
            for link in try Self.gold(AlignGold.self, story: story, file: "align.json").links {
                for ref in [link.a, link.b] {
                    let parts = ref.split(separator: ":")
                    refs.append((String(parts[0]), Int(parts[1]) ?? 0))
                }
            }
            refs += try Self.gold(QuotesGold.self, story: story, file: "quotes.json").quotes.map { ($0.article, $0.line) }
            for (file, line) in refs {
                let article = try #require(loaded.articles.first { ($0.path as NSString).lastPathComponent == file })
                let check = {
                    #expect(article.paragraphs.contains { $0.sourceLines.lowerBound == line },
                            "\(story)/\(file):\(line) does not start a paragraph after loading")
                }
                if Self.knownJoins.contains("\(story)/\(file):\(line)") {
                    withKnownIssue("joined to the paragraph before by the cleaner (blind6 findings)", check)
                } else {
                    check()
                }
            }
        }
    }

    /// Gold paragraphs the cleaner joins to the one before, found on a blind story's first run and handed to
    /// ingestion (`/work/notes/blind6-findings.md` item 6: an embedded post's text after a blank line joined to
    /// the sentence introducing it). Once fixed, the known issue is no longer recorded and this test fails.
    /// (The first one, eileen-carrow-obituary/daily-flare-paste.txt:42, is fixed: "on X." is no initial.)
    /// (`ashby-resignation/westmarch-herald-print.txt:12`, a print edition's drop cap, is fixed: `DropCaps` puts
    /// the letter back on its word and starts the paragraph at the letter's line.)
    static let knownJoins: Set<String> = []

    @Test func everyStoryHasARawPasteWithoutHeader() throws {
        for story in try Self.library().stories {
            let raw = try story.articles.map { try Self.rawLines(story: story.id, file: ($0.path as NSString).lastPathComponent) }
            #expect(raw.contains { !Self.hasHeader($0) }, "\(story.id) has no headerless paste")
        }
    }

    // MARK: gold references

    struct AlignGold: Decodable { struct Link: Decodable { var a: String; var b: String }; var links: [Link] }
    struct QuotesGold: Decodable {
        struct Quote: Decodable {
            var article: String; var line: Int; var ordinal: Int; var speaker: String?; var partial: Bool
            var group: String; var text: String?
        }
        var quotes: [Quote]
    }
    struct PeopleGold: Decodable {
        struct Person: Decodable { var name: String; var mentions: [String: Int] }
        var people: [Person]; var not_people: [String]
    }

    static func gold<T: Decodable>(_ type: T.Type, story: String, file: String) throws -> T {
        let url = URL(fileURLWithPath: goldPath).appendingPathComponent("\(story)/\(file)")
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    /// A gold reference must name an existing file of the story and the first line of a paragraph there.
    static func checkReference(story: String, file: String, line: Int) throws {
        let lines = try rawLines(story: story, file: file)
        try #require(line >= 1 && line <= lines.count, "\(story)/\(file):\(line) out of range")
        #expect(!lines[line - 1].trimmingCharacters(in: .whitespaces).isEmpty, "\(story)/\(file):\(line) is empty")
    }

    static var demoStories: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: articlesPath))?.filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: "\(articlesPath)/\($0)", isDirectory: &isDir) && isDir.boolValue
        }.sorted() ?? []
    }

    @Test func everyDemoStoryHasGold() throws {
        #expect(Self.demoStories.count >= 2)
        for story in Self.demoStories {
            for file in ["align.json", "quotes.json", "people.json"] {
                #expect(FileManager.default.fileExists(atPath: "\(Self.goldPath)/\(story)/\(file)"), "\(story)/\(file) missing")
            }
        }
    }

    @Test func alignGoldPointsAtParagraphsOfDifferentArticles() throws {
        for story in Self.demoStories {
            let gold = try Self.gold(AlignGold.self, story: story, file: "align.json")
            #expect(!gold.links.isEmpty)
            for link in gold.links {
                let ends = try [link.a, link.b].map { ref -> (String, Int) in
                    let parts = ref.split(separator: ":")
                    let line = try #require(parts.count == 2 ? Int(parts[1]) : nil, "bad reference \(ref)")
                    return (String(parts[0]), line)
                }
                #expect(ends[0].0 != ends[1].0, "\(story): link within one article \(link.a) \(link.b)")
                for (file, line) in ends { try Self.checkReference(story: story, file: file, line: line) }
            }
        }
    }

    @Test func quotesGoldPointsAtTheQuotedText() throws {
        for story in Self.demoStories {
            let gold = try Self.gold(QuotesGold.self, story: story, file: "quotes.json")
            #expect(!gold.quotes.isEmpty)
            for q in gold.quotes {
                try Self.checkReference(story: story, file: q.article, line: q.line)
                // The quote's first words must be in the paragraph that starts at `line`.
                let lines = try Self.rawLines(story: story, file: q.article)
                func block(_ from: Int) -> String {
                    lines[from...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: " ")
                }
                var paragraph = block(q.line - 1)
                // A print drop cap: one capital letter alone, its paragraph going on after the blank line.
                if paragraph.count == 1, q.line + 1 < lines.count { paragraph += block(q.line + 1) }
                paragraph = paragraph.replacingOccurrences(of: "\u{00A0}", with: " ")
                // A remark cut by its attribution (“My stomach dropped,” she said. “They know …”) or given in pieces
                // (“privately and clearly” … “until he is home”) is one gold quote whose text joins the pieces: the
                // words up to the end of the first piece (a comma, a stop, an ellipsis) are in order.
                var first = Array(try #require(q.text).split(separator: " ").prefix(4))
                if let k = first.firstIndex(of: "…") { first = Array(first[..<k]) }
                if let k = first.firstIndex(where: { $0.hasSuffix(",") || $0.hasSuffix(".") }) {
                    first = Array(first[...k])
                    first[k] = first[k].dropLast()
                }
                let start = first.joined(separator: " ")
                #expect(paragraph.contains(start), "\(story)/\(q.article):\(q.line) lacks “\(start)”")
            }
            let groups = Dictionary(grouping: gold.quotes, by: \.group)
            #expect(groups.values.contains { $0.count >= 2 }, "\(story): no quote carried by two outlets")
            #expect(gold.quotes.contains { $0.partial }, "\(story): no partial quote")
        }
    }

    @Test func peopleGoldNamesExistingFiles() throws {
        for story in Self.demoStories {
            let gold = try Self.gold(PeopleGold.self, story: story, file: "people.json")
            #expect(!gold.people.isEmpty && !gold.not_people.isEmpty)
            for person in gold.people {
                for (file, count) in person.mentions {
                    #expect(count > 0)
                    #expect(FileManager.default.fileExists(atPath: "\(Self.articlesPath)/\(story)/\(file)"),
                            "\(story): \(person.name) mentioned in missing \(file)")
                }
            }
        }
    }
}
