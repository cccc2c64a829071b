import Testing
@testable import ParallaxCore

/// A newsletter's tagline under its masthead ("Your 6am briefing on …", "Ten minutes. All the news.") is no
/// headline: the article's title is the top story's headline, or its section's label when the issue prints no
/// headline at all. A headline under a masthead stays the title. Issues of our own.
@Suite struct NewsletterTaglineTests {

    let story = [
        "The harbour board voted on Monday to sell the old ice factory to a housing trust for one pound.",
        "Board chair Fenella Drummond said the building had cost the port more than it earned for a decade.",
    ]
    let footer = ["Unsubscribe | Update preferences"]

    @Test func theTopStorysLabelReplacesATagline() {
        let a = pastedParagraphs(["View this email in your browser", "THE QUAYSIDE", "Your 7am briefing on the harbour and who runs it",
                                  "Tuesday 24 November 2026", "Morning all. One vote, one pound, one very old building.",
                                  "🧊 ICE FACTORY SOLD"] + story + footer)
        #expect(a.title == "ICE FACTORY SOLD")
    }

    @Test func aLeadInBeforeTheLabelGoes() {
        let a = pastedParagraphs(["View this email in your browser", "THE QUAYSIDE", "Ten minutes. All the harbour news.",
                                  "Tuesday 24 November 2026", "Morning all. One vote, one pound, one very old building.",
                                  "🌊 THE BIG STORY: THE ICE FACTORY"] + story + footer)
        #expect(a.title == "THE ICE FACTORY")
    }

    @Test func aHeadlineUnderTheMastheadStays() {
        let headline = "Harbour board sells the old ice factory for one pound"
        let a = pastedParagraphs(["View this email in your browser", "THE QUAYSIDE", headline, "Tuesday 24 November 2026"] + story + footer)
        #expect(a.title == headline)
    }

    @Test func aLabelTitleNeverNamesTheStory() {
        let label = pastedParagraphs(["View this email in your browser", "THE QUAYSIDE", "Your 7am briefing on the harbour and who runs it",
                                      "Tuesday 24 November 2026", "Morning all. One vote, one pound, one very old building.",
                                      "🧊 ICE FACTORY SOLD"] + story + footer)
        let report = pastedParagraphs(["Harbour board sells the old ice factory for one pound", "By Ines Carvalho", "24 November 2026"] + story)
        let release = pastedParagraphs(["HARBOUR BOARD AGREES SALE OF FORMER ICE FACTORY TO HOUSING TRUST FOR ONE POUND", "24 November 2026"] + story)
        #expect(Story(id: "s", path: "s", articles: [label, report]).title == "Harbour board sells the old ice factory for one pound")
        // A press release's headline in capitals gives way to a report's in ordinary case, and names the story
        // when it is the only title.
        #expect(Story(id: "s", path: "s", articles: [release, report]).title == report.title)
        #expect(Story(id: "s", path: "s", articles: [release]).title == release.title)
    }
}

