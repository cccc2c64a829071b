import Testing
@testable import ParallaxCore

/// Furniture of mobile, portal and video pages: reading time with a label, "Show full article", a portal's
/// promotion, privacy links, "Find … on WhatsApp", a paywall's pitch, a sign-up box's consent line, a video
/// page's pointer to its player, a dateline set alone, a key-points box without bullet marks, a live page's
/// key-event links and the writer's closing note.
@Suite struct AppPageFurnitureTests {
    let story = [
        "The city council voted on Tuesday to close the old bus depot and sell the land for housing by the end of next year.",
        "Councillors said the sale would pay for a new depot on the ring road, which is due to open in the spring of 2028.",
        "The drivers' union said it had not been consulted and would ask its members whether to take industrial action.",
    ]


    @Test func portalAndAppFurnitureGoes() {
        let a = pasted(["Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", "", "Read Time: 3 mins", "",
                        "Leeds:", story[0], "", story[1], "",
                        "Watch the video above for more.", "Enjoy unlimited access to The Leeds Ledger. Subscribe now.", "",
                        story[2], "",
                        "Track Latest News Live on leedsledger.example and get news updates from Yorkshire and around the world",
                        "Show full article", "Find The Leeds Ledger on WhatsApp",
                        "By providing an email address, I agree to the Terms of Use and acknowledge the Privacy Policy.",
                        "Terms and Privacy Policy", "Privacy Dashboard"])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func keyPointsWithoutBulletMarks() {
        let a = pasted(["Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", "",
                        "Key points:", "The depot will close next year", "A new depot opens in 2028", ""] + story.flatMap { [$0, ""] })
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func keyPointsOverAWrappedParagraphStay() {
        let a = pasted(["Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", "", story[0], "",
                        "In short:", "The council has voted to sell the", "depot, and the union is unhappy.", "", story[1]])
        #expect(a.paragraphs.count == 4)
    }

    @Test func keyEventLinksOfALivePage() {
        let a = pasted(["Council vote live: depot to close", "", "By Ruth Kerrigan", "", "Key events",
                        "2h ago Union threatens action", "4h ago Council votes to sell", "Show key events only", "",
                        "15:40", "Union threatens action", story[2], "", "13:10", "Council votes to sell", story[0]])
        #expect(!a.paragraphs.contains { $0.text.contains("ago") })
        #expect(a.paragraphs.last?.text == story[0])
    }

    @Test func theWritersClosingNoteGoes() {
        let a = pasted(["Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", ""] + story.flatMap { [$0, ""] }
            + ["Ruth Kerrigan is a local democracy reporter based in Leeds."])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aReporterNamedInTheStoryStays() {
        let last = "Ruth Kerrigan is a reporter who has covered the council for ten years, and she asked the first question."
        let a = pasted(["Council votes to sell old bus depot for housing", "", "By Tom Aske", ""] + story.flatMap { [$0, ""] } + [last])
        #expect(a.paragraphs.last?.text == last)
    }

    @Test func aProgrammesLabelledHeadline() {
        let a = pasted(["DALES RADIO", "Listen Live", "", "Breakfast with Tom Aske", "",
                        "Transcript: Depot sale splits the council", "", "Broadcast: Tue 24 Nov 2026 at 7:10am", ""] + story.flatMap { [$0, ""] })
        #expect(a.title == "Transcript: Depot sale splits the council")
    }

    @Test func aCaptionCreditedToTheNewsroom() {
        let a = pasted(["Council votes to sell old bus depot for housing", "", "By Ruth Kerrigan", "",
                        "Buses stood idle at the depot on Tuesday. (Leeds News: Anil Shah)", ""] + story.flatMap { [$0, ""] })
        #expect(a.paragraphs.map(\.text) == story)
    }
}
