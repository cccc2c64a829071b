import Testing
@testable import ParallaxCore

/// One outlet misspells a passenger's family name with a "u" for the "w" of "ow" ("Priya Louden" for "Priya
/// Lowden"): one person, named as the story writes her more often ("Ms Lowden" too), even when each full spelling is
/// seen once. A changed consonant ("Smith" / "Smyth", "Dawson" / "Dobson") still names two people. Our own sentences.
@Suite struct MisspeltNameTieTests {
    @Test func aVocalicWSpellingIsOnePersonNamedAsWrittenMore() {
        let idx = PeopleIndex.build(story: story([
            "One passenger, teacher Priya Louden, 34, was travelling with her two children to her mother's birthday.",
            "Fellow passenger Priya Lowden, 34, said the captain's calm voice had helped her through the worst of it.",
            "Ms Lowden said the woman in the next seat held her hand all the way down.",
        ]))
        #expect(idx.people.map(\.name) == ["Priya Lowden"])
    }

    @Test func aChangedConsonantKeepsTwoPeople() {
        let idx = PeopleIndex.build(story: story([
            "Teacher Anna Dawson said the ferry had left the island on time despite the fog.",
            "Teacher Anna Dobson said the crossing had been the roughest she could remember.",
        ]))
        #expect(Set(idx.people.map(\.name)) == ["Anna Dawson", "Anna Dobson"])
    }
}
