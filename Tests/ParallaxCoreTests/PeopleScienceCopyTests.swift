import Testing
@testable import ParallaxCore

/// People rules added after the third blind story's first run (a science prize, README "People"), each on
/// sentences of our own.
@Suite struct PeopleScienceCopyTests {
    @Test func theFormMostOutletsUseWinsOverAMiddleInitial() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["The award went to Anna Kowal and her former student Pablo Ibarra."]),
            ("b", ["Anna Kowal said the work began in 1991.", "Anna Kowal was in Lisbon."]),
            ("c", ["Prof. Anna J. Kowal thanked her team."]),
        ]))
        #expect(names(idx).contains("Anna Kowal"))
        #expect(count(idx, "Anna Kowal") == 4)
    }

    @Test func campusesAndSaintNamedPlacesAreNotPeople() {
        let idx = PeopleIndex.build(story: story([
            "She has taught at the University of California, Santa Cruz, and at UC Davis since 2010.",
            "UC Davis says the lab will reopen. Researchers from Santa Cruz and Dr Omar Reyes agreed.",
            "San Diego officials and Dr Omar Reyes said so too.",
        ]))
        #expect(names(idx) == ["Omar Reyes"])
    }

    @Test func aNameAfterOfAnInstituteContinuesTheInstitute() {
        let idx = PeopleIndex.build(story: story([
            "Dr Hana Sato of the Kyushu Institute of Coastal Ecology, who studies corals, said the reef had recovered.",
        ]))
        #expect(names(idx) == ["Hana Sato"])
    }

    @Test func aGivenNameBeforeAOneWordFirmOrPrize() {
        let idx = PeopleIndex.build(story: story([
            "The fund was set up in the will of the industrialist Alfred Nobel, who died in 1896.",
        ]))
        #expect(names(idx) == ["Alfred Nobel"])
    }
}
