import Testing
@testable import ParallaxCore

/// Captions that only their credit or their repetition gives away, and story lines that merely look like
/// credits (shapes found on real pastes of five-outlet stories; the sentences here are our own).
@Suite struct CaptionCreditTests {
    let headline = "Volunteers reopen the mountain road after a week of landslides"
    let story = [
        "Volunteers cleared the last boulders from the mountain road on Sunday, a week after heavy rain brought down the slopes above it.",
        "The regional council said buses would run again from Monday, though trucks must wait until engineers check two bridges.",
        "Farmers in the upper valley, cut off since the first landslide, had carried supplies on foot along a forest track.",
        "The council expects the full repair of the road to cost about four million euros and to take most of the summer.",
    ]


    func reason(_ a: Article, _ line: Int) -> String? { a.removed.first { $0.line == line }?.reason }

    @Test func aLabelEndingInPictureOverProseIsStoryText() {
        // An all-caps label such as a match report sets ("THE WIDER PICTURE:") over sentences of the story.
        let label = "THE WIDER PICTURE: The goalkeeper stopped two penalties, the striker hit the post with the last kick, and the visitors kept their nerve to win the shootout."
        let a = pasted([headline, "", story[0], "", label, "", story[1]])
        #expect(a.paragraphs.map(\.text) == [story[0], label, story[1]])
        // A short label of the same kind is no credit either.
        let short = "The full picture: rain again tomorrow."
        #expect(ChromeRules.reason(for: short) == nil)
        // Inside a line, a label and a name close a caption: that is still a credit.
        #expect(ChromeRules.reason(for: "Crews clear the road near the pass. Picture: Anna Berg") == "photo caption or credit")
        #expect(ChromeRules.reason(for: "Crews clear the road near the pass Photo: Reuters") == "photo caption or credit")
    }

    @Test func aLineEndingInAnAgencyAndPhotographerIsACaption() {
        let caption = "A volunteer carries a bag of sand past the blocked tunnel entrance on Saturday.  (AFP: Marta Lindqvist)"
        let a = pasted([headline, "", caption, "", story[0], "", story[1]])
        #expect(a.paragraphs.map(\.text) == [story[0], story[1]])
        #expect(reason(a, 3) == "photo caption or credit")
        #expect(ChromeRules.endsInBracketedCredit("Buses wait at the depot. (Reuters/Tomas Ek)"))
        #expect(ChromeRules.endsInBracketedCredit("The bridge after the flood. (ABC News: Jo Marsh)"))
        // Brackets that name no picture desk, or an agency alone, end a sentence of the story.
        #expect(!ChromeRules.endsInBracketedCredit("Travellers may cross freely inside the zone (EU/Schengen Area)"))
        #expect(!ChromeRules.endsInBracketedCredit("The report was published on Friday. (AFP)"))
        #expect(!ChromeRules.endsInBracketedCredit("She won the seat for the party (Labour: Jane Holt)"))
    }

    @Test func aCaptionShownTwiceWithItsAgencyIsRemovedAndNamesNoOutlet() {
        let caption = "A digger lifts a fallen pine from the road below the village. (AFP)"
        let a = pasted([headline, "", "Mountain Herald", "", story[0], "", story[1], "", caption, caption, "", story[2]])
        #expect(a.paragraphs.map(\.text) == [story[0], story[1], story[2]])
        #expect(reason(a, 9) == "photo caption or credit")
        #expect(reason(a, 10) == "photo caption or credit")
        #expect(a.outlet != "AFP")
        // Once, the agency closing a paragraph is wire copy's credit: the paragraph stays, and the agency
        // names the outlet.
        let once = pasted([headline, "", story[0], "", story[1] + " (AFP)", "", story[2]])
        #expect(once.paragraphs.map(\.text) == [story[0], story[1], story[2]])
        #expect(once.outlet == "AFP")
    }

    @Test func aShortSentenceRightAboveASourceCreditIsItsCaption() {
        let caption = "A bus waits at the reopened checkpoint below the pass."
        let a = pasted([headline, "", story[0], "", caption, "Source: Associated Press", "", story[1], "", story[2]])
        #expect(a.paragraphs.map(\.text) == [story[0], story[1], story[2]])
        #expect(reason(a, 5) == "photo caption (above its credit)")
        #expect(reason(a, 6) == "photo credit (under its caption)")
        let photo = pasted([headline, "", story[0], "", caption, "Photo: Reuters", "", story[1]])
        #expect(photo.paragraphs.map(\.text) == [story[0], story[1]])
    }

    @Test func aSentenceAboveACreditStaysWhenTheLayoutDoesNotTieThem() {
        let short = "Engineers will inspect both bridges this week."
        // A blank line between the sentence and the credit: nothing ties them.
        let apart = pasted([headline, "", story[0], "", short, "", "Source: Associated Press", "", story[1]])
        #expect(apart.paragraphs.map(\.text) == [story[0], short, story[1]])
        // The first paragraph of the story, however short, is its lead.
        let opening = "Engineers began checking both bridges on the valley road this morning."
        let lead = pasted([headline, "", opening, "Photo: Reuters", "", story[0], "", story[1]])
        #expect(lead.paragraphs.map(\.text).first == opening)
        // Under the last paragraph, the credit is the story's own.
        let last = pasted([headline, "", story[0], "", story[1], "", short, "Source: Associated Press"])
        #expect(last.paragraphs.map(\.text) == [story[0], story[1], short])
        // Two sentences, or one long one, are a paragraph of the story.
        let two = "Engineers will inspect both bridges this week. The council has not said when trucks may return."
        let twice = pasted([headline, "", story[0], "", two, "Source: Associated Press", "", story[1]])
        #expect(twice.paragraphs.map(\.text) == [story[0], two, story[1]])
        // A paste with no blank lines at all: every paragraph touches the next, so adjacency says nothing.
        let packed = pasted([headline, story[0], short, "Source: Associated Press", story[1], story[2]])
        #expect(packed.paragraphs.map(\.text).contains(short))
    }

    /// Tabloids leave the stop off a caption: a longer line in sentence case over a bare credit is still one;
    /// a short sub-heading or one set like a headline stays.
    @Test func aCaptionWithoutItsStopAboveACreditIsACaption() {
        let caption = "Volunteers and a council digger at the foot of the blocked road"
        let a = pasted([headline, "", story[0], "", caption, "Credit: Valley Gazette", "", story[1], "", story[2]])
        #expect(a.paragraphs.map(\.text) == [story[0], story[1], story[2]])
        #expect(reason(a, 5) == "photo caption (above its credit)")
        for heading in ["Buses return on Monday", "What The Council Plans For The Summer Repairs"] {
            let kept = pasted([headline, "", story[0], "", heading, "Credit: Valley Gazette", "", story[1], "", story[2]])
            #expect(kept.paragraphs.map(\.text).contains(heading), "\(heading)")
        }
    }
}
