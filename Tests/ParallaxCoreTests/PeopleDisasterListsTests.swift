import Testing
@testable import ParallaxCore

/// Lists of figures and named buildings in disaster copy, found on real quake and air-crash copy (not in the
/// repo) and rebuilt on sentences of our own: none of them names a person.
@Suite struct PeopleDisasterListsTests {
    @Test func aTollByPlaceIsNoAge() {
        // "Morelos, 43" read as a name and an age: a list of places and their dead is no apposition.
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["The toll rose to 94 in the capital, 71 in Morelos, 43 in Puebla, four in Guerrero and one in Oaxaca."]),
            ("b", ["Officials said 71 people died in Morelos state, 43 in Puebla and one in Oaxaca."]),
        ]))
        #expect(names(idx).isEmpty)
    }

    @Test func aCountOfNationalsIsNoAge() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["Thirty-two Kenyans, 18 Canadians, nine Ethiopians and eight Italians were on board, the airline said."]),
            ("b", ["It said 32 Kenyans, 18 Canadians and seven Britons were among the passengers."]),
        ]))
        #expect(names(idx).isEmpty)
        // an age still reads as one
        let aged = PeopleIndex.build(story: story(["Wanjiru Kamau, 34, was travelling to see her sister."]))
        #expect(names(aged) == ["Wanjiru Kamau"])
    }

    @Test func aSchoolNamedAfterSomeoneIsNoMention() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["Rescuers dug through the night at the Tomás Arrieta elementary school in the south of the city."]),
            ("b", ["The worst damage was at the Arrieta primary and secondary school, where a wing collapsed."]),
        ]))
        #expect(names(idx).isEmpty)
    }

    @Test func aGeologicalSurveyIsAnOrganisation() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["The quake struck at a depth of 51 kilometres, the U.S. Geological Survey said."]),
            ("b", ["Its centre was near the coast, according to the U.S. Geological Survey."]),
        ]))
        #expect(names(idx).isEmpty)
    }

    @Test func aTerminalOperatorIsAnOrganisation() {
        // The fifteenth blind story's port operator was listed as a person.
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["The union approved the deal with Brannock Container Terminals by 78% on Friday."]),
            ("b", ["The company that runs the port, Brannock Container Terminals, said it would add night shifts."]),
        ]))
        #expect(names(idx).isEmpty)
    }
}
