import Testing
@testable import ParallaxCore

/// A nickname used again after the name that introduced it (alone in capitals, or with the family name), a
/// Scottish Gaelic family name with its apostrophe article, a traditional ruler's title, and a ship's prefix
/// that makes a run a vessel: sentences of our own.
@Suite struct PeopleNicknamesAndVesselsTests {
    func mentions(_ idx: PeopleIndex, _ name: String) -> [String] {
        idx.people.first { $0.name == name }?.mentions.map(\.text) ?? []
    }

    @Test func aNicknameInCapitalsAloneIsThePerson() {
        let idx = PeopleIndex.build(story: story([
            "The board also named its former head of design, Anjali \"AK\" Kulkarni, in the filing.",
            "AK left the company in March, and the US regulator has not contacted her.",
        ]))
        #expect(names(idx) == ["Anjali Kulkarni"])
        #expect(mentions(idx, "Anjali Kulkarni").contains("AK"))
        #expect(!mentions(idx, "Anjali Kulkarni").contains("US"))
    }

    @Test func aNicknameWithTheFamilyNameIsThePerson() {
        let idx = PeopleIndex.build(story: story([
            "She takes over from Robert \"Bertie\" Lindsay, who retires after twenty years as chair.",
            "Bertie Lindsay will stay on the board until the spring.",
        ]))
        #expect(names(idx) == ["Robert Lindsay"])
        #expect(mentions(idx, "Robert Lindsay").contains("Bertie Lindsay"))
    }

    @Test func aScottishArticleWithItsApostropheStaysInTheName() {
        let idx = PeopleIndex.build(story: story([
            "Councillor Seonag Nic a' Bhàird, who chairs the ferry committee, said the timetable would change.",
            "Nic a' Bhàird said islanders had been asked twice.",
        ]))
        #expect(names(idx) == ["Seonag Nic a' Bhàird"])
    }

    @Test func aTraditionalRulersTitleIntroducesThePerson() {
        let idx = PeopleIndex.build(story: story([
            "The carvings were handed over to the village ruler, Igwe Obinna Okeke II, at a ceremony on Sunday.",
        ]))
        #expect(names(idx).contains { $0.contains("Obinna Okeke") })
    }

    @Test func aShipsPrefixNamesAVessel() {
        let idx = PeopleIndex.build(story: story([
            "The MV Loch Carra lost power off the headland, chief inspector Ruth Abernethy said.",
            "HMS Endeavour Bay stood by until a tug arrived, and Abernethy said nobody was hurt.",
        ]))
        #expect(names(idx) == ["Ruth Abernethy"])
    }
}
