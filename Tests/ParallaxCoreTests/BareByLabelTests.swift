import Testing
@testable import ParallaxCore

/// "By" alone over the writers' names, one a line — docs/ingestion.md, "Real pages, stop 37". Our own lines.
@Suite struct BareByLabelTests {
    @Test func twoNamesUnderABareByAreTheByline() {
        let a = pastedParagraphs([
            "Harbour council votes to close the old ferry pier",
            "The vote ends a decade of repairs.",
            "By",
            "Mara Lindqvist",
            "Tomas Reyes",
            "The harbour council voted on Tuesday to close the old ferry pier after an engineer's report found its piles had rotted through.",
            "The pier will shut at the end of the month, and the ferry will use the north quay until a new berth is built.",
        ])
        #expect(a.byline == "Mara Lindqvist and Tomas Reyes")
        let texts = a.paragraphs.map(\.text)
        #expect(!texts.contains("By"))
        #expect(!texts.contains("Mara Lindqvist"))
        #expect(!texts.contains("Tomas Reyes"))
        #expect(texts.contains { $0.hasPrefix("The harbour council voted") })
    }

    @Test func oneNameUnderAColonLabel() {
        let a = pasted([
            "Harbour council votes to close the old ferry pier",
            "By:",
            "Mara Lindqvist",
            "The harbour council voted on Tuesday to close the old ferry pier after an engineer's report found its piles had rotted through.",
        ])
        #expect(a.byline == "Mara Lindqvist")
        #expect(!a.paragraphs.map(\.text).contains("By:"))
    }

    @Test func aSentenceUnderTheLabelIsNoName() {
        let a = pastedParagraphs([
            "Harbour council votes to close the old ferry pier",
            "By",
            "The council said the pier would shut.",
            "The harbour council voted on Tuesday to close the old ferry pier after an engineer's report found its piles had rotted through.",
        ])
        #expect(a.byline == nil)
        #expect(a.paragraphs.map(\.text).contains { $0.hasPrefix("The harbour council voted") })
    }
}
