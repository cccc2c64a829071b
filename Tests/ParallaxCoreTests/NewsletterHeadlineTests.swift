import Testing
@testable import ParallaxCore

/// An e-mail newsletter prints no headline over its greeting: its top story's headline, under the first
/// section label and over prose, is its title; the line stays in the text. A label straight over prose gives
/// no title, and a page with a headline keeps it.
@Suite struct NewsletterHeadlineTests {

    let top = [
        "View this email in your browser", "THE PIER POST", "Tuesday 24 November 2026",
        "Good morning. The ferry pier is sold, the rates stay put, and a seal holds up the harbour. Here's what you need to know.",
        "📰 TOP STORY",
    ]
    let story = [
        "The county council voted on Monday to buy back the old ferry pier and turn it into a public walkway by the summer.",
        "Council leader Maura Keane said the purchase would be paid for from the harbour fund, not from the rates.",
    ]

    @Test func theTopStorysHeadlineIsTheTitle() {
        let headline = "Council buys back the old ferry pier after a decade of campaigning"
        let a = pastedParagraphs(top + [headline] + story)
        #expect(a.title == headline)
        #expect(a.paragraphs.map(\.text).contains(headline))
    }

    @Test func aLabelOverProseGivesNoTitle() {
        let a = pastedParagraphs(top + story)
        #expect(a.title == nil)
    }
}
