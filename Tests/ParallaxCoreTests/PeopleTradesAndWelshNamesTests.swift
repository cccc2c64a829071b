import Testing
@testable import ParallaxCore

/// Local feature copy: a person set off by an everyday trade (", a retired postman,") and a Welsh name with
/// "ap" — README "People". Our own sentences.
@Suite struct PeopleTradesAndWelshNamesTests {
    @Test func aTradeInAppositionSaysPerson() {
        let idx = PeopleIndex.build(story: story([
            "The bakery opens at six.",
            "Dai Byrne, a retired postman, knows every door in the valley.",
        ]))
        #expect(names(idx) == ["Dai Byrne"])
    }

    @Test func aTradeBeforeTheNameSaysPerson() {
        let idx = PeopleIndex.build(story: story(["The fire was spotted by plumber Ifan Gwynne on his way to work."]))
        #expect(names(idx) == ["Ifan Gwynne"])
    }

    @Test func aFamilyNameThatIsATradeWordStaysAName() {
        // Only trades that are no common family name were added: "Baker said" is still Mr Baker.
        let idx = PeopleIndex.build(story: story([
            "Councillor Judith Baker opened the new library on Monday.",
            "Baker said the town had waited ten years for it.",
        ]))
        #expect(count(idx, "Judith Baker") == 2)
    }

    @Test func aWelshNameWithApIsOnePerson() {
        let idx = PeopleIndex.build(story: story([
            "Local councillor Bethan ap Rhys said the bakery was the heart of the village.",
            "Cllr ap Rhys has asked the council to help with energy costs.",
        ]))
        #expect(names(idx) == ["Bethan ap Rhys"])
        #expect(count(idx, "Bethan ap Rhys") == 2)
    }
}
