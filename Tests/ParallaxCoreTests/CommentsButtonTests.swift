import Testing
@testable import ParallaxCore

/// A "Comments" button in the share bar under the headline is no end of the story: a comment section
/// follows the story's paragraphs, and a cookie banner's sentences above the headline are none of them.
@Suite struct CommentsButtonTests {
    let story = [
        "A bakery owner has been fined £4,000 after a customer found a piece of wire in a loaf bought at her shop last spring.",
        "The court heard that a mixing machine had lost a guard months before and that staff had reported the fault twice.",
        "The sheriff said the owner had been warned and had chosen to keep the machine running through the busy season.",
        "Her solicitor said the machine had since been replaced and that the shop had passed two inspections this year.",
        "The customer, who needed stitches to her gum, told the court she no longer buys bread from anyone but her sister.",
    ]


    @Test func aCommentsButtonUnderTheHeadlineKeepsTheStory() {
        let a = pasted([
            "We care about your privacy",
            "We and our partners use cookies to remember your settings and to measure how the site is used by readers.",
            "Accept all", "",
            "Baker fined after customer finds wire in a loaf of bread", "",
            "The owner admitted failing to maintain a mixing machine at the shop.", "",
            "By Fiona Rennie", "Share", "Comments", "",
        ] + story.flatMap { [$0, ""] })
        #expect(a.paragraphs.map(\.text).suffix(5) == story[...])
        #expect(a.title == "Baker fined after customer finds wire in a loaf of bread")
    }

    @Test func aCommentSectionAfterTheStoryStillGoes() {
        let comments = (1...6).map { "Reader \($0) wrote that the fine was far too small for a business that had ignored its own staff for so long." }
        let a = pasted(["Baker fined after customer finds wire in a loaf of bread", "", "By Fiona Rennie", ""]
            + story.flatMap { [$0, ""] } + ["Comments", ""] + comments)
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aCommentFormsFieldPromptsGo() {
        let a = pasted(["Baker fined after customer finds wire in a loaf of bread", "", "By Fiona Rennie", ""]
            + story.flatMap { [$0, ""] } + ["", "Please enter your comment!", "Please enter your name here", "Please provide your email address"])
        #expect(a.paragraphs.map(\.text) == story)
    }
}
