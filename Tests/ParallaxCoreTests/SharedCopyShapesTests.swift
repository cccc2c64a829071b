import Testing
@testable import ParallaxCore

/// Copies made outside the outlet's page, of our own: a story shared from a news app, saved to a reader app,
/// printed to PDF by a browser, carried by a portal for a paper, posted on a blog platform or a forum, a local
/// station's page with its weather widget and alert, an agency page dated in its source line, a podcast's show
/// notes, a site name with its section or edition after it.
@Suite struct SharedCopyShapesTests {
    func removed(_ a: Article, _ text: String) -> String? { a.removed.first { $0.text == text }?.reason }

    let body = [
        "A coastal council has agreed to rebuild the sea wall at Portnahaven after storms breached it twice last winter.",
        "Council engineer Morven Baillie said the work would start in March and take about a year.",
        "Residents said they had asked for the repair since 2019.",
    ]

    @Test func anAppsShareNotesAreNoOutlet() {
        let a = pasted(["Shared from Apple News", "The Western Isles Courier", "Council to rebuild the breached sea wall at Portnahaven",
                        "By Iona Mackay", "Nov 30, 2026"] + body + ["Get more of The Western Isles Courier in Apple News", "Sent from my iPhone"])
        #expect(a.outlet == "The Western Isles Courier")
        #expect(a.byline == "Iona Mackay")
        #expect(removed(a, "Shared from Apple News") != nil)
    }

    @Test func aReaderAppsCopyNamesTheSiteAndTheWriter() {
        let a = pasted(["Pocket", "", "Council to rebuild the breached sea wall at Portnahaven", "", "westernislescourier.example", "",
                        "Iona Mackay", "", "4–6 minutes", "", "View Original", ""] + body, separator: "\n")
        #expect(a.outlet == "westernislescourier.example")
        #expect(a.byline == "Iona Mackay")
        #expect(a.paragraphs.first?.text.hasPrefix("A coastal council") == true)
    }

    @Test func aBrowsersPrintHeaderAndFooterGoEverywhere() {
        let header = "11/30/26, 9:14 AM\tCouncil to rebuild the breached sea wall | The Western Isles Courier"
        let footer = "https://www.westernislescourier.example/news/sea-wall\t2/2"
        let a = pasted(["The Western Isles Courier", "Council to rebuild the breached sea wall at Portnahaven", "By Iona Mackay",
                        "Sunday 29 November 2026", body[0], body[1], header, footer, body[2]])
        #expect(a.paragraphs.map(\.text) == body)
        #expect(removed(a, header) == "browser print header")
        #expect(removed(a, footer) == "browser print footer")
    }

    @Test func aPortalsPageNamesThePaperOverTheHeadline() {
        let a = pasted(["Yahoo News", "Sign in", "The Western Isles Courier", "Council to rebuild the breached sea wall at Portnahaven",
                        "Iona Mackay", "Sun, November 29, 2026 at 4:12 PM UTC", "3 min read"] + body + ["Copyright © 2026 Yahoo. All rights reserved."])
        #expect(a.outlet == "The Western Isles Courier")
    }

    @Test func aPortalWithNoSiteWordInItsBrandNamesThePaper() {
        let a = pasted(["Example Start", "Sign in", "News", "Weather", "The Western Mercury", "Council to rebuild the breached sea wall at Portnahaven",
                        "Story by Iona Mackay", "• 2h • 2 min read"] + body + ["Continue reading", "Feedback"])
        #expect(a.outlet == "The Western Mercury")
        #expect(a.paragraphs.map(\.text) == body)
    }

    @Test func aForumPostersNameOverABadgeAndTheDayIsTheByline() {
        let a = pasted(["Isles Rowing Club Forum", "Latest", "Council to rebuild the breached sea wall at Portnahaven", "Announcements",
                        "Iona Mackay", "Committee", "Nov 26", "Hi all,"] + body + ["640 views", "last reply 1d"])
        #expect(a.byline == "Iona Mackay")
        #expect(a.paragraphs.map(\.text) == body)
    }

    @Test func aSiteNameKeepsNoSectionOrEdition() {
        let a = pasted(["WESTERN ISLES RADIO : News", "Council to rebuild the breached sea wall at Portnahaven", "By Iona Mackay"] + body)
        #expect(a.outlet == "WESTERN ISLES RADIO")
        let b = pasted(["LA GACETA DEL NORTE — English Edition", "Council to rebuild the breached sea wall at Portnahaven", "By Iona Mackay"] + body)
        #expect(b.outlet == "LA GACETA DEL NORTE")
    }

    @Test func aBlogPlatformsCountersAndForumStatsGo() {
        let a = pasted(["Council to rebuild the breached sea wall at Portnahaven", "Iona Mackay", "Follow", "5 min read", "Nov 24, 2026"]
                        + body + ["1.3K", "2.1K Followers", "Writer for", "640 views", "last reply 1d", "created Nov 26"])
        #expect(a.paragraphs.map(\.text) == body)
    }

    @Test func aStationsAlertAndWeatherWidgetAreNoHeadline() {
        let a = pasted(["KWIS 5 NEWS", "WEATHER ALERT: Gale warning in effect until 6 AM Tuesday", "Watch Live", "41°", "7-Day Forecast",
                        "Radar", "Council to rebuild the breached sea wall at Portnahaven", "Author: Iona Mackay",
                        "Published: 10:47 PM CST November 30, 2026"] + body)
        #expect(a.title == "Council to rebuild the breached sea wall at Portnahaven")
        #expect(a.byline == "Iona Mackay")
    }

    @Test func anAgencysSourceLineDatesItsCopy() {
        let a = pasted(["Council to rebuild the breached sea wall at Portnahaven",
                        "Source: Northwind | 2026-11-29 18:02:45 | Editor: Li Wen",
                        "PORTNAHAVEN, Nov. 29 (Northwind) -- " + body[0]] + body.dropFirst())
        #expect(a.date == "2026-11-29")
    }

    @Test func aPodcastsHostIsTheBylineAndItsShowNotesEndTheStory() {
        let a = pasted(["Harbourline Audio", "THE TIDE TABLE", "Episode 12", "The wall that kept the sea out", "November 27, 2026 · 38 min",
                        "Hosted by Iona Mackay"] + body + ["Links mentioned in this episode", "Council report (PDF)", "More episodes",
                        "Episode 11: The last ferry"])
        #expect(a.byline == "Iona Mackay")
        #expect(a.paragraphs.map(\.text) == body)
    }
}
