import Testing
@testable import ParallaxCore

/// People rules added after the fourth blind story's first run (a sentencing told by wire copy without
/// accents, an Australian page and a PDF release; README "People"), each on sentences of our own.
@Suite struct PeopleCourtCopyTests {
    @Test func postNominalLettersDoNotHideTheName() {
        let idx = PeopleIndex.build(story: story([
            "The council's barrister, Hugo Lindqvist SC, told the court the fine was too high.",
            "Mr Lindqvist said the council would pay.",
        ]))
        #expect(names(idx) == ["Hugo Lindqvist"])
        #expect(count(idx, "Hugo Lindqvist") == 2)
    }

    @Test func policeRanksAreTitles() {
        let idx = PeopleIndex.build(story: story([
            "Detective Superintendent Ewa Kowalczyk said the inquiry would go on.",
            "Det Supt Kowalczyk said more arrests were likely.",
        ]))
        #expect(names(idx) == ["Ewa Kowalczyk"])
        #expect(count(idx, "Ewa Kowalczyk") == 2)
    }

    @Test func accentlessWireSpellingIsTheSamePersonAndTheAccentedSpellingWins() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("wire", ["Crown prosecutor Zofia Wlodarczyk said the sentence was fair."]),
            ("paper", ["Crown prosecutor Zofia Włodarczyk had asked for more. Ms Włodarczyk told the court so."]),
        ]))
        #expect(names(idx) == ["Zofia Włodarczyk"])
        #expect(count(idx, "Zofia Włodarczyk") == 3)
    }

    @Test func msAndMrSharingAFamilyNameAreKeptApart() {
        let idx = PeopleIndex.build(story: story([
            "Niamh Brennan's father, Declan Brennan, worked on the docks for forty years.",
            "Mr Brennan died last year. Outside court, Ms Brennan said the verdict was a start.",
        ]))
        let niamh = idx.people.first { $0.name == "Niamh Brennan" }
        let declan = idx.people.first { $0.name == "Declan Brennan" }
        #expect(niamh?.mentions.map(\.text) == ["Niamh Brennan", "Brennan"])
        #expect(declan?.mentions.map(\.text) == ["Declan Brennan", "Brennan"])
    }

    @Test func aGivenNameAloneIsTheOnePersonWhoHasIt() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["Liquidator Mary-Kate Dunmore said the firm had debts of $2 million."]),
            ("b", ["Creditors were told that Mary-Kate would report in May.", "Convenor Gurpreet Singh Randhawa said members were angry."]),
        ]))
        #expect(count(idx, "Mary-Kate Dunmore") == 2)
        #expect(names(idx).contains("Gurpreet Singh Randhawa"))
        // Not when two people share the given name, nor for a regnal name's first word.
        let two = PeopleIndex.build(story: story([
            "Dr Omar Haddad and Omar Farouk, a nurse, both spoke.", "Later Omar said nothing more.",
        ]))
        #expect(count(two, "Omar Haddad") == 1 && count(two, "Omar Farouk") == 1)
    }
}
