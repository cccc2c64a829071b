import Testing
@testable import ParallaxCore

/// Page furniture found by reading real copy from Iranian, Indian, German and US sites and from the seventh
/// blind story's findings (not in the repo), rebuilt on sentences of our own.
@Suite struct WorldPasteFindingsTests {
    let story = [
        "The harbour authority said on Tuesday that the new ferry timetable would start in March, a month later than planned.",
        "Officials blamed the delay on a shortage of trained crew, which has already cut services on two routes this winter.",
        "Passenger groups said the change would hit commuters from the islands hardest, since they have no other way to travel.",
    ]


    @Test func countersAndAPublishDateLabelAreNoOutletOrByline() {
        let a = pasted(["Hits: 412", "News ID: 77", "Publish Date: 14 March 2025 - 09:12", "Ferry timetable delayed by a month", ""] + story)
        #expect(a.outlet == nil)
        #expect(a.byline == nil)
        #expect(a.date == "2025-03-14")
        #expect(a.title == "Ferry timetable delayed by a month")
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aLoneLowerCaseWordInsideTheStoryIsAPicturesAltText() {
        // A regional Mexican paper's paste (real quake copy, not in the repo) kept its pictures' alt words.
        let a = pastedParagraphs(["Ferry timetable delayed by a month", story[0], "ferry", story[1], "img_2041", story[2]])
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.removed.filter { $0.reason == "photo's alt text" }.map(\.text) == ["ferry", "img_2041"])
        // a capitalised word or one with punctuation is no alt text; nor is a word outside the running prose
        let b = pastedParagraphs(["Ferry timetable delayed by a month", story[0], "Why?", story[1], story[2], "share"])
        #expect(b.paragraphs.map(\.text).contains("Why?"))
        #expect(!b.removed.contains { $0.reason == "photo's alt text" })
    }

    @Test func aCaptionClosedByItsAgencysBareName() {
        // A US network's page (real crash copy, not in the repo): the caption's credit after its last full stop.
        let caption = "A farmer photographs the wreckage in a field near the town, on Sun., March 10, 2019. Reuters"
        let a = pastedParagraphs(["Ferry timetable delayed by a month", story[0], caption, story[1], story[2]])
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.removed.contains { $0.text == caption && $0.reason == ChromeRules.captionReason })
        // a wire's last paragraph signed the same way reports speech and stays
        let signed = "The talks will resume in Geneva next week, the minister said. AFP"
        #expect(pastedParagraphs(["Ferry timetable delayed by a month"] + story + [signed]).paragraphs.last?.text == signed)
    }

    @Test func aLinkToTheLivePageIsNoParagraph() {
        // A US station's copy of a network story (real crash copy, not in the repo): "Live updates" between paragraphs.
        for line in ["Live updates", "Live update:", "LIVE UPDATES"] {
            #expect(ChromeRules.reason(for: line) == "live-blog controls", "\(line)")
        }
        #expect(ChromeRules.reason(for: "Live updates from the count will follow through the night.") == nil)
    }

    @Test func aBarOfTeasersWithAnEmojiIsNoHeadline() {
        // A US paper's page (real quake copy, not in the repo): the site's bar of teasers over the headline.
        let a = pasted(["Morning brief ☀️ Storm names for 2026 Best bridges in the valley", "",
                        "Ferry timetable delayed by a month", "", "Ruth Kerrigan and Tom Aske"] + story)
        #expect(a.title == "Ferry timetable delayed by a month")
        #expect(a.byline == "Ruth Kerrigan and Tom Aske")
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aTickerOfTimedTeasersOverTheHeadline() {
        // A UK site's page (real copy, not in the repo): "Latest" over teasers with their age glued on.
        let a = pasted(["Latest", "Latest", "15m agoCouncil sells the old depot to a developer", "Latest",
                        "2h ago Bus lanes to open in spring", "", "Ferry timetable delayed by a month", ""] + story)
        #expect(a.title == "Ferry timetable delayed by a month")
        #expect(a.paragraphs.map(\.text) == story)
        #expect(ChromeRules.isTimedTeaser("15m agoCouncil sells the old depot"))
        #expect(!ChromeRules.isTimedTeaser("2 days ago, rescuers found a survivor under the stairs."))
        #expect(!ChromeRules.isTimedTeaser("3 years ago the ferry ran every hour."))
    }

    @Test func aLineWithoutCapitalsIsNoHeadline() {
        // A blog's repost (real copy, not in the repo) opens with the picture's alt text.
        let a = pasted(["ferry timetable delay harbour", story[0], "", story[1], "", story[2]])
        #expect(a.title == nil)
        #expect(a.removed.contains { $0.text == "ferry timetable delay harbour" })
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func creditsAndSignOffsClosingThePage() {
        for tail in ["(Report & Photo courtesy Harbour Media)", "jrk/ab (Reuters, AFP, dpa)", "Article Source: harbournews.example",
                     "Corrections and clarifications | Submit a news tip | Report error",
                     "Tom Brandt is the Gazette's transport correspondent. Reach him at tbrandt@gazette.example.",
                     "Tom Brandt can be reached at tbrandt@gazette.example.",
                     "Support independent local news. Become a member today →",
                     "Republish this story for free under our Creative Commons licence."]
        {
            let a = pasted(["Ferry timetable delayed by a month", ""] + story + ["", tail])
            #expect(a.paragraphs.map(\.text) == story, "\(tail)")
        }
    }

    @Test func aPrintEditionsJumpLines() {
        let a = pasted(["Ferry timetable delayed by a month", ""] + [story[0], "", "See FERRY, Page A4", "", "FERRY | From A1", "", story[1], "", story[2]])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func anUpdateAfterABarAndButtonsOverTheHeadline() {
        let a = pasted(["Watch Harbour Radio News", "Ferry timetable delayed by a month", "Published Mar. 4, 2025 at 7:45 p.m. | Updated Mar. 5, 2025 at 8:10 a.m.", "Social Sharing", ""] + story)
        #expect(a.date == "2025-03-04")
        #expect(a.outlet == "Harbour Radio News")
        #expect(a.paragraphs.map(\.text) == story)
        let b = pasted(["Celebrity NewsEntertainment News", "", "Ferry timetable delayed by a month", ""] + story)
        #expect(b.outlet == nil)
        // A tagline in sentence case names no outlet.
        let c = pasted(["Nonprofit, nonpartisan news for the islands", "", "Ferry timetable delayed by a month", ""] + story)
        #expect(c.outlet != "Nonprofit, nonpartisan news for the islands")
    }

    @Test func aCompanyAndItsTickerAreNoDateline() {
        let first = "Harbour Communications (HRBC) – shares rose on Thursday after the ferry maker agreed a new merger with a rival."
        let a = pasted(["Ferry maker agrees merger", "", first] + story)
        #expect(a.outlet == nil)
        #expect(a.paragraphs.first?.text == first)
    }
}
