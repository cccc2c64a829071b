import Testing
@testable import ParallaxCore

/// Text from a print page: the running header names the paper (not the writer), a headline broken over two
/// lines is one headline, and "From page 4" goes.
@Suite struct PrintPageShapesTests {
    let story = [
        "Residents of the valley queued at water tankers for a third day after the reservoir fell to its lowest level on record.",
        "The council said it would drill two new boreholes next month and asked households to limit their use in the meantime.",
    ]


    @Test func runningHeaderNamesThePaper() {
        let a = pasted(["7 THE VALLEY GAZETTE                Friday, November 27, 2026", "", "Taps run dry in the valley", "",
                        "By Anele Dube", ""] + story.flatMap { [$0, ""] })
        #expect(a.outlet == "THE VALLEY GAZETTE")
        #expect(a.byline == "Anele Dube")
    }

    @Test func runningHeaderWithThePageNumberLast() {
        let a = pasted(["Taps run dry in the valley after the reservoir fails", "", ""] + story.flatMap { [$0, ""] }
            + ["VALLEY GAZETTE · NOVEMBER 27, 2026          A7"])
        #expect(a.byline == nil)
    }

    @Test func headlineBrokenOverTwoLines() {
        let a = pasted(["Valley taps run dry as", "reservoir hits record low", "", "By Anele Dube", ""] + story.flatMap { [$0, ""] })
        #expect(a.title == "Valley taps run dry as reservoir hits record low")
    }

    @Test func continuationLabelGoes() {
        let a = pasted(["Taps run dry in the valley after the reservoir fails", "", story[0], "", "From page 4", story[1]])
        #expect(a.paragraphs.map(\.text) == story)
    }
}
