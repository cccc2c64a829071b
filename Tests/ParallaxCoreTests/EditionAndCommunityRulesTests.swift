import Testing
@testable import ParallaxCore

/// Furniture of magazine pages, newsletter platforms, forums, live pages and syndicating portals: each kind
/// of line goes, the story's own sentences stay.
@Suite struct EditionAndCommunityRulesTests {
    let story = [
        "The county council voted on Thursday to buy back the old ferry pier and turn it into a public walkway.",
        "Council leader Maura Keane said the purchase would be paid for from the harbour fund, not from the rates.",
        "Residents who had campaigned for the pier for a decade said they would hold a party on it in the spring.",
    ]
    let head = ["County council buys back old ferry pier for a public walkway", "By Ita Malone", "28 November 2026"]


    func removedKeepsStory(_ furniture: [String], after: Bool = true) {
        let a = pasted(after ? head + story + furniture : head + furniture + story)
        #expect(a.paragraphs.map(\.text) == story)
        for f in furniture { #expect(a.removed.contains { $0.text == f }, "kept: \(f)") }
    }

    @Test func aMagazinesLinksToMoreOfASectionEndTheStory() {
        let a = pasted(head + story + ["Ita Malone is a contributing writer at The Pier Courier.", "More Features", "The island that ran out of water"])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aBlogPostsFooterGoes() {
        removedKeepsStory(["November 28, 2026 in Council affairs | Permalink | Comments (3) | TrackBack"])
        removedKeepsStory(["Posted by Ita Malone at 10:14 | Permalink"])
    }

    @Test func aMagazinesNotesGo() {
        removedKeepsStory(["Photographs by Tomasz Nowak"], after: false)
        removedKeepsStory(["This article appears in the March 2027 print edition with the headline “The Long Pier.”",
                           "A version of this article appears in print on Nov. 29, 2026, Section A, Page 12."])
    }

    @Test func aPostsCountersAndCommentControlsGo() {
        removedKeepsStory(["42 Likes∙7 Restacks", "Discussion about this post"])
        removedKeepsStory(["Sort by: Best"])
        removedKeepsStory(["Disclaimer: The Pier Courier encourages freedom of speech and the expression of diverse views. The views of columnists are their own."])
    }

    @Test func liveAndSiteLinksGo() {
        removedKeepsStory(["Show more posts", "Send us your feedback", "Skip next section Related topics", "Read more on: pier | walkway | council"])
        removedKeepsStory(["Why you can trust The Pier Courier"], after: false)
        removedKeepsStory(["Retrieved from \"https://en.example.org/w/index.php?title=Pier\""])
    }

    @Test func aSyndicatedFeedNoteWithItsPictureGoes() {
        removedKeepsStory(["(Only the headline and picture of this report may have been reworked by the Pier Courier staff; the rest of the content is auto-generated from a syndicated feed.)"])
    }

    @Test func theItemUnderASponsoredLabelGoesButAStorySentenceStays() {
        let a = pasted(head + story + ["Sponsored", "Upgrade your office chairs with a free trial", "Related stories", "Pier walkway design unveiled"])
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.removed.contains { $0.text == "Upgrade your office chairs with a free trial" && $0.reason == "advertisement" })
        let b = pasted(head + [story[0], "Sponsored", story[1], story[2]])
        #expect(b.paragraphs.map(\.text) == story)
    }

    @Test func aDayWithAFullStopIsADate() {
        #expect(DateParser.parse("28. November 2026") == "2026-11-28")
        let a = pasted(["County council buys back old ferry pier for a public walkway", "Ita Malone", "28. November 2026"] + story)
        #expect(a.date == "2026-11-28")
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aGalleryHeadlineInSentenceCaseIsNoCaption() {
        let title = "In pictures: the last rope makers of the old harbour town"
        let a = pasted(["THE PIER COURIER", "Lifestyle", title, "By Ita Malone", "Published: 6:30pm, 29 Nov 2026"] + story)
        #expect(a.title == title)
    }

    @Test func sentencesClosedByTheirSourceEndNoListOfHeadlines() {
        let items = ["A landslide in the hills kills at least 14 people after three days of rain. (The Valley Ledger)",
                     "A fire at a textile factory kills six workers. (Morning Post)",
                     "The county council buys back the old ferry pier. (Pier Courier)"]
        let a = pasted(head + story + items)
        #expect(a.paragraphs.map(\.text) == story + items)
    }

    @Test func aTableOfFiguresClosingThePageIsStoryText() {
        let stats = ["Match stats", "Possession 48% 52%", "Shots 14 9", "Corners 7 3"]
        let a = pasted(head + story + stats)
        #expect(a.paragraphs.map(\.text) == story + stats)
    }
}
