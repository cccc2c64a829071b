import Testing
@testable import ParallaxCore

/// A "Video: …" link between paragraphs and a gallery's caption pasted twice over, the second copy credited
/// ("… Images via social media."), are furniture (README "Accuracy", stop 33); a kicked headline over the story
/// stays the title (`FreshPasteShapeTests` guards it too). Our own sentences.
@Suite struct VideoLinkAndGalleryCaptionTests {
    let story = [
        "The storm flattened sea walls along forty miles of coast on Sunday, and crews were still clearing roads on Monday.",
        "The coastguard said two boats were still missing and that the search would continue through the night.",
        "Residents of the lower town were told to stay with relatives until engineers had checked the river banks.",
    ]

    @Test func aVideoLinkInsideTheStoryIsFurniture() {
        let a = pastedParagraphs(["Storm leaves trail of damage across the coast", story[0],
                                  "Video: Crews clear fallen trees from the coast road after the storm passes", story[1], story[2]])
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.removed.contains { $0.reason == "link to a video or gallery" })
        // Over the story the same shape is the headline.
        let b = pastedParagraphs(["VIDEO: Crews clear fallen trees from the coast road after the storm passes"] + story)
        #expect(b.title == "VIDEO: Crews clear fallen trees from the coast road after the storm passes")
        #expect(b.paragraphs.map(\.text) == story)
    }

    @Test func aGalleryCaptionShownTwiceWithItsCreditIsFurniture() {
        let a = pasted(["Storm leaves trail of damage across the coast", "", story[0], "",
                        "Storm damage in the valley", "Storm damage in the valley as the river burst its banks overnight.",
                        "Storm damage in the valley", "Storm damage in the valley as the river burst its banks overnight. Images via social media.",
                        "", story[1], "", story[2]])
        #expect(a.paragraphs.map(\.text) == story)
        // A sentence that mentions pictures from somewhere is the story's own.
        let said = "Police asked anyone with pictures from the night to send them in via the force's website."
        #expect(pastedParagraphs(["Storm leaves trail of damage across the coast"] + story + [said]).paragraphs.map(\.text) == story + [said])
    }
}
