import Testing
@testable import ParallaxCore

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
