import Testing
@testable import ParallaxCore

/// What pages print around a writer's name in a byline (an age and reading time after bullets, a place and
/// an update after bars, a handle after a slash, the beat before the name) is no part of it, and
/// a labelled topic over the date is no writer.
@Suite struct BylineDecorationsTests {
    let story = [
        "The city council voted on Tuesday to close the old bus depot and sell the land for housing by the end of next year.",
        "Councillors said the sale would pay for a new depot on the ring road, which is due to open in the spring of 2028.",
    ]

    func parse(_ top: [String]) -> Article {
        ArticleLoader.parse(text: (["Council votes to sell old bus depot for housing", ""] + top + [""] + story.flatMap { [$0, ""] })
            .joined(separator: "\n"), id: "b", path: "b.txt")
    }

    @Test func bulletsAfterTheName() {
        #expect(parse(["Story by RUTH KERRIGAN • 3h • 3 min read"]).byline == "RUTH KERRIGAN")
    }

    @Test func barsAfterTheName() {
        let a = parse(["By Ruth Kerrigan | Leeds | Updated: November 24, 2026 14:20 IST"])
        #expect(a.byline == "Ruth Kerrigan")
        #expect(a.date == "2026-11-24")
    }

    @Test func aHandleAfterASlash() {
        let a = parse(["By: Ruth Kerrigan - Reporter / @RKerriganNews"])
        #expect(a.byline == "Ruth Kerrigan")
        #expect(!a.paragraphs.contains { $0.text.contains("@RKerriganNews") })
    }

    @Test func theBeatBeforeTheName() {
        #expect(parse(["By transport reporter Ruth Kerrigan"]).byline == "Ruth Kerrigan")
    }

    @Test func aTopicLabelOverTheDateIsNoWriter() {
        let a = parse(["By Ruth Kerrigan", "Topic: Transport", "Posted Mon 23 Nov 2026 at 5:14am"])
        #expect(a.byline == "Ruth Kerrigan")
    }

    @Test func aSectionAndAnEditorBeforeTheUpdate() {
        let a = parse(["Local News | Edited by Ruth Kerrigan | Updated: November 25, 2026 8:41 pm IST"])
        #expect(a.byline == "Ruth Kerrigan")
        #expect(a.date == "2026-11-25")
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aNameInCapitalsThenTheSite() {
        let a = parse(["By RUTH KERRIGAN, Leeds Buzz"])
        #expect(a.byline == "RUTH KERRIGAN")
        #expect(a.outlet == "Leeds Buzz")
    }

    @Test func aJobTitleAfterTheCommaIsNoPartOfTheByline() {
        let a = parse(["By Ruth Kerrigan, Transport Correspondent"])
        #expect(a.byline == "Ruth Kerrigan")
        #expect(a.outlet == nil)
    }

    @Test func aJobTitleUnderTheBylineBelowAStandfirst() {
        let a = ArticleLoader.parse(text: (["Council votes to sell old bus depot for housing", "",
                                            "The depot has stood on the same site since 1931 and needs a new roof.", "",
                                            "By Ruth Kerrigan", "Local Democracy Reporter", ""] + story.flatMap { [$0, ""] })
            .joined(separator: "\n"), id: "b", path: "b.txt")
        #expect(a.byline == "Ruth Kerrigan")
        #expect(!a.paragraphs.contains { $0.text == "Local Democracy Reporter" })
    }
}
