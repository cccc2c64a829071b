import Testing
@testable import ParallaxCore

/// An e-mail newsletter pasted whole: its writer's sign-off and name, its platform's buttons and pitch go;
/// the outlet is the one that sends it, and the "Written by" credit names the writer.
@Suite struct NewsletterSignOffTests {
    let story = [
        "Ferry fares on the harbour routes will rise by eight per cent in March, the transport department said on Monday.",
        "The department said the rise would pay for two new vessels, the first of which is due to enter service next winter.",
    ]


    @Test func signOffAndNameGo() {
        let a = pasted(["Ferry fares to rise eight per cent on the harbour routes", "", "By Lena Hartigan", ""]
            + story.flatMap { [$0, ""] }
            + ["That's all from me this morning. See you in your inbox on Thursday.", "", "Lena", "",
               "Thanks for reading The Ferry Letter! Subscribe for free to get every issue.", "Like", "Restack"])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aLiveBlogsClosingNoteStays() {
        let close = "That's it from us for now. The inquiry resumes on Tuesday at ten."
        let a = pasted(["Ferry fares to rise eight per cent on the harbour routes", "", "By Lena Hartigan", ""]
            + story.flatMap { [$0, ""] } + [close])
        #expect(a.paragraphs.last?.text == close)
    }

    @Test func theSenderNamedInTheFooterIsTheOutlet() {
        let a = pasted(["Ferry fares to rise eight per cent on the harbour routes", "", "By Lena Hartigan", ""]
            + story.flatMap { [$0, ""] }
            + ["You are receiving this email because you subscribed to Harbour Notes from The Quayside Times."])
        #expect(a.outlet == "The Quayside Times")
    }

    @Test func writtenByBeatsTheNewslettersTitleOverTheDate() {
        let a = pasted(["Harbour Notes", "Monday 23 November 2026", "",
                        "Ferry fares to rise eight per cent on the harbour routes", "", "Written by Lena Hartigan", ""]
            + story.flatMap { [$0, ""] })
        #expect(a.byline == "Lena Hartigan")
    }

    @Test func theWritersOwnCopyrightNamesNoOutlet() {
        let a = pasted(["The Ferry Letter", "", "Ferry fares to rise eight per cent on the harbour routes", "", "Lena Hartigan", "Nov 23, 2026", ""]
            + story.flatMap { [$0, ""] } + ["© 2026 Lena Hartigan"])
        #expect(a.byline == "Lena Hartigan")
        #expect(a.outlet != "Lena Hartigan")
    }
}
