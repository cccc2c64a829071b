import Testing
@testable import ParallaxCore

@Suite struct HeaderParserTests {
    @Test func keyValueHeader() {
        let a = ArticleLoader.parse(text: """
            Outlet: City Ledger
            Title: Rates cut
            Author: Tom Achebe
            Date: 7 August 2025
            URL: https://cityledger.example/x

            The Bank cut rates on Thursday, the first cut since the spring meeting of the committee.
            """, id: "a", path: "a.txt")
        #expect(a.outlet == "City Ledger")
        #expect(a.title == "Rates cut")
        #expect(a.byline == "Tom Achebe")
        #expect(a.date == "2025-08-07")
        #expect(a.url == "https://cityledger.example/x")
        #expect(a.paragraphs.count == 1)
        #expect(a.paragraphs[0].sourceLines == 7...7)
        #expect(a.removed.map(\.line) == [1, 2, 3, 4, 5])
    }

    @Test func frontMatter() {
        let a = ArticleLoader.parse(text: "---\ntitle: \"Quoted title\"\noutlet: Wire\ndate: 2025-11-03\ntags: [a, b]\n---\nBody text of the story goes on for a while here.\n", id: "b", path: "b.md")
        #expect(a.title == "Quoted title")
        #expect(a.outlet == "Wire")
        #expect(a.date == "2025-11-03")
        #expect(a.paragraphs.map(\.sourceLines) == [7...7])
    }

    @Test func markdownHeadingsAndImages() {
        let text = "---\noutlet: Wire\n---\n\n# The headline of the piece\n\n![A photo](photo.jpg)\n\nThe council approved the new tram line on Monday after a long debate in the chamber.\n\n## What happens next\nWork starts next year, the mayor said, and the first trams will run in 2028.\n"
        let a = ArticleLoader.parse(text: text, id: "m", path: "m.md")
        #expect(a.title == "The headline of the piece")
        #expect(a.paragraphs.map(\.isHeading) == [false, true, false])
        #expect(a.paragraphs[1].text == "What happens next")
        #expect(a.removed.contains { $0.line == 7 && $0.reason == "image" })
    }

    @Test func headerWinsOverInference() {
        let a = ArticleLoader.parse(text: "Outlet: Mine\nDate: 2025-01-02\n\nSeoul (AFP) Nov 3, 2025\n\nThe president said on Monday that the talks would continue next week in Seoul.\n", id: "c", path: "c.txt")
        #expect(a.outlet == "Mine")
        #expect(a.date == "2025-01-02")
    }

    @Test func proseWithAColonIsNotAHeader() {
        let a = ArticleLoader.parse(text: "Seoul: The president said on Monday that the talks would continue next week.\n", id: "d", path: "d.txt")
        #expect(a.outlet == nil)
        #expect(a.paragraphs.count == 1)
        let b = ArticleLoader.parse(text: "Note: this is a short line\nWarning: another one\n\nBody.\n", id: "e", path: "e.txt")
        #expect(b.paragraphs.count == 3)
    }

    @Test func unreadableHeaderDateWarns() {
        let a = ArticleLoader.parse(text: "Title: T\nDate: sometime soon\n\nBody of the story that is long enough to count as prose here.\n", id: "f", path: "f.txt")
        #expect(a.date == nil)
        #expect(a.warnings.contains { $0.contains("sometime soon") })
    }

    @Test func dates() {
        #expect(DateParser.parse("Nov 3, 2025") == "2025-11-03")
        #expect(DateParser.parse("4 November 2025") == "2025-11-04")
        #expect(DateParser.parse("Monday, November 3rd, 2025") == "2025-11-03")
        #expect(DateParser.parse("Sept. 30, 2024") == "2024-09-30")
        #expect(DateParser.parse("2025-11-03T10:00:00Z") == "2025-11-03")
        #expect(DateParser.parse("Thu 7 Aug 2025 14.32 BST") == "2025-08-07")
        #expect(DateParser.parse("February 30, 2025") == nil)
        #expect(DateParser.parse("03/11/2025") == nil)
        #expect(DateParser.parse("in 2013") == nil)
    }

    @Test func bylinesDatelinesAndAgencies() {
        let a = ArticleLoader.parse(text: """
            Some Site
            WORLD
            A headline about a summit in the city

            by AFP Staff Writers
            Seoul (AFP) Nov 3, 2025

            The president said on Monday that the talks with the visiting leader would continue next week.
            """, id: "g", path: "g.txt")
        #expect(a.title == "A headline about a summit in the city")
        #expect(a.outlet == "AFP")
        #expect(a.byline == "AFP Staff Writers")
        #expect(a.date == "2025-11-03")
        #expect(a.paragraphs.count == 1)
        #expect(a.removed.map(\.line) == [1, 2, 3, 5, 6])
    }

    @Test func closingBylineWithDate() {
        let a = ArticleLoader.parse(text: """
            The president said on Monday that the talks with the visiting leader would continue next week.
            Example News Desk in Asia – 4 November 2025
            """, id: "h", path: "h.txt")
        #expect(a.date == "2025-11-04")
        #expect(a.outlet == "Example News")
        #expect(a.byline == "Example News Desk in Asia")
        #expect(a.title == nil)
    }

    @Test func aShortClauseWithADateIsNotADateLine() {
        let text = "The talks ended on Monday after the two leaders met for a second time in the city.\nThe deal was signed on 4 November 2025\nOfficials said the agreement would be published in full next week by the ministry."
        let a = ArticleLoader.parse(text: text, id: "j", path: "j.txt")
        #expect(a.paragraphs.count == 3)
        #expect(a.byline == nil)
    }

    @Test func personalBylineIsNotAnOutlet() {
        let a = ArticleLoader.parse(text: "A headline about rates and the economy\nBy Jane Doe, Economics Correspondent\n\nThe Bank cut rates on Thursday after two rounds of voting by its committee.\n", id: "i", path: "i.txt")
        #expect(a.byline == "Jane Doe")
        #expect(a.outlet == nil)
    }
}
