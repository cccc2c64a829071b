import Testing
@testable import ParallaxCore

/// Name shapes of local, business and obituary copy, on sentences of our own: a town or a service before a
/// role before the name, a parent described by the children, a position in a team, a listed company with its
/// ticker, a funeral Mass, a nickname met again as a given name alone, a spouse or a maiden name in brackets
/// inside a name, and a place named after someone.
@Suite struct PeopleLocalCopyTests {
    @Test func aTownBeforeARoleIsNoPartOfTheName() {
        let idx = PeopleIndex.build(story: story([
            "Millbrook Fire Chief Dorian Pask said the crews had the blaze under control by midnight.",
            "Harbour United Captain Lewis Odom said the team would bounce back.",
        ]))
        #expect(Set(names(idx)) == ["Dorian Pask", "Lewis Odom"])
    }

    @Test func aParentDescribedByTheChildrenIsNoPartOfTheName() {
        let idx = PeopleIndex.build(story: story(["Father-of-two Glen Aitken, 39, said he had been waiting since March."]))
        #expect(names(idx) == ["Glen Aitken"])
    }

    @Test func aPositionOpeningTheSentenceIsNoPartOfTheName() {
        let idx = PeopleIndex.build(story: story([
            "Halfback Tevita Rowe scored twice before the break.",
            "Rowe was later named player of the match.",
        ]))
        #expect(names(idx) == ["Tevita Rowe"])
    }

    @Test func aCompanyWithItsTickerIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Shares of rival Corbel Mills (NYSE: CBM) fell 3%, while Ardent Freight (Nasdaq: ARDF) rose.",
            "Analyst Priya Venn said the sector would recover.",
        ]))
        #expect(names(idx) == ["Priya Venn"])
    }

    @Test func aFuneralMassIsNoPerson() {
        let idx = PeopleIndex.build(story: story(["A Mass of Christian Burial will be held on Friday, with the Rev. Aidan Morrow officiating."]))
        #expect(names(idx) == ["Aidan Morrow"])
    }

    @Test func aNicknameMetAgainAloneIsThePerson() {
        let idx = PeopleIndex.build(story: story([
            "She married Bernard \"Barney\" Quill in 1961 at the parish church.",
            "She was preceded in death by her husband, Barney, in 2015.",
        ]))
        #expect(names(idx) == ["Bernard Quill"])
        #expect(idx.people.first?.mentions.count == 2)
    }

    @Test func aSpouseInBracketsInsideANameIsNoOtherName() {
        let idx = PeopleIndex.build(story: story([
            "She is survived by her children, Owen (Tessa) Quill of Fargo and Grace (Colin) Hartigan of Duluth.",
        ]))
        #expect(Set(names(idx)) == ["Owen Quill", "Grace Hartigan"])
    }

    @Test func aPlaceNamedAfterSomeoneIsNoMention() {
        let idx = PeopleIndex.build(story: story([
            "The Dr Amos Kubeka municipal council has cut water to the town for a third day.",
            "Residents of the Ruth Mabena district said they had not been warned.",
        ]))
        #expect(names(idx).isEmpty)
    }

    @Test func aGovernmentNamedAfterItsLeaderStillNamesTheLeader() {
        let idx = PeopleIndex.build(story: story([
            "Prime Minister Anton Veldkamp said the budget would be late.",
            "Critics of the Anton Veldkamp government said it was later still.",
        ]))
        #expect(names(idx) == ["Anton Veldkamp"])
        #expect(idx.people.first?.mentions.count == 2)
    }

    @Test func anEventsBrandInARoleAppositionIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Her promoter, Harbourline Live, said the shows would move to May, according to singer Ada Quill.",
        ]))
        #expect(names(idx) == ["Ada Quill"])
    }
}
