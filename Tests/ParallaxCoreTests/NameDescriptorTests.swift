import Testing
@testable import ParallaxCore

/// Words before a name that say what a person is rather than who: a party ("Kansas Republican Thomas
/// Brenner"), and a name with no cue of its own that the next sentence goes on about as "she" or "he".
/// Sentences of our own.
@Suite struct NameDescriptorTests {
    @Test func aPartyBeforeAGivenNameIsNoPartOfTheName() {
        let idx = PeopleIndex.build(story: story([
            "Kansas Republican Thomas Brenner, who voted for the bill, said he had come to the hearing unconvinced.",
            "Labour councillors in the town voted against the plan.",
        ]))
        #expect(names(idx) == ["Thomas Brenner"])
    }

    @Test func aSubjectTheNextSentenceCallsSheIsAPerson() {
        let idx = PeopleIndex.build(story: story([
            "On the north quay, Morva Tregenza has sold crab sandwiches from a hatch for nine years. She says the season gets shorter every year.",
        ]))
        #expect(names(idx) == ["Morva Tregenza"])
    }

    @Test func aSubjectTheNextSentenceCallsItIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "On the north quay, Polgrain Fisheries has sold crab from a hatch for nine years. It says the season gets shorter every year.",
        ]))
        #expect(names(idx).isEmpty)
    }

    @Test func whoPlaysAPartIsAPerson() {
        let idx = PeopleIndex.build(story: story([
            "Her brother, played with a nervy charm by Devan Rajaratnam, arrives on the supply boat to take her home.",
            "The lighthouse, built by Harbour Trust engineers in 1871, was automated in 1979.",
        ]))
        #expect(names(idx) == ["Devan Rajaratnam"])
    }

    @Test func aRankedPlayerAndAThankedHostArePeople() {
        let idx = PeopleIndex.build(story: story([
            "Korsgaard, coached by the former world No 9 Petra Valkonen, rises to 31st in the rankings on Monday.",
            "Good morning, and thank you to Rhiannon Gatley and the Federation for inviting me.",
        ]))
        #expect(names(idx).contains("Petra Valkonen"))
        #expect(names(idx).contains("Rhiannon Gatley"))
    }
}
