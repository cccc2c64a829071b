import Testing
@testable import ParallaxCore

/// Inside someone's quote, a "he" or "she" that the story brought in only by kinship ("her late husband",
/// "his mother") is that relative, not the last person named — README "Quotes and details". Our own sentences.
@Suite struct KinAntecedentTests {
    static func nested(_ paragraphs: [String]) -> [String?] {
        QuoteUnseenCopyTests.ledger([("a", paragraphs)]).quotes.flatMap(\.instances).filter(\.nested).map(\.speaker)
    }

    @Test func theRelativeBroughtInBeforeTheQuote() {
        #expect(Self.nested([
            "The chief executive, Marcus Hale, said the pool would close in March.",
            "Edith Rowe, 82, a swimmer, told the meeting her late father had helped to build it in 1936.",
            "“He always said, ‘This water belongs to the town,’” she said.",
        ]) == ["her late father"])
    }

    @Test func aRelativeNamedAfterTheKinWordIsTheName() {
        // "her son, Daniel," names him: the name is the antecedent, as before.
        #expect(Self.nested([
            "Edith Rowe, 82, a swimmer, came with her son, Daniel Rowe, who teaches at the school.",
            "“He told me, ‘They will never close it while you swim,’” she said.",
        ]) == ["Daniel Rowe"])
    }

    @Test func outsideAQuoteTheNamedPersonStaysTheAntecedent() {
        let l = QuoteUnseenCopyTests.ledger([("a", [
            "Marcus Hale said his father had run the baths for years.",
            "“We will find the money somewhere,” he said.",
        ])])
        #expect(l.quotes.flatMap(\.instances).map(\.speaker) == ["Marcus Hale"])
    }

    @Test func aPronounAfterAnUnnamedRelativesSentenceIsTheirs() {
        // "The girl's father … said …": the "he" of the next sentence is him, not the officer named before.
        let l = QuoteUnseenCopyTests.ledger([("a", [
            "Det Insp Paul Varga said the driver had stopped at the scene.",
            "The girl's father, who asked not to be named, said she had been walking to school. “She is a bright, gentle kid,” he told reporters.",
        ])])
        #expect(l.quotes.flatMap(\.instances).map(\.speaker) == ["the girl's father"])
    }

    @Test func aRelativeInsideAReportedClauseIsNotTheSubject() {
        // "X tells … that her grandmother used to say ‘…’": the next "she says" is still X.
        let l = QuoteUnseenCopyTests.ledger([("a", [
            "Mayor Ruth Adler tells the meeting that her grandmother ran the kiosk and used to say ‘a town is its last boat home’. ‘We have kept the boat,’ she says.",
        ])])
        #expect(l.quotes.flatMap(\.instances).sorted { $0.start < $1.start }.map(\.speaker) == ["her grandmother", "Ruth Adler"])
    }
}

