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
}
