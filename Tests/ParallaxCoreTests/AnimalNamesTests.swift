import Testing
@testable import ParallaxCore

/// An animal the story names (a zoo's cat, a racehorse, a lost dog) is no person, even under a common given name;
/// the people around it still are. Sentences of our own.
@Suite struct AnimalNamesTests {
    @Test func anAppositionWithAnAnimalMakesTheNameNoPerson() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("wire", ["Rosa, a six-year-old Sumatran tiger, slipped out of her paddock on Friday, keeper Owen Pask said.",
                      "Rosa was back in her enclosure by noon, and Pask said she had not been hurt."]),
            ("local", ["Staff said Rosa had been calm throughout, director Imke Vollan added."]),
        ]))
        #expect(!names(idx).contains("Rosa"))
        #expect(count(idx, "Owen Pask") == 2)
        #expect(names(idx).contains("Imke Vollan"))
    }

    @Test func theNounBeforeTheNameMakesItNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "The racehorse Harriet won by two lengths, trainer Colm Feeney said.",
            "Harriet will now be rested until the spring.",
        ]))
        #expect(!names(idx).contains("Harriet"))
        #expect(names(idx).contains("Colm Feeney"))
    }

    @Test func aPersonInAnAppositionStaysAPerson() {
        let idx = PeopleIndex.build(story: story([
            "Harriet Moss, a vet at the park, darted the tiger shortly after midnight.",
            "Moss said the cat was unhurt.",
        ]))
        #expect(count(idx, "Harriet Moss") == 2)
    }

    @Test func aStreetIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Residents of Tarrow Lane said the road had flooded three times this year, councillor Ruth Amory said.",
        ]))
        #expect(!names(idx).contains("Tarrow Lane"))
        #expect(names(idx).contains("Ruth Amory"))
    }
}
