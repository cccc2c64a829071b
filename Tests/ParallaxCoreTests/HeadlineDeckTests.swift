import Testing
@testable import ParallaxCore

/// A headline ending in a particle ("… goes on") over its deck is two lines, not one sentence the paste cut in
/// two; a sentence cut by a blank line is still joined. Our own sentences.
@Suite struct HeadlineDeckTests {
    let story = [
        "PORTLEVEN — The harbour board voted on Tuesday to double the mooring fees charged to visiting yachts from April.",
        "Board members said the money would pay for the repair of the outer breakwater, damaged in three winter storms.",
        "Yacht owners said the rise would drive visitors to other ports along the coast before the summer season.",
    ]

    @Test func aDeckUnderAHeadlineEndingInAParticleStaysApart() {
        let a = pasted(["Harbour fees row at the Portleven marina rumbles on", "Board chair the target as angry yacht owners threaten an Easter boycott", ""] + story.flatMap { [$0, ""] })
        #expect(a.paragraphs.map(\.text).suffix(3) == story[...])
        #expect(!a.paragraphs.contains { $0.text.hasPrefix("Harbour fees row at the Portleven marina rumbles on Board") })
        #expect(a.title == "Harbour fees row at the Portleven marina rumbles on")
    }

    @Test func aSentenceCutByABlankLineIsStillOne() {
        let a = pasted(["Harbour fees to double", ""] + [story[0], "", "Board members said the money would pay for the repair of the", "",
                        "outer breakwater, damaged in three winter storms.", "", story[2]])
        #expect(a.paragraphs.map(\.text) == story)
    }
}
