import Testing
@testable import ParallaxCore

/// A quote hung on a participle with no speech verb ("…, dedicating it “…”") is said by the subject of the clause
/// before it, and a clause after ", and" has its own subject. Our own sentences.
@Suite struct ParticipleClauseSpeakerTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
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

    @Test func aCapitalisedAdjectiveInTheObjectIsNoSpeaker() {
        #expect(Self.speakers([
            "Danish Prime Minister Halla Ostrand visited the harbour on Monday night.",
            "The Danish leader credited the ‘courage’ and ‘great skill’ of crews with sparing Old Harbour’s handsome Georgian terraces and two stone towers from ruin, saying ‘the worst is over’.",
        ]) == ["Halla Ostrand"])
    }

    @Test func criesFromAGroupAreTheGroups() {
        #expect(Self.speakers([
            "Fire crews were called at six.",
            "But much of the Lindqvist Gallery exhibition hall was ruined. The glass roof fell in to loud cries of ‘Oh my word’ from neighbours watching the scene.",
        ]) == ["neighbours"])
        #expect(Self.speakers([
            "The water rose over the doors to shouts of “Get out now” from the staff on the stairs.",
        ]) == ["the staff"])
        #expect(Self.speakers([
            "The tower fell to gasps of ‘There it goes’ from onlookers frozen by the sight.",
        ]) == ["onlookers"])
    }

    @Test func aQuoteBeforeAColonAndASpeakerWhoSays() {
        #expect(Self.speakers([
            "‘We will rebuild the pier’: Harbour master Ingrid Selkirk says ‘the worst’ is over as the storm moves east and crews begin clearing the seafront",
            "Harbour master Ingrid Selkirk spoke on Tuesday.",
        ]) == ["Ingrid Selkirk"])
    }
}

