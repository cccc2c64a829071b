import Testing
@testable import ParallaxCore

/// Where a page's story stops, of our own: a reply count over a community site's replies, a guest book under
/// an obituary, the writer's box, a press release's "Ends", a portal's "More for You"; and the boxes and buttons
/// around them.
@Suite struct PageEndsAndBoxesTests {
    func removed(_ a: Article, _ text: String) -> String? { a.removed.first { $0.text == text }?.reason }

    let body = [
        "The parish council voted on Monday to keep the village hall open through the winter after a petition from residents.",
        "Council chair Wendy Marsh said heating costs would be met from the reserve set aside for the car park.",
        "Bricklayer Owen Tasker, who delivered the petition, said his grandchildren used the hall every Saturday.",
        "The hall will keep its current hours, with a review in the spring when the new boiler is fitted.",
    ]

    @Test func aReplyCountOpensTheReplies() {
        let a = pasted(["Village hall to stay open through winter after petition", "Dana Whitcombe, Patchwork Staff", "Posted Mon, Nov 30, 2026 at 9:14 am PT",
                        "Reply", "(3)", "Share"] + body + ["Thank", "Reply", "3 Replies", "Margo K.", "Neighbor", "Nov 30", "Great news, thanks to everyone.", "Thank"])
        #expect(a.byline == "Dana Whitcombe")
        #expect(a.paragraphs.map(\.text) == body)
        #expect(removed(a, "3 Replies")?.hasPrefix("end of story") == true)
    }

    @Test func aGuestBookClosesAnObituary() {
        let a = pasted(["Ellen Mary Tregothnan", "1938 - 2026", "Ellen Mary Tregothnan Obituary"] + body
                        + ["Published by The Cornish Lantern from Nov. 27 to Nov. 30, 2026.", "Guest Book", "Sign the Guest Book", "4 Entries",
                         "A lovely lady, always kind.", "Peter Rowse", "Friend", "November 28, 2026"])
        #expect(a.title == "Ellen Mary Tregothnan")
        #expect(a.byline == nil)
        #expect(a.paragraphs.map(\.text) == body)
        #expect(removed(a, "Published by The Cornish Lantern from Nov. 27 to Nov. 30, 2026.") == "print-edition note")
    }

    @Test func theWritersBoxAndTheLabelsOverItGo() {
        let a = pasted(["The Westbrook Observer", "Our towns gave up their buses. Now they want them back",
                        "Rural councils cut bus routes to balance budgets, and the cost has landed on those least able to pay it.",
                        "Nadia Trelawney-Booth", "Contributor",
                        "Nadia Trelawney-Booth is a transport researcher at Fenmoor Polytechnic and a former bus driver."] + body
                      + ["Explore More Topics", "Transport", "About the Author", "Nadia Trelawney-Booth", "She drove buses for nine years."])
        #expect(a.byline == "Nadia Trelawney-Booth")
        #expect(a.paragraphs.map(\.text).dropFirst() == body[...])
        #expect(removed(a, "Explore More Topics") != nil)
    }

    @Test func endsClosesAPressRelease() {
        let a = pasted(["Press release", "Published: 30 November 2026", "Grassland birds return to restored bog within three years, study finds"] + body
                        + ["Ends", "Notes to editors", "1. The paper is available on request.", "About the University of Carrowmore",
                         "The University of Carrowmore is a public research university founded in 1908.", "Media contact", "Aoife Brannigan, Press Office"])
        #expect(a.byline == nil)
        #expect(a.paragraphs.map(\.text) == body)
    }

    @Test func aPortalsMoreForYouClosesThePage() {
        let a = pasted(["The Harbour Mercury", "Parish council keeps village hall open through the winter", "Story by Tamsin Okeke"] + body
                        + ["Continue reading", "More for You", "Feedback"])
        #expect(a.paragraphs.map(\.text) == body)
        #expect(removed(a, "More for You")?.hasPrefix("end of story") == true)
    }

    @Test func buttonsAndToolbarsAroundTheStoryGo() {
        let a = pasted(["The Coastal Post", "Parish council keeps village hall open through the winter", "Harriet Vance", "5–6 minutes"] + body
                        + ["Share this fact-check", "Is there something you want us to check? Send it to us on WhatsApp.", "Buy Photo", "aA", "Open in Safari"])
        #expect(a.paragraphs.map(\.text) == body)
        #expect(removed(a, "Open in Safari") == "reader app toolbar")
        #expect(removed(a, "Buy Photo") == "photo sales button")
    }

    @Test func aFuneralHomesTributeWallClosesTheObituaryAndTheNameOverTheLifeSpanIsTheTitle() {
        let a = pasted(["Penhallow & Daughters Funeral Directors", "Home", "Obituaries", "Obituary", "Walter Arthur Kessell",
                        "June 2, 1936 - November 26, 2026"] + body
                      + ["Tribute Wall", "Share a memory", "Light a candle", "12 Condolences", "He made my mother's dresser in 1974.",
                         "Gerald Nance", "November 28, 2026", "Load more", "Send Flowers"])
        #expect(a.title == "Walter Arthur Kessell")
        #expect(a.byline == nil)
        #expect(a.date == nil)
        #expect(a.paragraphs.map(\.text) == body)
        #expect(removed(a, "June 2, 1936 - November 26, 2026") == "obituary life span")
    }

    @Test func aSignUpBoxsPrivacyLineAndTheWritersBoxByGivenNameGo() {
        let a = pasted(["The Westcoaster", "Parish council keeps village hall open through the winter", "Grace Pettersen", "Journalist",
                        "Updated November 30 2026 - 4:15pm, first published 2:00pm"] + body
                      + ["Get the latest Westcoast news in your inbox", "We care about the protection of your data. Read our Privacy Policy.",
                         "Grace Pettersen", "Journalist", "Grace covers agriculture and the environment for The Westcoaster."])
        #expect(a.byline == "Grace Pettersen")
        #expect(a.paragraphs.map(\.text) == body)
    }
}
