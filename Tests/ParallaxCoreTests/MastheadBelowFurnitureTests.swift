import Testing
@testable import ParallaxCore

/// The paper's name in capitals may stand under what a page sets above it (a menu icon, a consent banner,
/// the day's date, a ticker's headline); buttons, breadcrumbs, a desk's list of topics and the page's clock
/// name no outlet.
@Suite struct MastheadBelowFurnitureTests {
    let story = [
        "The city council voted on Tuesday to close the old bus depot and sell the land for housing by the end of next year.",
        "Councillors said the sale would pay for a new depot on the ring road, which is due to open in the spring of 2028.",
    ]


    @Test func mastheadUnderACookieBannerAndAMenuIcon() {
        let a = pasted(["We value your privacy", "We and our partners use cookies to measure how readers use this site.", "Accept all",
                        "Skip to content", "☰", "THE MIDLAND COURIER", "News  Sport  Business  Politics", "",
                        "Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", ""] + story.flatMap { [$0, ""] })
        #expect(a.outlet == "THE MIDLAND COURIER")
    }

    @Test func mastheadUnderTheDateAndATicker() {
        let a = pasted(["Sunday, November 29, 2026", "Breaking: Water supply cut in three districts after main bursts", "",
                        "THE RIVERTON DISPATCH", "", "Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", ""]
            + story.flatMap { [$0, ""] })
        #expect(a.outlet == "THE RIVERTON DISPATCH")
    }

    @Test func aPlayersButtonIsNoSiteName() {
        let a = pasted(["HILLSIDE RADIO", "Listen Live", "Programs  Podcasts  News", "",
                        "Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", ""] + story.flatMap { [$0, ""] })
        #expect(a.outlet == "HILLSIDE RADIO")
    }

    @Test func aBreadcrumbIsNoSiteName() {
        let a = pasted(["Skip to content", "THE MIDLAND COURIER", "", "News / Council",
                        "Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", ""] + story.flatMap { [$0, ""] })
        #expect(a.outlet == "THE MIDLAND COURIER")
    }

    @Test func aBarOfTopicsNamesNoSite() {
        let a = pasted(["SPORT", "Cricket | Football | Rugby | Tennis", "",
                        "Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", ""] + story.flatMap { [$0, ""] })
        #expect(a.outlet == nil)
    }

    @Test func thePagesClockIsNoSource() {
        let a = pasted(["Council votes to sell old bus depot for housing", "", "Updated 3 minutes ago", ""] + story.flatMap { [$0, ""] })
        #expect(a.outlet == nil)
    }

    @Test func aMastheadWithANumber() {
        let a = pasted(["☰", "CITY NEWS 24", "LIVE TV", "", "Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", ""]
            + story.flatMap { [$0, ""] })
        #expect(a.outlet == "CITY NEWS 24")
    }

    @Test func aMenuWithoutSeparatorsIsNoHeadline() {
        let a = pasted(["THE RIVERTON DISPATCH", "Home News Politics Metro Sports Business Opinion", "",
                        "Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", ""] + story.flatMap { [$0, ""] })
        #expect(a.title == "Council votes to sell old bus depot for housing")
    }
}
