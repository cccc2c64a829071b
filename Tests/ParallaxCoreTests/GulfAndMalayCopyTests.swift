import Testing
@testable import ParallaxCore

/// People and quote rules found by reading real Malaysian, Gulf and entertainment copy (not in the repo):
/// honorifics before a name, a person named again by a given name or the first words of a long name, a role
/// written before the honorifics. Each rule on sentences of our own.
@Suite struct GulfAndMalayCopyTests {
    @Test func honorificsAreNoPartOfTheNameAndGoWithTheGivenName() {
        let idx = PeopleIndex.build(story: story([
            "Deputy Prime Minister Tan Sri Rahmat Yusof met Tun Dr Kamal Hassan on Monday.",
            "When asked about the trip, Dr Kamal said Rahmat may go wherever he wants.",
            "Its minister Datuk Seri Dr Farid Osman Ishak said the law would be used.",
            "Farid Osman said the data had been stolen.",
        ]))
        #expect(Set(names(idx)) == ["Rahmat Yusof", "Kamal Hassan", "Farid Osman Ishak"])
        #expect(idx.people.first { $0.name == "Kamal Hassan" }?.mentions.count == 2)
        #expect(idx.people.first { $0.name == "Farid Osman Ishak" }?.mentions.count == 2)
    }

    @Test func aTitleOfSeveralWordsAloneIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "The decision was taken with Sheikh Omar bin Khalid Al Mansoori, Crown Prince of the emirate.",
        ]))
        #expect(names(idx) == ["Omar bin Khalid Al Mansoori"])
    }

    @Test func theRoleBeforeTheHonorificsAndTheSubjectOfTheSentenceBefore() {
        let s = QuoteBodySpeakerTests.speakers([
            "Its minister Datuk Seri Dr Farid Osman Ishak said the law would be used against those who harm the economy.",
            "“This can be a threat to national security,” the minister told reporters.",
            "The Home Minister said allegations were being made against Prime Minister Datuk Seri Amir Rahman.",
            "“This is reckless journalism,” he said.",
        ])
        #expect(s == ["Farid Osman Ishak", "Farid Osman Ishak"])
    }

    @Test func quotedAsSayingAndAnExHusband() {
        let s = QuoteBodySpeakerTests.speakers([
            "The deputy leader, Hamid Rosli, spoke at a party dinner on Sunday night.",
            "“Please tell me what is the truth?” Hamid was quoted as saying.",
            "While she does sing about her ex-husband Tom Brand on the album, Lena Vos says the songs are not about him.",
            "“I am an open book, but not every song is a story,” she told a magazine.",
        ])
        #expect(s == ["Hamid Rosli", "Lena Vos"])
    }

    @Test func aNameAfterAPrepositionInAColonIntroductionIsNotTheSpeaker() {
        let s = QuoteBodySpeakerTests.speakers([
            "On working with Jonas Varga: “He’s a genius, and every day was different.”",
        ])
        #expect(s == [nil])
    }
}
