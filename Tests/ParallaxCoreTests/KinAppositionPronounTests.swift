import Testing
@testable import ParallaxCore

/// A relative named beside the possessor's kin word ("His son, Matthew, works on wind farms.") is a side
/// mention: a "he" in a later paragraph goes on with the man "his" stands for (quotes9's feature) — README
/// "Quotes and details". Our own sentences.
@Suite struct KinAppositionPronounTests {
    private func speakers(_ paragraphs: [String]) -> [String?] {
        QuoteUnseenCopyTests.ledger([("a", paragraphs)]).instances(inArticle: "a").map(\.instance.speaker)
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


/// A page whose lede the paste lost opens with "He said …": the one person its headline names in full speaks.
/// Our own sentences.
@Suite struct HeadlinePersonPronounTests {
    static func speakers(_ lines: [String]) -> [String?] {
        let a = pasted(lines)
        return QuoteLedger.build(story: Story(id: "t", path: "t", articles: [a])).instances(inArticle: a.id).map(\.instance.speaker)
    }

    @Test func theHeadlinesPersonTakesAnOpeningPronoun() {
        #expect(Self.speakers([
            "Harbour master Ingrid Selkirk vows to rebuild the storm-wrecked pier", "",
            "She said in a statement on the quay on Tuesday: “We will rebuild the pier, stone by stone, and it will be open by summer.”", "",
            "The storm tore away the last sixty metres of the pier on Sunday night, and the lifeboat station lost its slipway.", "",
            "Harbour master Ingrid Selkirk has run the port since 2019.", "",
        ]) == ["Ingrid Selkirk"])
    }

    @Test func twoPeopleInTheHeadlineLeaveItUnknown() {
        #expect(Self.speakers([
            "Ingrid Selkirk and Tomas Berg vow to rebuild the storm-wrecked pier", "",
            "She said in a statement on the quay on Tuesday: “We will rebuild the pier, stone by stone, and it will be open by summer.”", "",
            "The storm tore away the last sixty metres of the pier on Sunday night, and the lifeboat station lost its slipway.", "",
            "Harbour master Ingrid Selkirk and engineer Tomas Berg have run the port since 2019.", "",
        ]) == [nil])
    }
}
