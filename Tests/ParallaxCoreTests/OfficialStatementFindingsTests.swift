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
