import Testing
@testable import ParallaxCore

/// A relative named beside the possessor's kin word ("His son, Matthew, works on wind farms.") is a side
/// mention: a "he" in a later paragraph goes on with the man "his" stands for (quotes9's feature) — README
/// "Quotes and details". Our own sentences.
@Suite struct KinAppositionPronounTests {
    private func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
    }

    @Test func theRelativeOfTheSameSexIsNotTheNextHe() {
        #expect(speakers([
            "Jim Tregar, 67, is the last full-time fisherman in the village. His son, Matthew, works on wind farms.",
            "Out past the point he looks at the cliff. “Every one of those houses was a fishing family,” he says.",
        ]) == ["Jim Tregar"])
    }

    @Test func aRelativeOfTheOtherSexOrOneWhoSpeaksStaysTheAntecedent() {
        #expect(speakers([
            "Ann Tregar runs the harbour cafe. Her husband, Ron Tregar, works nights on the ferry.",
            "“The night crossings are the quiet ones,” he said.",
        ]) == ["Ron Tregar"])
        #expect(speakers([
            "Jim Tregar has fished here for fifty years. His son, Matthew Tregar, said the boat would be sold.",
            "“Nobody wants to buy a trawler now,” he said.",
        ]) == ["Matthew Tregar"])
    }

    @Test func theKinWordWithoutCommasIsASideMentionToo() {
        #expect(speakers([
            "Ingrid Selkirk has announced she will step down as harbour master after nine years.",
            "Speaking about her family she said she was looking forward to being at home when her daughter Maren started school.",
            "“I will be at the gate every afternoon this year.”",
            "She will also marry her partner Tomas Berg, after the storms forced them to cancel their wedding.",
            "“And to Tomas, let’s finally set a date.”",
        ]) == ["Ingrid Selkirk", "Ingrid Selkirk"])
    }
}
