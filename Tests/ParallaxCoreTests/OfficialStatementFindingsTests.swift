import Testing
@testable import ParallaxCore

/// People and quote rules found by reading real government-statement coverage (not in the repo): long
/// titles of office before a name, present-tense reporting, a spokesman quoting his own statement. Each rule
/// on sentences of our own.
@Suite struct OfficialStatementFindingsTests {
    @Test func aNameAfterTheOfficesPlaceIsTheHolder() {
        let idx = PeopleIndex.build(story: story([
            "The President of the Republic of Cyprus Nikos Arvanitis met the envoy in the capital.",
            "Later President Arvanitis left for the coast.",
        ]))
        #expect(names(idx) == ["Nikos Arvanitis"])
        #expect(idx.people.first?.mentions.count == 2)
        // An organisation's name still runs on after "of" when no place ends it.
        #expect(PeopleIndex.build(story: story(["She joined the Institute of Applied Optics, said the paper."])).people.isEmpty)
    }

    @Test func aNameBetweenCommasBeforeASpeechVerbIsTheSpeaker() {
        let idx = PeopleIndex.build(story: story([
            "The leader of the island, Nikos Arvanitis, said on Friday that the talks had failed.",
        ]))
        #expect(names(idx) == ["Nikos Arvanitis"])
    }

    @Test func presentTenseReportingAndARemarksNoun() {
        let s = QuoteBodySpeakerTests.speakers([
            "Government spokesman Petros Lanitis said on Friday that reports of the president's words were wrong.",
            "In a written statement, Lanitis notes that the president, in his remarks at the camp, “stressed that we want a peaceful solution.”",
            "Lanitis points out that the opposition made claims that “damage the talks.”",
            "“Leaders cannot answer invented statements,” he added.",
        ])
        #expect(s == ["Petros Lanitis", "Petros Lanitis", "Petros Lanitis"])
    }

    @Test func aPossessiveAloneIsNoSpeaker() {
        let s = QuoteBodySpeakerTests.speakers([
            "The minister, in his remarks at the camp, “stressed a few times that we want peace.”",
        ])
        #expect(s.allSatisfy { $0 != "his" })
    }
}

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
