import Testing
@testable import ParallaxCore

/// Unnamed speakers described by whom they belong to ("a pal of the star", "another source close to the
/// show", "one of the neighbours") keep the whole phrase, and "“…,” they said" after such a speaker in the
/// same paragraph is theirs — README "Quotes and details". Our own sentences.
@Suite struct DescribedSpeakerTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs, opening: ["The singer Tomas Vell cancelled his Glasgow show on Tuesday."])
    }

    @Test func aFamilyNameThatIsAMonthAfterACourtesyTitle() {
        // Real resignation copy (not in the repo): "Mrs May said: …" was a quote of no one.
        let speakers = QuoteUnseenCopyTests.ledger([("a", [
            "Theresa May has confirmed that she will resign as leader on 7 June.",
            "Mrs May said: “It is a matter of deep regret to me that I could not finish the work.”",
        ])]).quotes.flatMap(\.instances).map(\.speaker)
        #expect(speakers == ["Theresa May"])
    }

    /// "X, Spain's consul in Leeds, who attended, called it “…”": the "who" clause is an aside set off by commas,
    /// and the verb after it is X's, not the place's before "who".
    @Test func anAsideWhoClauseLeavesTheVerbToTheSentencesSubject() {
        #expect(Self.speakers([
            "Tomas Ruiz, Spain’s consul in Leeds, who attended the launch, called the bridge “a gift to both towns”.",
        ]) == ["Tomas Ruiz"])
    }

    @Test func someoneInOrFromAPlaceIsTheSpeakerNotThePlace() {
        #expect(Self.speakers([
            "“It was the most beautiful town in the valley and now there is nothing left,” a woman in Pontelisca told reporters.",
            "“We heard the river before we saw it,” a farmer from Castelvero said.",
        ]) == ["a woman in Pontelisca", "a farmer from Castelvero"])
    }

    @Test func aFriendOfTheStarIsTheSpeaker() {
        #expect(Self.speakers([
            "A pal of the star told the paper: “He has not had a day off since March.”",
        ]) == ["a pal of the star"])
    }

    @Test func noBeforeAFigureKeepsItsCapital() {
        // "No 10" is Downing Street, not the determiner "no".
        let speaker = Self.speakers(["A No 10 spokesman said: “The tour has our full support.”"]).first ?? nil
        #expect(speaker?.hasPrefix("No 10") == true || speaker?.hasPrefix("a No 10") == true, "\(String(describing: speaker))")
    }

    @Test func aSourceCloseToSomethingIsTheSpeaker() {
        #expect(Self.speakers([
            "Another source close to the tour said: “The promoters knew a week ago.”",
        ]) == ["another source close to the tour"])
    }

    @Test func aSourceCloseToAPersonIsNotThatPerson() {
        #expect(Self.speakers([
            "A source close to Tomas Vell said: “He is resting and he will be back in the spring.”",
        ]) == ["a source close to Tomas Vell"])
    }

    @Test func theyAfterAnUnnamedSpeakerOfTheParagraph() {
        #expect(Self.speakers([
            "A venue spokesperson said refunds would be paid within a week. “Nobody will lose a penny,” they said.",
        ]) == ["a venue spokesperson"])
    }

    @Test func theyIsNotANamedPerson() {
        // A person named by name is not whom "they" stands for: left unknown as before.
        #expect(Self.speakers([
            "Tomas Vell said the tickets would be honoured. “Nobody will lose a penny,” they said.",
        ]) == [nil])
    }
}
