import Testing
@testable import ParallaxCore

/// A name with no cue of its own ("Jory Pascoe has carried walkers…") still names a person when the article uses
/// it again: the family name alone twice, or the full name twice and the family name alone once. Sentences of our
/// own.
@Suite struct RepeatedNameTests {
    @Test func theFullNameTwiceAndTheFamilyNameOnceNameAPerson() {
        let idx = PeopleIndex.build(story: story([
            "For forty years Tobin Kerrow has carried walkers across the river.",
            "Tobin Kerrow knows what his passengers will say before they say it.",
            "A petition has gathered 14,000 signatures. Kerrow has not signed it.",
        ]))
        #expect(names(idx) == ["Tobin Kerrow"])
    }

    @Test func aPlaceNamedTwiceIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Trucks are barred from the Willow Street bridge from Monday.",
            "The Willow Street bridge opened in 1962 and carries 31,000 vehicles a day.",
            "Freight firms said the detour would cost them time.",
        ]))
        #expect(names(idx).isEmpty)
    }
}
