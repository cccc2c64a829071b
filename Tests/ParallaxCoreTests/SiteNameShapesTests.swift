import Testing
@testable import ParallaxCore

/// The site's name read in its place above the headline: a site word inside a menu pasted one item a line
/// is a section ("Radio", "Live TV", "Press Releases"), a link names its host, a domain yields to the name
/// the page spells out, a masthead may stand under "Subscribe" / "Sign in", a wiki names itself under the
/// title; and a reporter's place or job title printed with the name is no part of the byline.
@Suite struct SiteNameShapesTests {
    let story = [
        "The county council voted on Thursday to buy back the old ferry pier and turn it into a public walkway.",
        "Council leader Maura Keane said the purchase would be paid for from the harbour fund, not from the rates.",
        "Residents who had campaigned for the pier for a decade said they would hold a party on it in the spring.",
    ]
    let headline = "County council buys back old ferry pier for a public walkway"


    @Test func aSiteWordInsideAOneItemALineMenuIsNoOutlet() {
        let radio = pasted(["Skip to main content", "KPN", "News", "Sport", "Player", "Radio", "Weather", "Local", headline,
                            "By Ita Malone", "28 Nov 2026"] + story)
        #expect(radio.outlet == "KPN")
        let tv = pasted(["Skip next section Navigation", "Live TV", "Europe", "World", "Business", headline, "Ita Malone", "28.11.2026"] + story)
        #expect(tv.outlet == nil)
        let press = pasted(["Pier Holdings", "Our Brands", "Careers", "Newsroom", "Press Releases", "30 November 2026", headline] + story)
        #expect(press.outlet == "Pier Holdings")
    }

    @Test func aBrandOpeningTheMenuStaysTheOutlet() {
        let a = pasted(["The Harbour Times", "News", "Sport", "Weather", headline, "By Ita Malone", "28 Nov 2026"] + story)
        #expect(a.outlet == "The Harbour Times")
    }

    @Test func aLinkToTheStoryNamesItsHost() {
        let a = pasted(["r/ireland", "Posted by u/pier_fan", "harbourtimes.example/news/2026/11/28/ferry-pier", headline,
                        "By Ita Malone", "November 28, 2026"] + story)
        #expect(a.outlet == "harbourtimes.example")
    }

    @Test func aDomainYieldsToTheNameThePageSpellsOut() {
        let a = pasted(["harbourtimes.example", "The Harbour Times", "Menu", "Nation", headline, "Ita Malone", "Published: Nov 28, 2026 10:05 AM"] + story)
        #expect(a.outlet == "The Harbour Times")
        let other = pasted(["harbourtimes.example", "The County Gazette", headline, "Ita Malone", "Published: Nov 28, 2026 10:05 AM"] + story)
        #expect(other.outlet == "harbourtimes.example")
    }

    @Test func aMastheadUnderSubscribeAndSignInIsTheOutlet() {
        let a = pasted(["Subscribe", "Sign in", "THE PIER COURIER", "News", "Sport", "Politics", headline, "Ita Malone", "28 Nov 2026"] + story)
        #expect(a.outlet == "THE PIER COURIER")
    }

    @Test func aWikiNamesItselfUnderTheTitle() {
        let a = pasted(["Harbour walkway", "From Wikipedia, the free encyclopedia", "edit", "history"] + story)
        #expect(a.outlet == "Wikipedia")
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aReportersPlaceUnderTheNameIsNoCaption() {
        let a = pasted(["THE PIER COURIER", "Football", headline, "Ita Malone", "at Tannadice", "Sat 28 Nov 2026 17:04"] + story)
        #expect(a.byline == "Ita Malone")
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.removed.contains { $0.text == "at Tannadice" && $0.reason == "byline (place)" })
    }

    @Test func aNameCommaJobTitleUnderTheHeadlineGivesTheName() {
        let a = pasted([headline, "Ita Malone, Chief Reporter", "28 Nov 2026"] + story)
        #expect(a.byline == "Ita Malone")
        #expect(a.outlet == nil)
    }
}
