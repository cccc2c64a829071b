import Testing
@testable import ParallaxCore

/// Shapes found by running the cleaner on real web pastes it had never seen (wire sites, regional papers,
/// live blogs, briefing transcripts). The pastes themselves are not in the repository: each test rebuilds
/// the shape with invented text.
@Suite struct RealPasteShapeTests {
    static let lead = "The harbour authority said on Monday that the new ferry terminal would open in the spring after two years of delays."
    static let second = "Officials said the cost of the project had risen by a third since the plans were first approved by the council."

    @Test func dateLineWithTimeAndAgeIsReadNotTakenForAMenu() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays
            March 3, 2024 / 9:12 AM / 2 years ago

            \(Self.lead)
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.date == "2024-03-03")
        #expect(a.removed.contains { $0.text.hasPrefix("March 3, 2024") && $0.reason == "publication date" })
    }

    @Test func numericDateIsReadOnlyWhenTheOrderCannotMatter() {
        #expect(DateParser.parse("Sunday 05-05-2013 01:56 PM") == "2013-05-05")
        #expect(DateParser.parse("Posted 24.02.2014") == "2014-02-24")
        #expect(DateParser.parse("Posted 02/24/2014") == "2014-02-24")
        #expect(DateParser.parse("03/11/2025") == nil)
    }

    @Test func publishedOnLeadInIsALabel() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays
            This content was published on April 9, 2022 - 14:05

            \(Self.lead)
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.date == "2022-04-09")
        // A relative age is no date, only a widget.
        let b = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays
            This was published 3 years ago

            \(Self.lead)
            """, id: "b", path: "b.txt")
        #expect(b.date == nil)
        #expect(b.removed.contains { $0.text == "This was published 3 years ago" })
    }

    @Test func datelineWithTwoPlacesAndNoSpaceAfterTheDash() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays

            OSLO/BERGEN (Reuters) -The harbour authority said on Monday that the new ferry terminal would open in the spring.
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.outlet == "Reuters")
    }

    @Test func oneSectionWordAboveTheHeadlineIsNoOutlet() {
        let a = ArticleLoader.parse(text: """
            News

            Ferry terminal to open in spring after two years of delays

            \(Self.lead)
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.outlet == nil)
        #expect(a.title == "Ferry terminal to open in spring after two years of delays")
    }

    @Test func headlineRepeatedAfterTwoDozenLinesOfMenusAndTeasers() {
        var page = ["Markets Legal Tax Wire Directory", "Sign in", "Contact", "Support",
                    "Ferry terminal to open in spring after two years of delays", "Sections", "Featured"]
        for n in 1...8 { page += ["Teaser story number \(n) about something else", "Section \(n)"] }
        page += ["March 3, 2024 / 9:12 AM / 2 years ago", "", "Ferry terminal to open in spring after two years of delays",
                 "", "Harbour Staff", "", Self.lead, Self.second]
        let a = ArticleLoader.parse(text: page.joined(separator: "\n"), id: "a", path: "a.txt")
        #expect(a.title == "Ferry terminal to open in spring after two years of delays")
        #expect(a.byline == "Harbour Staff")
        #expect(a.paragraphs.map(\.text) == [Self.lead, Self.second])
    }

    @Test func siteNameShownTwiceAndAPageSentenceAreNoHeadline() {
        let a = ArticleLoader.parse(text: """
            Every paper you read, in one place.
            Start reading
            The Harbour Gazette
            The Harbour Gazette
            Local
            Ana Ruiz (now) and Tom Aske (earlier)

            Ferry terminal to open in spring – as it happened

            Closing summary

            \(Self.lead)
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.title == "Ferry terminal to open in spring – as it happened")
        #expect(a.byline == "Ana Ruiz (now) and Tom Aske (earlier)")
    }

    @Test func teaserBulletIsNoPartOfTheHeadline() {
        let a = ArticleLoader.parse(text: """
            • Ferry terminal to open in spring after two years of delays

            \(Self.lead)
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.title == "Ferry terminal to open in spring after two years of delays")
    }

    @Test func bareNameRightAboveTheLeadIsTheByline() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays

            The new terminal seen from the harbour wall

            Kemi Adeyemi

            \(Self.lead)
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.byline == "Kemi Adeyemi")
        #expect(a.paragraphs.first?.text == Self.lead)
    }

    @Test func listNumberOpeningAParagraphIsNoSentence() {
        let text = "1. Thank you for following the ferry story with us"
        #expect(SentenceSplitter.split(text).count == 1)
        // Elsewhere a number before a full stop still ends its sentence.
        #expect(SentenceSplitter.split("The vote was 52 to 48. The motion passed.").count == 2)
    }

    @Test func openingBoldMarkOnAShortLineIsAHeading() {
        let a = ArticleLoader.parse(text: """
            Harbour board briefing, 4 March

            The following is a near-verbatim record of today's briefing by the harbour board's spokesperson.

            **Ferry Terminal

            \(Self.lead)
            Bold marks in a **sentence that is never closed stay as written, since they are no heading.
            """, id: "a", path: "a.txt")
        let heading = a.paragraphs.first { $0.text == "Ferry Terminal" }
        #expect(heading?.isHeading == true)
        #expect(a.paragraphs.contains { $0.text.contains("**sentence") })
    }

    @Test func liveBlogFurnitureAndPostCreditsGo() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal opening: follow the day as it happened

            Live Reporting

            Edited by Ana Ruiz and Tom Aske

            All times stated are UK

            Get involved

            Key posts

            Latest posts

            \(Self.lead)

            2. The first ferry has left the new terminal

            Ana Ruiz

            Live reporter

            We're sorry, this feature is currently unavailable. We're working to restore it. Please try again later.
            \(Self.second)
            Find out more
            """, id: "a", path: "a.txt")
        #expect(a.paragraphs.map(\.text) == [Self.lead, "2. The first ferry has left the new terminal", Self.second])
        #expect(a.paragraphs[1].sentences.count == 1)
    }

    @Test func pollBoxGoes() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays

            Question of the Day

            Should the harbour charge visitors a landing fee?

            View results

            \(Self.lead)
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.paragraphs.map(\.text) == [Self.lead, Self.second])
        // A question in the story is not a poll without the label above it.
        let b = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays

            \(Self.lead)
            Should the harbour charge visitors a landing fee?
            \(Self.second)
            """, id: "b", path: "b.txt")
        #expect(b.paragraphs.count == 3)
    }

    @Test func channelInvitationsAndAdvertisementsClosingThePageGo() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays

            \(Self.lead)
            \(Self.second)
            Join The Harbour Gazette Channel
            • Trade your gift cards at the best rate in town. Download now and get started!
            Double your luck! Sign up on Lucky Bet and get free spins this weekend. Register now!
            "Register now!" the mayor told residents who had not yet signed up for the ferry pass.
            """, id: "a", path: "a.txt")
        #expect(a.paragraphs.map(\.text) == [Self.lead, Self.second,
            "\"Register now!\" the mayor told residents who had not yet signed up for the ferry pass."])
    }

    @Test func captionShownAgainWithItsCreditGoesBothTimes() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays

            \(Self.lead)
            The new terminal seen from the harbour wall at dusk.
            The new terminal seen from the harbour wall at dusk.Credit: AP
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.paragraphs.map(\.text) == [Self.lead, Self.second])
    }

    @Test func letterPageFurnitureAndSignature() {
        let a = ArticleLoader.parse(text: """
            Thursday,  March 6 , 2025

            The following is presented as part of The Harbour Gazette's Opinion content, which offers a point of view. Opinions represent the viewpoint of the author.
            News / Opinion / Letters to the Editor

            Letter: The ferry can wait

            Published: February 27, 2025, 6:00am

            \(Self.lead)
            \(Self.second)

            Ana Ruiz

            Portsmouth

            Letters Policy

            The Harbour Gazette invites original letters on local topics. Your letter must follow these rules:

            • No more than 250 words
            """, id: "a", path: "a.txt")
        #expect(a.title == "Letter: The ferry can wait")
        #expect(a.date == "2025-02-27")
        #expect(a.byline == "Ana Ruiz")
        #expect(a.paragraphs.map(\.text) == [Self.lead, Self.second])
        // The same policy as one paragraph under a letter.
        let b = ArticleLoader.parse(text: """
            Letter: The ferry can wait

            \(Self.lead)
            We encourage readers to express their views about public issues. Letters to the editor are subject to editing for brevity. Send Us a Letter
            """, id: "b", path: "b.txt")
        #expect(b.paragraphs.map(\.text) == [Self.lead])
    }

    @Test func writerNameShownTwiceIsNoHeadlineAndALinkToTheirOtherPiecesEndsNothing() {
        let a = ArticleLoader.parse(text: """
            The ferry is not the problem: letter

            Ana B. Ruiz
            letter to the editor
            Ana B. Ruiz

            \(Self.lead)

            MORE FROM THIS WRITER:  Why the harbour needs a plan

            \(Self.second)
            The council should publish the full costs before the vote, and residents should read them closely.

            Ana B. Ruiz
            """, id: "a", path: "a.txt")
        #expect(a.title == "The ferry is not the problem: letter")
        #expect(a.byline == "Ana B. Ruiz")
        #expect(a.paragraphs.count == 3)
        #expect(a.paragraphs.last?.text.hasPrefix("The council") == true)
    }

    @Test func archiveBannerAndOfficeNameAboveABriefing() {
        let a = ArticleLoader.parse(text: """
            This is historical material "frozen in time". The website is no longer updated and links to external websites may not work.

            Search form

            The Harbour Board
            Office of the Press Secretary

            Press Briefing by Press Secretary Ana Ruiz, 3/4/2025

            Harbour Board Briefing Room

            MS. RUIZ:  Good afternoon, everybody.  I have one announcement at the top and then we can take your questions about the terminal.
            """, id: "a", path: "a.txt")
        #expect(a.title == "Press Briefing by Press Secretary Ana Ruiz, 3/4/2025")
        #expect(a.paragraphs.count == 1)
    }

    @Test func machineAudioAndSummaryPromptsAndInlineReadLinks() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays

            This audio is generated by an AI tool.

            Read a summary of this article on QUICKVIEW.

            \(Self.lead)
            READ: Harbour fees to rise for the first time in a decade: board
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.paragraphs.map(\.text) == [Self.lead, Self.second])
    }

    @Test func iconLabelsAboveAShortHeadlineGiveNoByline() {
        let a = ArticleLoader.parse(text: """
            Arrow-left Gallery

            Colour Mode

            Ferry can wait

            \(Self.lead)
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.byline == nil)
    }

    @Test func taglineUnderTheSiteNameIsNoHeadline() {
        let a = ArticleLoader.parse(text: """
            Harbour Post
            English news for the harbour towns and the islands
            Home > Local > Ferries
            Ferry terminal to open in spring after two years of delays. Fees stay the same
            4 March 2025 - 11:48

            \(Self.lead)
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.title == "Ferry terminal to open in spring after two years of delays. Fees stay the same")
        // The headline over its standfirst and byline, under a tagline and a menu.
        let b = ArticleLoader.parse(text: """
            The Harbour Post
            English news for the harbour towns and the islands
            NEWS  |  FERRIES  |  ISLANDS  |  PROPERTY
            Ferries
            ‘We waited two years’: ferry terminal to open in spring
            Islanders welcome the news but ask what the fares will be
            By Ana Ruiz
            Monday 3 March 2025, 12:40

            \(Self.lead)
            \(Self.second)
            """, id: "b", path: "b.txt")
        #expect(b.title == "‘We waited two years’: ferry terminal to open in spring")
        #expect(b.byline == "Ana Ruiz")
    }

    @Test func reportersCreditedEachWithAPlace() {
        #expect(MetadataInference.personCredit("Ana Ruiz in London and Tom Aske in the Val Serrana") == "Ana Ruiz and Tom Aske")
        #expect(MetadataInference.personCredit("Ana Ruiz in Lisbon") == "Ana Ruiz")
    }

    @Test func copyrightWordIsNoPartOfTheOwner() {
        let removed = [RemovedLine(text: "© Copyright HPN - All rights reserved", reason: "copyright notice", line: 9)]
        #expect(MetadataInference.outletFromCopyright(removed) == "HPN")
    }

    @Test func wireClosingNotesReaderCallsAndPlayerLengthGo() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays

            \(Self.lead)
            Duration 1:12
            \(Self.second)
            Do you use the ferry? Share your pictures and stories with us: news@harbour.example
            Have your say
            ___
            Ruiz reported from Lisbon.
            This story has been updated to correct the date of the council vote.
            """, id: "a", path: "a.txt")
        #expect(a.paragraphs.map(\.text) == [Self.lead, Self.second])
        // A sentence of the story that says where a report came from stays.
        let b = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays

            \(Self.lead)
            The harbour master reported from the quay that the first ferry had left on time and full.
            """, id: "b", path: "b.txt")
        #expect(b.paragraphs.count == 2)
    }

    @Test func embeddedPostSignatureOnTheParagraphLineGoes() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays

            \(Self.lead)
            Please avoid the quay this evening while the crews finish their work. — Harbour Police (@HarbourPD) March 4, 2025
            """, id: "a", path: "a.txt")
        #expect(a.paragraphs.last?.text == "Please avoid the quay this evening while the crews finish their work.")
    }

    @Test func nameBrokenAfterItsInitialIsOneParagraph() {
        let a = ArticleLoader.parse(text: """
            Ferry terminal to open in spring after two years of delays

            \(Self.lead)
            "We are ready for the first sailing," the harbour master, Captain Ana B.

            Ruiz said in a statement on Sunday.
            """, id: "a", path: "a.txt")
        #expect(a.paragraphs.count == 2)
        #expect(a.paragraphs.last?.text.hasSuffix("Captain Ana B. Ruiz said in a statement on Sunday.") == true)
    }

    @Test func breadcrumbEndingWithTheHeadlineIsNoHeadline() {
        let a = ArticleLoader.parse(text: """
            Home / Local News / ‘We waited two years’: ferry terminal to open in spring at last

            ‘We waited two years’: ferry terminal to open in spring at last

            \(Self.lead)
            \(Self.second)
            """, id: "a", path: "a.txt")
        #expect(a.title == "‘We waited two years’: ferry terminal to open in spring at last")
        #expect(a.removed.first?.reason == "breadcrumb (section path)")
    }
}
