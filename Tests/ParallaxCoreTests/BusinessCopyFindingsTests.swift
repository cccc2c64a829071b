import Testing
@testable import ParallaxCore

/// Business and sports copy: family names that are common words, abbreviations, more given names.
@Suite struct BusinessCopyFindingsTests {
    @Test func aFamilyNameThatIsACommonWordFollowsItsPerson() {
        let idx = PeopleIndex.build(story: story([
            "Co-founder Laura Page returned as chief executive two weeks ago.",
            "Investors fear Page will raise spending. ‘We hit the ground running,’ Page said.",
            "The results are on Page 4, and the meeting is in May.",
        ]))
        #expect(names(idx) == ["Laura Page"])
        #expect(idx.people.first?.mentions.count == 3)
        // Not before the person is named in that article.
        #expect(PeopleIndex.build(story: story(["Readers turn to Page Six first."])).people.isEmpty)
    }

    @Test func oneLetterIsNoName() {
        let idx = PeopleIndex.build(story: story([
            "He said U.S. federal spending was “great” but she told U.N. officials it was not.",
        ]))
        #expect(idx.people.isEmpty)
    }

    @Test func aGivenNameAtTheStartOfASentence() {
        #expect(names(PeopleIndex.build(story: story(["Robin Kessler replaced Tomas Varga in the second half."]))) == ["Robin Kessler", "Tomas Varga"])
    }
}
