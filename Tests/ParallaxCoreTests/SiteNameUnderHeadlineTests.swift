import Testing
@testable import ParallaxCore

/// A site's name alone between the headline and the story names the outlet, not the writer (a sports
/// portal's paste on real copy was credited "by" its own name).
@Suite struct SiteNameUnderHeadlineTests {
    let story = [
        "The home side won the cup final on penalties on Sunday after a goalless two hours in driving rain.",
        "Their goalkeeper saved the last two kicks, and the captain said the squad had practised the shootout all week.",
    ]


    @Test func aSportsSiteUnderTheHeadlineIsTheOutlet() {
        let a = pasted(["Home side lift the cup after a shootout in the rain", "", "Harbour Sports", "", story[0], "", story[1]])
        #expect(a.outlet == "Harbour Sports")
        #expect(a.byline == nil)
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aDeskUnderTheReportersNameIsNoOutlet() {
        let a = pasted(["Home side lift the cup after a shootout in the rain", "", "Jane Holt", "City Bureau", "", story[0], "", story[1]])
        #expect(a.outlet != "City Bureau")
        #expect(a.paragraphs.map(\.text) == story)
    }
}
