import Testing
@testable import ParallaxCore

/// A video box's title line pasted into the story: a media label, a bar, the programme's name, a colon and the
/// clip's title ("Media Video | Valley Tonight : …") is the player's furniture, as a "Video: …" link is
/// (`VideoLinkAndGalleryCaptionTests`). A sentence that mentions a video or a bar chart stays. Our own sentences.
@Suite struct VideoBoxTitleTests {
    let story = [
        "The storm flattened sea walls along forty miles of coast on Sunday, and crews were still clearing roads on Monday.",
        "The coastguard said two boats were still missing and that the search would continue through the night.",
        "Residents of the lower town were told to stay with relatives until engineers had checked the river banks.",
    ]

    @Test func aVideoBoxTitleInsideTheStoryIsFurniture() {
        for box in ["Media Video | Valley Tonight : Crews clear fallen trees from the coast road",
                    "Video | Coast News at Six: Storm surge floods the harbour front",
                    "MEDIA VIDEO | Morning Report : What the storm left behind"] {
            let a = pastedParagraphs(["Storm leaves trail of damage across the coast", story[0], box, story[1], story[2]])
            #expect(a.paragraphs.map(\.text) == story, "\(box)")
        }
    }

    @Test func sentencesAboutVideoStay() {
        let said = "Video shared online showed the water reaching the first floor: several cars were swept into the bay."

        for line in [said] {
            let a = pastedParagraphs(["Storm leaves trail of damage across the coast", story[0], line, story[1], story[2]])
            #expect(a.paragraphs.map(\.text) == [story[0], line, story[1], story[2]], "\(line)")
        }
    }
}
