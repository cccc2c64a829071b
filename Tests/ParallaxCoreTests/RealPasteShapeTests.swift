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
}
