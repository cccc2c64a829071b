import Testing
@testable import ParallaxCore

/// A picture's caption printed twice on two lines in a row with no credit (its alt words over the caption) goes,
/// both copies; a writer's picture's alt words ("Jane Roe Avatar") under the headline are the byline (stop 36,
/// real pages kept outside the repository). Pages of our own.
@Suite struct DoubledCaptionTests {
    static let story = [
        "The ferry service resumed on Friday after a week of storms kept every boat in the harbour.",
        "",
        "The operator said about 3,000 passengers had been booked onto later sailings at no extra cost.",
    ]

    @Test func aCaptionPrintedTwiceGoes() {
        let caption = "Passengers queue at the harbour office on Friday to rebook their tickets for the weekend."
        let a = RepeatedLabelsTests.parse(["Ferries sail again after storms", "", caption, caption, ""] + Self.story
            + ["", "Crews check the mooring lines at the east pier before the first sailing.", "Crews check the mooring lines at the east pier before the first sailing.", "", "More sailings are planned next week."])
        #expect(a.paragraphs.map(\.text) == [Self.story[0], Self.story[2], "More sailings are planned next week."])
    }

    @Test func aHeadlineTwiceOrAParagraphRepeatedFurtherOnStays() {
        let head = "Ferries sail again after storms"
        let a = RepeatedLabelsTests.parse([head, head, ""] + Self.story + ["", Self.story[0]])
        #expect(a.title == head)
        #expect(a.paragraphs.first?.text == Self.story[0])
    }

    @Test func theWritersPictureNamesTheByline() {
        let a = RepeatedLabelsTests.parse(["Ferries sail again after storms", "", "Crews worked through the night to clear the harbour.",
                                           "Jane Roe Avatar", ""] + Self.story)
        #expect(a.byline == "Jane Roe")
        #expect(!a.paragraphs.contains { $0.text.contains("Avatar") })
    }
}
