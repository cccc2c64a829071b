import Testing
@testable import ParallaxCore

/// "Mr and Mrs Okafor" mentions both partners; "née Adeyemi" is a maiden name, not a mention of another
/// Adeyemi; "Marr, born Adele Marchetti" is a birth name of Marr — README "People". Our own sentences.
@Suite struct CoupleAndMaidenNameTests {
    static let rescue = [
        "Tom Okafor, 41, and his wife Grace Okafor were pulled from the water near the harbour wall on Sunday.",
        "Mr and Mrs Okafor had been walking their dog when the tide came in.",
        "\u{201C}We thought that was it,\u{201D} Mrs Okafor said.",
    ]

    @Test func twoTitlesAndOneFamilyNameMentionBothPartners() {
        let idx = PeopleIndex.build(story: story(Self.rescue))
        #expect(count(idx, "Tom Okafor") == 2)
        #expect(count(idx, "Grace Okafor") == 3)
        let tom = idx.people.first { $0.name == "Tom Okafor" }
        #expect(tom?.nameMentions.last?.title == "Mr")
    }

    @Test func theSecondPartnersTitleDoesNotSayTheFirstPartnersSex() {
        // "Mrs Okafor" after the couple is still Grace, not Tom mentioned last.
        let idx = PeopleIndex.build(story: story(Self.rescue + ["Mrs Okafor added that the crew had been kind."]))
        #expect(count(idx, "Grace Okafor") == 4)
        #expect(count(idx, "Tom Okafor") == 2)
    }

    @Test func aCoupleOfTitlesWithoutASecondPersonMentionsOnlyTheOne() {
        let idx = PeopleIndex.build(story: story([
            "Grace Okafor runs the bakery on Quay Street.",
            "Mr and Mrs Okafor opened it in 2009.",
        ]))
        #expect(names(idx) == ["Grace Okafor"])
        #expect(count(idx, "Grace Okafor") == 2)
    }

    @Test func aMaidenNameIsNoMentionOfAnotherPersonWithIt() {
        let idx = PeopleIndex.build(story: story([
            "Grace Okafor, n\u{00E9}e Adeyemi, grew up in the town.",
            "Her sister, Joy Adeyemi, said the family was grateful.",
        ]))
        #expect(count(idx, "Joy Adeyemi") == 1)
        #expect(count(idx, "Grace Okafor") == 1)
    }

    @Test func aBirthNameIsTheSamePersonAndSoIsItsGivenName() {
        let idx = PeopleIndex.build(story: story([
            "Tributes were paid to the singer Della Marr, who has died aged 81.",
            "Marr, born Adele Marchetti in Liverpool in 1944, had a string of hits in the 1960s.",
            "Her son, Luca Marchetti, said she died peacefully.",
            "The young Adele began singing in church.",
        ]))
        #expect(Set(names(idx)) == ["Della Marr", "Luca Marchetti"])
        #expect(count(idx, "Della Marr") == 4)
        #expect(count(idx, "Luca Marchetti") == 1)
    }

    @Test func bornBeforeAPlaceOrADateIsNoName() {
        let idx = PeopleIndex.build(story: story([
            "Tributes were paid to the singer Della Marr, who has died aged 81.",
            "Marr, born Liverpool's daughter of a docker, sang in church.",
        ]))
        #expect(names(idx) == ["Della Marr"])
    }
}
