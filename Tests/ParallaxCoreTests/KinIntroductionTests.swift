import Testing
@testable import ParallaxCore

/// "Her son, Yaw Boateng" and "His daughter, Akosua Boateng": relatives introduced by a kin noun say their sex
/// and the sex of whom they belong to, and a title with the shared family name ("Mrs Boateng") then names the
/// story's subject, not the relative named last. Sentences of our own.
@Suite struct KinIntroductionTests {
    func paragraphs(of name: String, _ idx: PeopleIndex) -> [Int] {
        idx.people.first { $0.name == name }?.mentions.map(\.paragraph) ?? []
    }

    let rescue = [
        "Rescuers found Adwoa Boateng, 79, in a shepherd's hut on the moor after two nights in the fog.",
        "Her son, Yaw Boateng, said the family had feared the worst by the second evening.",
        "His daughter, Akosua Boateng, said her grandmother had kept asking whether anyone had fed the dog.",
    ]

    @Test func aTitleWithASharedFamilyNameNamesTheSubjectNotTheRelativeNamedLast() {
        let idx = PeopleIndex.build(story: story(rescue + ["Speaking through an interpreter, Mrs Boateng said she had never been so cold."]))
        #expect(paragraphs(of: "Adwoa Boateng", idx).contains(3))
        #expect(!paragraphs(of: "Akosua Boateng", idx).contains(3))
    }

    @Test func aTitleOfTheOtherSexNamesTheRelativeItFits() {
        let idx = PeopleIndex.build(story: story(rescue + ["Mr Boateng thanked the volunteers who had searched through the night."]))
        #expect(paragraphs(of: "Yaw Boateng", idx).contains(3))
        #expect(!paragraphs(of: "Adwoa Boateng", idx).contains(3))
    }
}
