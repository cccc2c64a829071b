import Testing
@testable import ParallaxCore

/// Page furniture found on the second blind story's tabloid, newsletter and blog pastes (README "Articles and
/// stories"), on pages of our own.
@Suite struct NewsletterPasteTests {
    @Test func tabloidBreadcrumbAndCommentCount() {
        let page = """
        THE EVENING BUGLE
        News › Sport › Rugby
        ROAR OF THE LIONS! Harbour Town win the cup with a last-minute try
        Dana Whitlock, Chief Sports Writer
        Published: 21:15, 3 May 2025

        Harbour Town won the regional cup on Saturday with a try in the last minute of a tense final.

        Their captain lifted the trophy in front of a crowd of about 9,000 at the riverside ground.

        Comments (2,310)
        Get the best sports stories sent straight to your inbox every morning
        """
        let a = ArticleLoader.parse(text: page, id: "b", path: "b.txt")
        #expect(a.title == "ROAR OF THE LIONS! Harbour Town win the cup with a last-minute try")
        #expect(a.byline?.hasPrefix("Dana Whitlock") == true)
        #expect(a.date == "2025-05-03")
        #expect(a.paragraphs.count == 2)
        #expect(ChromeRules.reason(for: "Home › World") != nil)
        #expect(ChromeRules.reason(for: "Prices rose 4% > inflation, the report said.") == nil)
        #expect(ChromeRules.reason(for: "Get the best sports stories sent straight to your inbox every morning") != nil)
        #expect(ChromeRules.reason(for: "1.2k comments") != nil)
    }

    @Test func emailNewsletterChrome() {
        for line in ["View this email in your browser", "Having trouble viewing this email? Click here",
                     "Forward this to a friend | Was this forwarded to you? Sign up here",
                     "You are receiving this because you subscribed to The Morning Whistle. Unsubscribe | Update your preferences",
                     "Unsubscribe"] {
            #expect(ChromeRules.reason(for: line)?.contains("newsletter") == true, "\(line)")
        }
        #expect(ChromeRules.reason(for: "She said she would view the email in her own time.") == nil)
    }

    @Test func markdownBylineWithDateAndReadingTime() {
        let page = "# Cup final: a night to forget\n\n*By Ona Reyes | 4 May 2025 | 5 min read*\n\nThe final was lost long before the whistle, and nobody in the away end pretended otherwise.\n"
        let a = ArticleLoader.parse(text: page, id: "m", path: "m.md")
        #expect(a.byline == "Ona Reyes")
        #expect(a.date == "2025-05-04")
        #expect(a.paragraphs.count == 1)
    }

    @Test func newsletterMastheadTaglineDateAndFooterName() {
        let page = """
        View this email in your browser

        THE DAWN RUN
        Your weekday athletics digest · Tuesday 3 June 2025

        Good morning. The city marathon drew a record field on Sunday, and the course record fell before noon.

        Organisers said more than 21,000 runners finished, about 2,000 more than last year.

        You are receiving this because you subscribed to The Dawn Run. Unsubscribe | Update your preferences
        """
        let a = ArticleLoader.parse(text: page, id: "n", path: "n.txt")
        #expect(a.outlet == "The Dawn Run")
        #expect(a.date == "2025-06-03")
        #expect(a.title == nil, "a masthead and a tagline are no headline")
        #expect(a.byline == nil)
        #expect(a.paragraphs.count == 2)
        // A name before the separator is still a byline ("Example News Desk in Asia – 4 November 2025"), and a
        // clause is no date line.
        #expect(MetadataInference.dateLine("Example News Desk in Asia – 4 November 2025")?.name == "Example News Desk in Asia")
        #expect(MetadataInference.dateLine("prices were cut in June · 3 June 2025")?.name == nil)
        #expect(MetadataInference.outletFromSubscription([RemovedLine(text: "You received this because you signed up to our updates.", reason: "newsletter furniture", line: 1)]) == nil)
    }
}
