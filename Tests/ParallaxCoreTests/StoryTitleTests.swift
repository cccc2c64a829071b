import Testing
@testable import ParallaxCore

/// Which headline names a story in the library, `list` and the views' title bars.
@Suite struct StoryTitleTests {
    static func story(_ titles: [String?]) -> Story {
        Story(id: "folder", path: "/x/folder", articles: titles.enumerated().map { k, t in
            Article(id: "a\(k)", path: "/x/folder/a\(k).txt", title: t)
        })
    }

    @Test func aBriefingHeadlineThatNamesNothingOfTheEventIsPassedOver() {
        let s = Self.story([
            "Your 6am briefing on who's winning, who's losing and why",
            "Harbour tunnel opens two years late as Mayor Okafor cuts the ribbon",
            "Okafor opens harbour tunnel: what changes for commuters",
        ])
        #expect(s.title == "Harbour tunnel opens two years late as Mayor Okafor cuts the ribbon")
    }

    @Test func theFirstArticleWinsAmongHeadlinesThatShareWords() {
        let s = Self.story(["Okafor opens harbour tunnel", "Harbour tunnel opens late", nil])
        #expect(s.title == "Okafor opens harbour tunnel")
    }

    @Test func theMostCommonHeadlineStillWinsAndNoHeadlineFallsBackToTheFolder() {
        let s = Self.story(["Tunnel opens", "Weather today", "Weather today"])
        #expect(s.title == "Weather today")
        #expect(Self.story([nil, nil]).title == "folder")
        #expect(Self.story(["Nothing in common here", "Entirely different words"]).title == "Nothing in common here")
    }
}
