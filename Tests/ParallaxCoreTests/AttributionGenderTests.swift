import Testing
@testable import ParallaxCore

/// A "she said" closing the quote right after a sentence in which one named person speaks tells that
/// person's gender, so a later "he said" after two names goes to the other one — README "Quotes and
/// details". Our own sentences.
@Suite struct AttributionGenderTests {
    @Test func sheSaidAfterTheOnlyPersonSpeakingMakesHerAWoman() {
        let l = QuoteUnseenCopyTests.ledger([
            ("herald", [
                "Search leader Kit Dunne and Robin Price found the walker at dawn.",
                "Dunne said the hut had saved the walker. “Without a roof she would not have lasted,” she said.",
            ]),
            ("post", ["Kit Dunne, who led the search, and Robin Price, a volunteer, spotted smoke from the chimney. He said: “I have never been so glad to see smoke.”"]),
        ])
        let glad = l.quotes.first { $0.text.contains("glad to see smoke") }
        #expect(glad?.speaker == "Robin Price")
    }

    @Test func aWomanLeftOutOfAJointSentenceLeavesHeToTheMan() {
        let l = QuoteUnseenCopyTests.ledger([
            ("a", [
                "Finance chief Sam Nair said the plant would close. Asked about more closures, she said: “I would not rule anything out.”",
                "Sam Nair and chief executive Alex Okoro both said energy costs had doubled. He added: “We hedged too little.”",
            ]),
        ])
        #expect(l.quotes.first { $0.text.contains("hedged") }?.speaker == "Alex Okoro")
    }

    /// "her" in the sentence is someone else than the one a "he said" would name: nothing is learnt.
    @Test func theOtherGendersPronounNearbyTeachesNothing() {
        let story = Story(id: "t", path: "t", articles: [QuoteExtractionTests.article("a", [
            "Sam Nair said her son had phoned from the ship. “I am fine,” he said.",
            "Alex Okoro said the crew were safe. “Everyone is accounted for,” he said.",
        ])])
        var names = NameResolver(story: story, people: PeopleIndex.build(story: story))
        names.learnGendersFromAttributions(story: story)
        #expect(names.genders["Sam Nair"] == nil)
        #expect(names.genders["Alex Okoro"] == false)
    }

    @Test func twoPeopleInTheSentencesTeachNothing() {
        let story = Story(id: "t", path: "t", articles: [QuoteExtractionTests.article("a", [
            "Sam Nair said Alex Okoro had called. “We are fine,” she said.",
        ])])
        var names = NameResolver(story: story, people: PeopleIndex.build(story: story))
        names.learnGendersFromAttributions(story: story)
        #expect(names.genders.isEmpty)
    }
}
