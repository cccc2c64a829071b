import Testing
@testable import ParallaxCore

/// Ad-slot buttons, a video channel's promo and a player's embed prompt go; a quote cut in two by an ad slot is
/// read as one again; a wire agency's caption closed by its picture date goes, and sentences that look alike stay.
@Suite struct PromoAndAdSlotRulesTests {
    let head = ["Ferry service suspended after pier damage", "By Ita Malone", "28 November 2026"]

    @Test func adSlotButtonsAndVideoPromosGo() {
        let story = [
            "The harbour board suspended the island ferry on Friday after a storm damaged the landing pier.",
            "Board chair Orla Finn said the service would resume once engineers had checked the pier's supports.",
        ]
        let furniture = ["Watch more of our videos on Harbourcast!", "and live on Freeview channel 264", "Visit Harbourcast now",
                         "Hide Ad", "Report this ad", "AdChoices", "Copy this code to your website or blog",
                         "Don't miss out on what's happening!", "Stay in touch with top news, as it happens, in your email inbox. It's FREE!"]
        let a = pasted(head + [story[0]] + furniture + [story[1]])
        #expect(a.paragraphs.map(\.text) == story)
        for f in furniture { #expect(a.removed.contains { $0.text == f }, "kept: \(f)") }
    }

    @Test func storySentencesThatLookAlikeStay() {
        let story = [
            "Visitors were told to hide their bags from the gulls.",
            "Residents can watch the repairs live on the council's website, the board said.",
            "Visit the island now and you will find the cafe closed, one trader said.",
            "Don't miss the ferry's last sailing on Sunday, the board told islanders.",
            "Video of the storm was shared widely, and islanders stayed in touch with the board by email.",
        ]
        #expect(pasted(head + story).paragraphs.map(\.text) == story)
    }

    @Test func aQuoteCutByAnAdSlotIsOneQuote() {
        let a = pasted(head + [
            "Speaking at the quay, she said: “We tried to keep the boats running because islanders depend on them.",
            "Hide Ad",
            "Hide Ad",
            "“But the pier is not safe, and nobody will sail until it is.”",
        ])
        let quotes = QuoteLedger.build(story: Story(id: "t", path: "t", articles: [a])).quotes.flatMap(\.instances)
        #expect(quotes.count == 1)
        #expect(quotes.first?.parts.map(\.paragraph) == [0, 1])
    }

    @Test func aCaptionClosedByItsPictureDateGoes() {
        let story = [
            "The harbour board suspended the island ferry on Friday after a storm damaged the landing pier.",
            "Engineers will inspect the supports next week, the board said.",
        ]
        let caption = "Engineers inspect the damaged landing pier at Kilrush harbour after Thursday's storm. Picture date: Friday November 27, 2026."
        let credited = "Board chair Orla Finn speaks to reporters at the quay. Picture date: Friday November 27, 2026. Photo credit should read: Jane Roe/PA Wire"
        let a = pasted(head + [story[0], caption, credited, story[1]])
        #expect(a.paragraphs.map(\.text) == story)
        // A sentence that names a date after a colon is no caption.
        let kept = "The board set one date: Friday November 27, 2026."
        #expect(pasted(head + [kept]).paragraphs.map(\.text) == [kept])
    }
}
