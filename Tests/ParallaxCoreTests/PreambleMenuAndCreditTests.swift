import Testing
@testable import ParallaxCore

/// The top of a page pasted from local and regional sites: a menu one item a line, a section named twice, a
/// caption shown twice, an alert banner; credits under the headline (a reporter over an agency, a job title
/// after a comma, an institution after a comma, the outlet between a name and a date); date lines with their
/// update and reading time; a standfirst over the byline; a guest writer's note.
@Suite struct PreambleMenuAndCreditTests {
    let story = [
        "The regional council voted on Wednesday to close three rural libraries and open a mobile service in their place.",
        "Council chief executive Petra Lindahl said the buses would visit each village twice a week from the start of July.",
        "Residents of the villages said a bus was no substitute for a building where children could study after school.",
    ]
    let headline = "Council votes to close three rural libraries and send a bus instead"


    @Test func aSectionNamedTwiceInAMenuIsNoHeadline() {
        let a = pasted(["The Valley Courier", "News", "Sport", "Business", "Weather", "Puzzles", "Opinion", "Travel", "Motoring",
                        "Property", "Jobs", "News", "Local News", headline, "By Hana Okafor", "4 March 2026"] + story)
        #expect(a.title == headline)
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aHeadlinePastTenMenuLinesIsFound() {
        let a = pasted(["Menu", "The Valley Courier", "Latest", "Premium", "Towns", "Region", "Sport", "Opinion", "Weather",
                        "Puzzles", "Local Democracy Reporting", headline, "Hana Okafor", "Local Democracy Reporter", "4 March 2026"] + story)
        #expect(a.title == headline)
        #expect(a.byline == "Hana Okafor")
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aCaptionShownTwiceIsNoHeadline() {
        let caption = "The library in Ashgrove will close in June. (Valley Courier)"
        let a = pasted(["The Valley Courier", headline, "By Hana Okafor", "4 March 2026", caption, caption] + story)
        #expect(a.title == headline)
    }

    @Test func anAlertBannerIsNoHeadline() {
        let a = pasted(["VALLEY 9", "News", "Weather", "WEATHER ALERT", "Flood watch in effect until 6 PM Thursday", headline,
                        "by Hana Okafor", "Wed, March 4th 2026 at 9:10 PM"] + story)
        #expect(a.title == headline)
        #expect(a.removed.contains { $0.reason == "alert banner" })
    }

    @Test func aReporterOverHerAgencyIsTheByline() {
        let a = pasted(["The Valley Courier", headline, "Hana Okafor", "Australian Associated Press", "March 4 2026 - 6:05pm"] + story)
        #expect(a.byline == "Hana Okafor")
        #expect(a.outlet == "AAP")
    }

    @Test func aJobTitleAfterTheCommaIsNoOutlet() {
        let a = pasted(["THE VALLEY COURIER", headline, "By Hana Okafor, News Reporter", "12:04, 4 Mar 2026"] + story)
        #expect(a.outlet == "THE VALLEY COURIER")
        #expect(a.byline == "Hana Okafor")
    }

    @Test func anInstitutionAfterTheCommaIsTheWritersNotTheOutlet() {
        let a = pasted(["Science Wire", "March 4, 2026", headline, "by Hana Okafor, Valley Institute of Rural Studies"] + story)
        #expect(a.byline == "Hana Okafor")
        #expect(a.outlet == "Science Wire")
    }

    @Test func theOutletBetweenTheWriterAndTheDate() {
        let a = pasted(["VCN", "Menu", "News", "Radio", "Region", headline,
                        "Hana Okafor · VCN News · Posted: Mar 4, 2026 4:00 AM CST | Last Updated: March 4"] + story)
        #expect(a.outlet == "VCN News")
        #expect(a.byline == "Hana Okafor")
    }

    @Test func aDateLineWithItsUpdateAndReadingTime() {
        let a = pasted(["The Valley Courier", headline, "Hana Okafor", "Published Mar 04, 2026 • Last updated 2 days ago • 3 minute read"] + story)
        #expect(a.date == "2026-03-04")
        #expect(a.byline == "Hana Okafor")
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aTimeZoneIsNoName() {
        let a = pasted(["The Valley Courier", headline, "Hana Okafor", "Guest columnist", "Published 6:00 a.m. PT March 4, 2026"] + story)
        #expect(a.byline == "Hana Okafor")
        #expect(a.date == "2026-03-04")
    }

    @Test func aStandfirstOverTheBylineDoesNotRunIntoTheLead() {
        // It ends on "on", as a sentence the paste broke off would: the byline and date between still part them.
        let standfirst = "Villagers who fought the plan for a year say the council has simply moved on"
        let a = pasted([headline, standfirst, "By Hana Okafor", "12:04, 4 Mar 2026"] + story)
        #expect(a.paragraphs.first?.text == standfirst)
        #expect(a.paragraphs.count == 4)
    }

    @Test func aGuestWritersNoteOverAndUnderTheColumnGoes() {
        let a = pasted(["The Valley Courier", headline, "Hana Okafor", "Guest columnist", "March 4, 2026",
                        "Hana Okafor is a retired librarian who lives in Ashgrove."] + story
                      + ["Hana Okafor ran the Ashgrove library for 30 years."])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aStorySentenceAboutSomeoneElseStays() {
        let last = "Petra Lindahl is a former librarian herself, and said she understood the anger."
        let a = pasted(["The Valley Courier", headline, "By Hana Okafor", "March 4, 2026"] + story + [last])
        #expect(a.paragraphs.last?.text == last)
    }

    @Test func aPhotosAltTextOverItsCaptionGoes() {
        let a = pasted(["The Valley Courier", "", headline, "", "By Hana Okafor", "", "March 4, 2026", "",
                        "A woman reads beside the window of the Ashgrove Village Library.",
                        "The Ashgrove Village Library will close in June. (Valley News: Tom Aske)", ""] + story.flatMap { [$0, ""] })
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aLeadOverACaptionStays() {
        // No blank line over it: a paragraph of a page pasted without blank lines.
        let a = pasted(["The Valley Courier", headline, "By Hana Okafor", "March 4, 2026", story[0],
                        "Petra Lindahl at the Ashgrove Village Library. (Valley News: Tom Aske)", story[1], story[2]])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aDeskNamedAfterTheSiteYieldsToTheMasthead() {
        let a = pasted(["THE VALLEY COURIER", "LIVE UPDATES", "", headline, "",
                        "By Courier Web Desk | Ashgrove | Updated: March 4, 2026 14:20 IST", ""] + story.flatMap { [$0, ""] })
        #expect(a.outlet == "THE VALLEY COURIER")
    }

    @Test func aOneWordBrandOverAMenuOneItemALineIsTheOutlet() {
        let a = pasted(["Courierly", "Music", "TV", "Movies", "Style", "Newsletters", headline, "By Hana Okafor", "March 4, 2026"] + story)
        #expect(a.outlet == "Courierly")
        // One word over the headline alone is a topic, not a site.
        let b = pasted(["Menu", "Ashgrove", headline, "By Hana Okafor", "March 4, 2026"] + story)
        #expect(b.outlet == nil)
    }

    @Test func aFooterLinkClosingThePageIsNoSignature() {
        let a = pasted([headline, ""] + story.flatMap { [$0, ""] } + ["About Us"])
        #expect(a.byline == nil)
        #expect(a.paragraphs.map(\.text) == story)
    }
}
