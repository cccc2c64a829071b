import Testing
@testable import ParallaxCore

/// A sidebar of other stories, each headline with its date after a dash ("… - Nov 6, 2020"), pasted over the
/// story: links, neither a paragraph nor the title (a known leftover of stop 32). Our own sentences.
@Suite struct DatedTeaserTests {
    let story = [
        "The storm flattened sea walls along forty miles of coast on Sunday, and crews were still clearing roads on Monday.",
        "The coastguard said two boats were still missing and that the search would continue through the night.",
    ]

    @Test func aSidebarOfDatedHeadlinesIsLinks() {
        let a = pasted(["Harbour council approves new ferry terminal - Nov 6, 2020", "Island school reopens after the long storm repairs - Nov 5, 2020",
                        "Tram depot plan sent back to the planning committee – 4 November 2020", "",
                        "Storm leaves trail of damage across the coast", "", story[0], "", story[1]])
        #expect(a.title == "Storm leaves trail of damage across the coast")
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.removed.filter { $0.reason == "link to another article" }.count == 3)
    }

    @Test func oneDatedLineOrABylineStays() {
        // One headline with its date is no sidebar; a byline with a date is no headline.
        #expect(!Cleaner.isDatedTeaser("By Jane Roe and Tom Hale - Nov 6, 2020"))
        #expect(Cleaner.isDatedTeaser("Harbour council approves new ferry terminal - Nov 6, 2020"))
        #expect(!Cleaner.isDatedTeaser("The council approved the terminal. - Nov 6, 2020"))
        let a = pasted(["Storm leaves trail of damage across the coast - Nov 6, 2020", "", story[0], "", story[1]])
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.title?.hasPrefix("Storm leaves trail of damage across the coast") == true)
    }
}
