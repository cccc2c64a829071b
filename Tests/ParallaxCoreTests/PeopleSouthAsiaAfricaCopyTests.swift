import Testing
@testable import ParallaxCore

/// People rules found by reading real copy from South Asian, African and Gulf outlets (not in the repo):
/// initials without a stop, particles of Urdu, Arabic and Maasai names, offices named with "of", places
/// their copy names often. Each rule on sentences of our own.
@Suite struct PeopleSouthAsiaAfricaCopyTests {
    @Test func initialsWithoutAStopAndANameQualifyingANoun() {
        let idx = PeopleIndex.build(story: story([
            "R Mohan Pillai, minister without portfolio in the Suresh Pillai government, quit on Tuesday.",
            "Pillai said he had done nothing wrong.",
        ]))
        #expect(names(idx) == ["R Mohan Pillai", "Suresh Pillai"])
        #expect(idx.people.first?.mentions.count == 2)
    }

    @Test func lowerCaseParticlesInsideANameAndATitleWordEndingIt() {
        let idx = PeopleIndex.build(story: story([
            "“Rescue work is going on,” said Salim ur Rahman, a disaster official, and deputy registrar Joseph ole Sankale agreed.",
            "Maj. General Farid Sultan says the toll will rise. General Sultan says roads are blocked.",
        ]))
        #expect(Set(names(idx)) == ["Salim ur Rahman", "Joseph ole Sankale", "Farid Sultan"])
        #expect(idx.people.first { $0.name == "Farid Sultan" }?.mentions.count == 2)
    }

    @Test func theOfficeAfterTitleOfIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Minister of Tourism and Wildlife Ruwan Perera says he will resign from the cabinet.",
            "The court dealt with the coming General Election.",
            "Shares of St. Agnes Medical rose after the deal.",
            "Special teams were formed under the Director General of Police, Tamil Nadu, C Rajan Babu to arrest them.",
        ]))
        #expect(Set(names(idx)) == ["Ruwan Perera", "C Rajan Babu"])
    }

    @Test func aGivenNameBetweenAQuoteAndAVerbIsThePersonNamedBefore() {
        let idx = PeopleIndex.build(story: story([
            "Senior Counsel Odhiambo Kiptanui welcomed the ruling.",
            "“Why was the Chief Justice trying to gag lawyers like me?” Odhiambo said.",
        ]))
        #expect(names(idx) == ["Odhiambo Kiptanui"])
        #expect(idx.people.first?.mentions.count == 2)
    }

    @Test func akanAndKeralaNamesWithNoCueAndAPaperCalledDaily() {
        let idx = PeopleIndex.build(story: story([
            "Ras Mubarak walked out of the chamber before the vote. Pinarayi Vijayan opened the harbour the next day.",
            "The Daily Graphic reported the walkout. Graphic understands the Speaker will rule on Friday.",
        ]))
        #expect(names(idx).sorted() == ["Pinarayi Vijayan", "Ras Mubarak"])
    }
}
