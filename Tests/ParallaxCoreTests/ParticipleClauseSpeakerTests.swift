import Testing
@testable import ParallaxCore

/// A quote hung on a participle with no speech verb ("…, dedicating it “…”") is said by the subject of the clause
/// before it, and a clause after ", and" has its own subject. Our own sentences.
@Suite struct ParticipleClauseSpeakerTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        QuoteUnseenCopyTests.ledger([("a", paragraphs)]).quotes.flatMap(\.instances)
            .sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }.map(\.speaker)
    }

    @Test func aParticipleAfterACoordinatedClauseIsItsSubjects() {
        #expect(Self.speakers([
            "The late painter Oswin Tarrant won the landscape prize for The Valley. He died in May, and his niece Delphine Tarrant accepted, dedicating it “to every painter who never sold a canvas”.",
        ]) == ["Delphine Tarrant"])
    }

    @Test func aNameSetOffByCommasAfterAndIsNoClause() {
        // "Tarrant, and his friend Delphine Marsh, said": one subject of two people, not a clause of its own.
        #expect(Self.speakers([
            "The painter Oswin Tarrant opened the show on Friday.",
            "Tarrant, and his friend Delphine Marsh, said “the valley has never looked better”.",
        ]) == ["Oswin Tarrant"])
        // Without the commas the clause after ", and" has its own subject and speech verb.
        #expect(Self.speakers([
            "The painter Oswin Tarrant opened the show on Friday, and his friend Delphine Marsh said “the valley has never looked better”.",
        ]) == ["Delphine Marsh"])
    }

    @Test func aClauseAfterButBetweenTheVerbAndTheQuoteHoldsTheSpeaker() {
        #expect(Self.speakers([
            "Port manager Ingrid Selkirk spoke to staff on Monday.",
            "The operator has not said how many sailings it cancelled, but Selkirk put the number at ‘close to forty’ for the month.",
        ]) == ["Ingrid Selkirk"])
    }
}
