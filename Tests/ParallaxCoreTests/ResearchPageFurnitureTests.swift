import Testing
@testable import ParallaxCore

/// What a health or science page sets around a study's story: its numbered list of sources under the text,
/// a sign-up box's field with its button, and a tabloid's question to readers (blind13 findings). Invented pages.
@Suite struct ResearchPageFurnitureTests {
    let story = [
        "A daily walk of 20 minutes cut the risk of a fall by a third in people over 70, a trial has found.",
        "The researchers followed 2,400 volunteers in four cities for two years.",
        "Falls are the commonest reason older people are taken to hospital, the authors said.",
    ]

    func reasons(_ a: Article) -> [Int: String] {
        Dictionary(a.removed.map { ($0.line, $0.reason) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aListOfCitationsUnderTheTextGoesWithItsHeading() {
        let page = ["Walking cuts falls in over-70s", "", story[0], "", story[1], "", story[2], "", "References",
            "1. Brandt L, Osei K, et al. Daily walking and falls in older adults. Journal of Ageing Studies. 2026;14:201-9.",
            "2. Ministry of Health. Falls in later life: annual figures. Accessed March 3, 2026.",
            "3. https://example.org/falls-guide"].joined(separator: "\n")
        let a = ArticleLoader.parse(text: page, id: "p", path: "p.txt")
        #expect(a.paragraphs.map(\.text) == story)
        let r = reasons(a)
        #expect(r[9] == "list of sources (heading)")
        for line in 10...12 { #expect(r[line]?.hasPrefix("list of sources") == true) }
    }

    @Test func aNumberedListOfTheStorysOwnPointsStays() {
        // Items without a year, a DOI, a web address or "et al." are the story's, whatever the heading says.
        let points = ["1. Walk at a pace where you can still talk.", "2. Wear shoes with a firm sole."]
        let page = ["Walking cuts falls in over-70s", "", story[0], "", story[1], "", "Sources of advice", "", points[0], points[1]]
            .joined(separator: "\n")
        let a = ArticleLoader.parse(text: page, id: "p", path: "p.txt")
        #expect(a.removed.allSatisfy { !$0.reason.hasPrefix("list of sources") })
        #expect(a.paragraphs.map(\.text).contains { $0.contains("firm sole") })
    }

    @Test func aSignUpFieldWithItsButtonAndAQuestionToReadersGo() {
        let page = ["Walking cuts falls in over-70s", "", story[0], "", "[ Enter your email ]  Subscribe", "", story[1], "",
            story[2], "", "Do you walk every day? Has it helped? Tell us in the comments below."].joined(separator: "\n")
        let a = ArticleLoader.parse(text: page, id: "p", path: "p.txt")
        #expect(a.paragraphs.map(\.text) == story)
        let r = reasons(a)
        #expect(r[5] == "newsletter or subscription prompt")
        #expect(r[11] == "comment prompt")
    }

    @Test func aSentenceAboutCommentsStays() {
        let line = "The council said it would read every reply and tell us in the comments what it had decided, but it never did."
        let page = ["Walking cuts falls in over-70s", "", story[0], "", line].joined(separator: "\n")
        let a = ArticleLoader.parse(text: page, id: "p", path: "p.txt")
        #expect(a.paragraphs.map(\.text).contains(line))
    }
}
