import Testing
@testable import ParallaxCore

/// Furniture of local news sites, wire reprints, market pages, science-news sites and obituary sites: each
/// kind of line goes, the story's own sentences stay.
@Suite struct SiteFooterRulesTests {
    let story = [
        "The harbour board voted on Monday to raise mooring fees by a fifth from April, the first rise in six years.",
        "Board chair Ines Mallory said the money would pay for a new breakwater that engineers have urged for a decade.",
        "Fishing crews said the rise would hit the smallest boats hardest and asked the board to phase it in over two years.",
    ]


    func page(_ furniture: [String], after: Bool = true) -> Article {
        let head = ["Harbour board raises mooring fees by a fifth to pay for breakwater", "By Colm Reddy", "3 March 2026"]
        return after ? pasted(head + story + furniture) : pasted(head + furniture + story)
    }

    @Test func readerPromptsGo() {
        let a = page(["Got a story? Email desk@harbourtimes.example or call 021 555 0100",
                      "Have a question about the new fees? Email us at fees@harbourtimes.example.",
                      "Report a typo", "We use your sign-up to send you the newsletters you asked for and to understand you better."])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aPromptToWriteInAboutTheStoryGoes() {
        let a = page(["Have your say", "Were you affected by the new fees? Email desk@harbourtimes.example or leave a comment below.",
                      "Get in touch", "Have you seen the breakwater works? You can contact us by emailing quay@harbourtimes.example"])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aQuestionInTheStoryFollowedByACallStays() {
        let line = "Who pays for the breakwater? Call it what you like, said one skipper, it is a tax on the smallest boats."
        #expect(ChromeRules.reason(for: line) == nil)
    }

    @Test func wireCreditsGo() {
        let a = page(["— With files from Aoife Brennan in Cork", "This report by The Harbour Wire was first published March 3, 2026."])
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.removed.contains { $0.reason == "reporting credits" })
    }

    @Test func aDashBeforeAReportingCreditDoesNotKeepIt() {
        for credit in ["— Additional reporting by Tom Wexler", "- Reporting by Tom Wexler; editing by Ana Ruiz", "• Compiled by Tom Wexler"] {
            let a = page([credit])
            #expect(a.paragraphs.map(\.text) == story, "\(credit)")
            #expect(a.removed.contains { $0.reason == "reporting credits" })
        }
    }

    @Test func fundingNoteGoes() {
        let a = page(["Coastal Reporting is public interest journalism funded through the Harbour Media Fund."])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func quoteTickerAndItsFootnoteGo() {
        let a = pasted(["FTSE 8,112.40 ▲ 21.10 (0.26%)", "BRENT $74.20 ▼ 0.55", "HBR $12.41 +0.93 +8.10%",
                        "Harbour board raises mooring fees by a fifth to pay for breakwater", "By Colm Reddy", "3 March 2026",
                        "Listen (4 min)"] + story + ["Write to Colm Reddy at colm.reddy@harbourtimes.example",
                                                    "Data delayed at least 15 minutes. Terms of use."])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aResultLineIsNoTicker() {
        let result = "Harbour Rovers 2 - 1 Quay United"
        #expect(ChromeRules.reason(for: result) != "market data")
    }

    @Test func aTableWithFiguresIsNoMenu() {
        #expect(!ChromeRules.isMenu("Revenue | $3.41 billion | $3.12 billion"))
        #expect(!ChromeRules.isMenu("Item | 2025 | 2026"))
        #expect(ChromeRules.isMenu("Home | News | Sport | Weather"))
    }

    @Test func aTableInsideTheStoryStays() {
        let table = ["Mooring fees, per metre", "Berth | 2025 | 2026", "Inner harbour | $410 | $492", "Outer harbour | $300 | $360"]
        let a = pasted(["Harbour board raises mooring fees by a fifth to pay for breakwater", "By Colm Reddy", "3 March 2026",
                        story[0], story[1]] + table + [story[2]])
        #expect(a.paragraphs.map(\.text) == [story[0], story[1]] + table + [story[2]])
        #expect(!a.paragraphs.contains { $0.isHeading && $0.text.contains("|") })
    }

    @Test func studyReferenceBlockGoes() {
        let a = page(["More information: Ines Mallory et al, Wave loads on small breakwaters, Journal of Coastal Works (2026). DOI: 10.1000/jcw.2026.1",
                      "Journal information: Journal of Coastal Works", "Provided by Harbour Institute of Technology",
                      "Citation: Harbour board raises mooring fees (2026, March 3) retrieved 4 March 2026 from https://example.org/news/fees.html",
                      "This document is subject to copyright. No part may be reproduced without written permission.",
                      "Explore further", "Tidal power trial ends early"])
        #expect(a.paragraphs.map(\.text) == story)
        #expect(!a.removed.contains { $0.text.hasPrefix("Board chair") })
    }

    @Test func obituarySiteButtonsGoAndItsDateIsRead() {
        let a = pasted(["Harbour board raises mooring fees by a fifth to pay for breakwater"] + story
            + ["Published by The Harbour Times on Mar. 3, 2026.", "To plant a tree in memory, visit our store.",
               "Sign the Guest Book", "Share a memory", "Send Flowers", "Sponsored by Reddy & Sons Funeral Home."])
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.date == "2026-03-03")
    }

    @Test func lettersAndPaywallAndBookmarkToastsGo() {
        let a = page(["You can save this article by registering for free here. Or sign in if you have an account.",
                      "Article content", "Story Saved", "You can find this story in My Bookmarks."], after: false)
        #expect(a.paragraphs.map(\.text) == story)
        let b = page(["Submit a letter to the editor: letters@harbourtimes.example", "Want to write a guest column? Here's how.",
                      "Already a subscriber? Sign in", "Support for Harbour Radio comes from listeners like you. Donate today.",
                      "Join the Harbour Times WhatsApp community for the latest news. Click here to join.",
                      "Get The Harbour Times app and receive breaking news alerts."])
        #expect(b.paragraphs.map(\.text) == story)
    }

    @Test func consentBannerAndAmendmentNoteGo() {
        let a = pasted(["We and our 600 partners store and access personal data, like browsing data or unique identifiers, on your device.",
                        "I Accept", "Show Purposes", "Harbour board raises mooring fees by a fifth to pay for breakwater", "By Colm Reddy",
                        "3 March 2026"] + story + ["This article was amended on 4 March 2026 to correct the board chair's first name."])
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.title == "Harbour board raises mooring fees by a fifth to pay for breakwater")
    }

    @Test func captionCreditedPhotographerFirstGoes() {
        let a = page(["Boats moored in the inner harbour on Monday. (Ruth Okoro/Harbour Times)"], after: false)
        #expect(a.paragraphs.map(\.text) == story)
        let b = page(["The inner harbour at low tide. Photo / Ruth Okoro"], after: false)
        #expect(b.paragraphs.map(\.text) == story)
    }

    @Test func forwardLookingStatementsEndARelease() {
        let release = [
            "Harbour Marine wins contract for breakwater",
            "HALIFAX, March 3, 2026 /PRNewswire/ -- Harbour Marine Ltd. said today it had won a contract to build a breakwater for the harbour board.",
            "The company said work would start in May and take about eighteen months, employing about 120 people at its peak.",
            "Chief executive Ines Mallory said the contract was the largest in the company's history.",
            "The breakwater will be built from granite blocks quarried on the south shore and moved by barge across the bay.",
            "The harbour board chose the company from four bidders after a tender that ran for most of last year.",
            "Forward-Looking Statements",
            "This release contains forward-looking statements about the timing of the work. Actual results may differ materially.",
        ]
        let a = pasted(release)
        #expect(a.paragraphs.count == 5)
        #expect(!a.paragraphs.contains { $0.text.contains("forward-looking") })
    }

    @Test func footerLinksAndPostalAddressClosingThePageGo() {
        let a = page(["Corrections and clarifications|Submit a news tip|Report error",
                      "Audience Relations, Harbour Radio, P.O. Box 400, Station Main, Halifax, NS B3J 2Z9"])
        #expect(a.paragraphs.map(\.text) == story)
    }
}
