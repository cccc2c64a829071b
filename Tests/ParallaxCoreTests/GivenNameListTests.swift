import Testing
@testable import ParallaxCore

/// Given names common in English-language news that the list lacked: a name with a description no role list
/// holds ("a crane operator with 22 years at the terminal") needs its given name as evidence. Our own sentences.
@Suite struct GivenNameListTests {
    @Test(arguments: ["Dale", "Maeve", "Nell", "Brent", "Carys", "Bethan", "Duane", "Lyle", "Gail", "Faye", "Cormac", "Ailsa"])
    func aCommonGivenNameIsEvidenceOfAPerson(_ given: String) {
        let idx = PeopleIndex.build(story: story([
            "The dock strike ended on Wednesday after three weeks.",
            "\(given) Fortwell, a crane operator with 22 years at the terminal, said the vote was close.",
        ]))
        #expect(names(idx) == ["\(given) Fortwell"])
    }
}
