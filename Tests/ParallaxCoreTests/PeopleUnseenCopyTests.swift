import Testing
@testable import ParallaxCore

/// Rules added after the blind story's first run (README "People"), each on sentences of our own.
@Suite struct PeopleUnseenCopyTests {
    @Test func frenchParticleDesJoinsTheName() {
        let idx = PeopleIndex.build(story: story([
            "The museum's president, Claire des Vignes, wrote to the ministry in March.",
            "Ms des Vignes said the roof was leaking.",
        ]))
        #expect(names(idx) == ["Claire des Vignes"])
        #expect(count(idx, "Claire des Vignes") == 2)
        // A lowercase "des" between a capitalised word and a lowercase one joins nothing.
        #expect(PeopleIndex.build(story: story(["The Cour des comptes said costs had doubled."])).people.isEmpty)
    }

    @Test func aFamilyNameThatSpeaksAloneProvesTheFullName() {
        // Neither word is in a name list: the family name as the subject of "said" says a person.
        let idx = PeopleIndex.build(story: story([
            "The firm's head of design, Odile Varrenne, described the case as its lightest yet.",
            "Varrenne said the hinge had been tested to half a million folds.",
        ]))
        #expect(names(idx) == ["Odile Varrenne"])
        #expect(count(idx, "Odile Varrenne") == 2)
        // One bare use that does not speak is not enough.
        #expect(PeopleIndex.build(story: story([
            "The ferry Odile Varrenne left the harbour at noon.",
            "Crowds waved as Varrenne passed the breakwater.",
        ])).people.isEmpty)
    }

    @Test func compoundGivenNameWithAKnownPart() {
        let idx = PeopleIndex.build(story: story(["The clock was made by Pierre-Ambroise Delorme in 1790 for the palace."]))
        #expect(names(idx) == ["Pierre-Ambroise Delorme"])
        #expect(PeopleIndex.build(story: story(["The clock was made by Ambroise Delorme in 1790 for the palace."])).people.isEmpty)
    }

    @Test func regnalNumeralMakesAName() {
        let idx = PeopleIndex.build(story: story(["The brooch was a gift from Ludovic IV to his daughter in 1801."]))
        #expect(names(idx) == ["Ludovic IV"])
        // Not after "the", and not a lone capitalised word at the start of a sentence.
        #expect(PeopleIndex.build(story: story(["Tickets for the Zephyr IV tour went on sale."])).people.isEmpty)
    }

    @Test func namesHaveNoDigits() {
        let idx = PeopleIndex.build(story: story(["“It was quick,” she told Radio7, adding that the crowd was calm."]))
        #expect(idx.people.isEmpty)
    }

    @Test func theBeforeANameMakesItAnInstitution() {
        let idx = PeopleIndex.build(story: story([
            "The Hermitage has confirmed that the exhibition will close early.",
            "A spokesman said the Prado told reporters nothing had been lent.",
        ]))
        #expect(idx.people.isEmpty)
        // Without "the", the speech verb still counts.
        #expect(names(PeopleIndex.build(story: story(["Officials were silent, but Delorme told reporters nothing had been lent."]))) == ["Delorme"])
    }

    @Test func publicationWithACommonHeadWordIsNoPerson() {
        #expect(PeopleIndex.build(story: story(["“We left at once,” she told Harbour Press on Monday."])).people.isEmpty)
        #expect(names(PeopleIndex.build(story: story(["“We left at once,” she told Laura Post on Monday."]))) == ["Laura Post"])
    }
}
