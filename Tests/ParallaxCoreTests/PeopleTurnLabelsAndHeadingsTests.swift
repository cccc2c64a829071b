import Foundation
import Testing
@testable import ParallaxCore

/// Where a name stands outside the copy's sentences: a transcript's turn labels, sub-headings, a listicle's
/// numbered lines, and names typed in lower case in a post. Sentences of our own.
@Suite struct PeopleTurnLabelsAndHeadingsTests {
    func labels(_ idx: PeopleIndex, _ name: String) -> Int {
        idx.people.first { $0.name == name }?.mentions.filter { $0.kind == .label }.count ?? 0
    }

    @Test func turnLabelsSayWhoSpeaksAndAreNoNameMention() {
        let idx = PeopleIndex.build(story: story([
            "Radio Fenwick's morning programme on the harbour fire.",
            "TAMSIN OKORO (PRESENTER): Good morning. Our reporter Idris Valk went down to the quay. What did you see there, Idris?",
            "IDRIS VALK (REPORTER): Smoke, Tamsin, a great deal of it. The crews were there by six.",
            "TAMSIN OKORO: And the harbour master?",
            "CLIP – WENDELL ASHCROFT: We had every boat out of the basin inside an hour.",
            "IDRIS VALK: That was Wendell Ashcroft, who runs the harbour.",
        ]))
        // Named in full only in her labels: she is still a person, and "Tamsin" in a turn is her.
        #expect(names(idx).contains("Tamsin Okoro"))
        #expect(count(idx, "Tamsin Okoro") == 1)
        #expect(labels(idx, "Tamsin Okoro") == 2)
        // "Our reporter Idris Valk", "Idris": two mentions; his two labels are labels.
        #expect(count(idx, "Idris Valk") == 2)
        #expect(labels(idx, "Idris Valk") == 2)
        // A played clip's label names its speaker; the turn that names him again is the one mention.
        #expect(count(idx, "Wendell Ashcroft") == 1)
        #expect(labels(idx, "Wendell Ashcroft") == 1)
    }

    @Test func oneLabelAloneIsNoTranscript() {
        let idx = PeopleIndex.build(story: story([
            "EXCLUSIVE: Priscilla Mbeki-Hart has quit the board, two people told us.",
            "Mbeki-Hart, 58, said she would not comment.",
        ]))
        #expect(count(idx, "Priscilla Mbeki-Hart") == 2)
    }

    @Test func aSubHeadingHoldsNoNameMention() {
        let a = ArticleLoader.parse(text: [
            "Council leader quits over depot sale", "",
            "Councillor Bronwen Teague resigned as leader of Ashmere council on Tuesday after a row over the sale of the old bus depot.", "",
            "Who is Bronwen Teague?", "",
            "Teague, 61, has led the council since 2019 and was a primary school head before that, in the town where she grew up.", "",
        ].joined(separator: "\n"), id: "p", path: "p.txt")
        let heading = a.paragraphs.first { $0.text == "Who is Bronwen Teague?" }
        #expect(heading?.isHeading == true)
        let idx = PeopleIndex.build(story: Story(id: "s", path: "s", articles: [a]))
        #expect(count(idx, "Bronwen Teague") == 2)
    }

    @Test func aListiclesNumberedLinesAreSubHeadings() {
        let a = ArticleLoader.parse(text: [
            "Five things we learned at the regatta", "",
            "It was a long, wet day on the river and here is what stood out.", "",
            "1. Ottilie Marsh is the real deal", "",
            "Marsh won the single sculls by three lengths and then went back out to help the marshals pull a boat in.", "",
            "2. The rain never stopped", "",
            "Nobody had a dry seat by noon and the umbrellas had given up long before the final races began.", "",
        ].joined(separator: "\n"), id: "p", path: "p.txt")
        #expect(a.paragraphs.filter(\.isHeading).map(\.text) == ["1. Ottilie Marsh is the real deal", "2. The rain never stopped"])
        // A numbered list has its items side by side: none of them is a heading.
        let list = ArticleLoader.parse(text: [
            "Council sets out its plan for the depot", "",
            "The council said the plan has three parts, to be voted on next month by the full chamber.", "",
            "1. Sell the depot", "", "2. Build homes", "", "3. Move the buses", "",
            "The vote is on the fourth of next month, a spokesman for the council said on Friday.", "",
        ].joined(separator: "\n"), id: "q", path: "q.txt")
        #expect(list.paragraphs.filter(\.isHeading).isEmpty)
    }

    @Test func aKnownFullNameInLowerCaseIsAMention() {
        let idx = PeopleIndex.build(story: story([
            "The comedian Hollis Brandreth hosted the evening for a third year.",
            "@fanpage: hollis brandreth should host every show forever",
            "Fans will smith the old jokes into new ones, one of them said.",
        ]))
        #expect(count(idx, "Hollis Brandreth") == 2)
    }
}
