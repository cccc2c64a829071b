import Testing
@testable import ParallaxCore

/// The rules behind the syndication page shapes (`SyndicationPasteTests`), each on sentences of our own: a page
/// printed to PDF with the count in its footer, a day printed twice and glued, a byline with the writer's address,
/// icon words, a reading-list and an editorial-standards prompt, a related video's caption, a portal's feed note,
/// and the writer's box a wire closes its page with.
@Suite struct SyndicationShapeRuleTests {
    func removed(_ a: Article, _ text: String) -> String? { a.removed.first { $0.text == text }?.reason }

    let body = [
        "The ferry company said on Tuesday that it would add a second boat to the island route from the spring, after months of complaints about queues.",
        "Harbour staff had warned for a year that the single vessel could not carry the summer traffic to the island.",
        "“We waited three hours in the rain last August,” said Ilse Marrow, who runs a bakery near the slipway.",
    ]
    let headline = "Ferry company adds second boat to island route"

    @Test func aGluedSecondDayStillReadsAsTheFirst() {
        #expect(DateParser.parse("Published On 4 Feb 20264 Feb 2026") == "2026-02-04")
        #expect(DateParser.parse("Published On 4 Feb 20265 Feb 2026") == "2026-02-04")
        // A year followed by a figure that starts no day is no date.
        #expect(DateParser.parse("4 Feb 20265") == nil)
        let a = pasted(["Island Post", headline, "By Ruth Calder", "Published On 4 Feb 20264 Feb 2026"] + body)
        #expect(a.date == "2026-02-04")
        #expect(a.paragraphs.map(\.text) == body)
    }

    @Test func aPrintedPagesCountFooterAndRepeatedTopGo() {
        let top = "Ferry company adds second boat | The Island Post"
        let address = "https://islandpost.example/news/2026/02/04/ferry-second-boat"
        for feed in ["\u{0C}", ""] {
            let a = pasted([top, address, "", headline, "By Ruth Calder", "February 4, 2026", "", body[0], "", body[1], "",
                            "1 of 2 2/4/2026, 9:05 AM", feed + top, address, "", body[2], "", "2 of 2 2/4/2026, 9:05 AM"])
            #expect(a.paragraphs.map(\.text) == body, "form feed: \(!feed.isEmpty)")
            #expect(a.outlet == "The Island Post")
            #expect(a.title == headline)
            #expect(removed(a, "1 of 2 2/4/2026, 9:05 AM") == "browser print footer")
            #expect(removed(a, address) == "running header of a printed page")
        }
    }

    @Test func aLineOnOnePageTopOnlyStays() {
        // Without a second page, or when the line opens only one page, nothing at the top is a running header.
        let a = pasted([headline, "By Ruth Calder", "February 4, 2026"] + body)
        #expect(a.title == headline)
        #expect(PageFurniture.repeatedPageTops(SourceLine.split(([headline, "x"] + body).joined(separator: "\n")), footers: []).isEmpty)
    }

    @Test func aBylineLosesTheWritersAddress() {
        let a = pasted(["THE ISLAND POST", headline, "By Ruth Calder (rcalder@islandpost.example)", "February 4, 2026"] + body)
        #expect(a.byline == "Ruth Calder")
        #expect(MetadataInference.bareByline("Ruth Calder <rcalder@islandpost.example>").name == "Ruth Calder")
    }

    @Test func iconWordsAndPromptsAreFurniture() {
        #expect(ChromeRules.reason(for: "mailto") == "share or social button")
        #expect(ChromeRules.reason(for: "share2") == "share or social button")
        #expect(ChromeRules.reason(for: "Accessibility help") == "site navigation")
        #expect(ChromeRules.reason(for: "Save stories to read later and build a reading list of your own.") == "save-for-later prompt")
        #expect(ChromeRules.reason(for: "Learn more about our editorial standards.") == "editorial-standards link")
        #expect(ChromeRules.reason(for: "Related video: Queues at the slipway in August (Island Post)") == "link to another article")
        #expect(ChromeRules.reason(for: "(Except for the headline, this story has not been edited by Island Post staff and is published from a syndicated feed.)")
                == "syndicated-feed note")
        // Story sentences that open with the same words stay.
        #expect(ChromeRules.reason(for: "Save the ferry, the islanders told the council in a letter signed by four hundred people.") == nil)
        #expect(ChromeRules.reason(for: "Related businesses on the quay said their takings had fallen by a third since the autumn.") == nil)
    }

    @Test func aWireBoxNamesTheWriterByTheFamilyName() {
        let a = pasted(["ISLAND WIRE", headline, "By RUTH CALDER", "February 4, 2026"] + body + ["RUTH CALDER",
                        "Calder covers shipping and the islands for Island Wire.", "mailto"])
        #expect(a.paragraphs.map(\.text) == body)
        #expect(removed(a, "Calder covers shipping and the islands for Island Wire.") == "writer's note")
    }

    @Test func aWritersBoxUnderTheStoryGoes() {
        let a = pasted(["Island Wire", headline, "By Ruth Calder", "February 4, 2026"] + body + ["Ruth Calder", "Island Wire Ltd",
                        "Ruth writes about ferries, harbours and the island economy."])
        #expect(a.paragraphs.map(\.text) == body)
        #expect(removed(a, "Island Wire Ltd") == "writer's box")
        // The writer named alone in the story's last lines, under one paragraph only, proves no box.
        let b = pasted(["Island Wire", headline, "By Ruth Calder", "February 4, 2026", body[0], "Ruth Calder", "Island Wire Ltd"])
        #expect(removed(b, "Island Wire Ltd") != "writer's box")
    }
}
