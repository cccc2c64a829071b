import Testing
@testable import ParallaxCore

/// A digest of items each closed by its source (a wiki's current-events portal) is the page's text, with the
/// wiki's page title over its credit as the title; a blog platform's writer's box and the topic tags over it
/// close the page. Pages of our own.
@Suite struct DigestAndWriterBoxTests {

    @Test func sourcedItemsInARowAreTheText() {
        let items = [
            "A rockfall closes the coast road north of Tarbet for the third time this year, the council says. (Loch Courier)",
            "A ferry to Colonsay is cancelled after a crew member is taken ill at sea. (Island Radio)",
            "Floodwater reaches the ground floor of the cottage hospital in Braemore, which moves twelve patients. (Northern Wire)",
        ]
        let a = pasted(["Portal:Current events/2026 March 3", "From Wikipedia, the free encyclopedia", "March 3, 2026 (Tuesday)",
                        "edit", "history", "Disasters and accidents", items[0], items[1], "Health", items[2]])
        #expect(a.title == "Portal:Current events/2026 March 3")
        #expect(a.paragraphs.map(\.text).contains(items[0]))
        #expect(a.paragraphs.map(\.text).contains(items[2]))
        // The wiki's category label over the first item opens the text.
        #expect(a.paragraphs.first?.text == "Disasters and accidents")
    }

    @Test func oneCreditedCaptionIsStillACaption() {
        let a = pasted(["Coast road shut again after third rockfall this year", "By Eilidh Grant",
                        "Boulders on the road north of Tarbet on Tuesday. (Loch Courier)",
                        "The coast road north of Tarbet has been closed for the third time this year after a rockfall on Tuesday morning, the council said."])
        #expect(a.paragraphs.first?.text.hasPrefix("The coast road") == true)
    }

    @Test func theWriterBoxAndTheTagsAboveItGo() {
        let text = [
            "For three years I drove the school bus on the island, and the timetable never once matched the ferry.",
            "When the council finally asked drivers what would help, we said the same thing: wait for the boat.",
        ]
        let a = pasted(["Why the island bus waits for the ferry now", "Eilidh Grant", "Follow", "4 min read", "Nov 24, 2026"] + text
                        + ["Transport", "Island Life", "Written by Eilidh Grant", "312 Followers", "Writer for", "The Island Letter",
                         "Former bus driver. Writing about getting about.", "Follow"])
        #expect(a.paragraphs.map(\.text) == text)
        #expect(a.byline == "Eilidh Grant")
    }
}
