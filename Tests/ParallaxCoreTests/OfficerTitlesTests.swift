import Testing
@testable import ParallaxCore

/// A company officer's full title capitalised after the company's name ("Greystone Air's Chief Operating Officer")
/// is the post, not a person named "Operating Officer"; the person named with it stays. Our own sentences.
@Suite struct OfficerTitlesTests {
    @Test func aFullOfficerTitleIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Marta Quill, Greystone Air's Chief Operating Officer, said the crew had done everything right.",
            "The airline's chief operating officer, Marta Quill, thanked the fire crews at the airport.",
            "Greystone Air's Chief Financial Officer said the cost was not yet known.",
        ]))
        #expect(idx.people.map(\.name) == ["Marta Quill"])
    }
}
