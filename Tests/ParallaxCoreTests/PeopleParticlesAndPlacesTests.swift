import Testing
@testable import ParallaxCore

/// Name shapes of Dutch, Afrikaans, Spanish, Irish and Malay copy and of local reports, on sentences of our
/// own: a family name opening a sentence with its particles capitalised, an Irish article and mutation inside
/// a family name, "binti", a nickname of initials, a junior minister's office named whole; and what is no
/// person: a place the lists know, a place named by what it is or where people come from, a region's company,
/// a football club, the pronoun "I'd", a role opening the sentence.
@Suite struct PeopleParticlesAndPlacesTests {
    func mentions(_ idx: PeopleIndex, _ name: String) -> [String] {
        idx.people.first { $0.name == name }?.mentions.map(\.text) ?? []
    }

    @Test func aFamilyNameWithCapitalisedParticlesIsTheSamePerson() {
        let idx = PeopleIndex.build(story: story([
            "Ward councillor Pieter van der Merwe said the repairs were long overdue.",
            "Van der Merwe said residents had waited three weeks for water.",
            "Provincial MEC Nomsa de la Rey announced the decision on Friday.",
            "De la Rey told a briefing that an administrator would start on Monday.",
        ]))
        #expect(Set(names(idx)) == ["Pieter van der Merwe", "Nomsa de la Rey"])
        #expect(mentions(idx, "Pieter van der Merwe").contains("Van der Merwe"))
        #expect(mentions(idx, "Nomsa de la Rey").contains("De la Rey"))
    }

    @Test func aFamilyNameOpeningWithAnArticleIsThePersonOnceNamed() {
        let idx = PeopleIndex.build(story: story([
            "Party leader Marine Le Pen said the result was a disgrace.",
            "Le Pen added that the party would appeal, and Le Monde reported the appeal.",
            "Former president F.W. de Klerk said the talks would continue.",
            "De Klerk told reporters he was hopeful.",
        ]))
        #expect(Set(names(idx)) == ["Marine Le Pen", "F.W. de Klerk"])
        #expect(mentions(idx, "Marine Le Pen") == ["Marine Le Pen", "Le Pen"])
        #expect(mentions(idx, "F.W. de Klerk") == ["F.W. de Klerk", "De Klerk"])
    }

    @Test func anIrishFamilyNameKeepsItsArticleAndMutation() {
        let idx = PeopleIndex.build(story: story([
            "Substitute Ruairidh Mac an tSaoir headed the winner in the 88th minute.",
            "Mac an tSaoir, on for only six minutes, rose highest at the back post.",
        ]))
        #expect(names(idx) == ["Ruairidh Mac an tSaoir"])
        #expect(mentions(idx, "Ruairidh Mac an tSaoir").count == 2)
    }

    @Test func bintiJoinsAMalayName() {
        let idx = PeopleIndex.build(story: story(["A volunteer at the relief centre, Siti Aminah binti Osman, said families had arrived with nothing."]))
        #expect(names(idx) == ["Siti Aminah binti Osman"])
    }

    @Test func aNicknameOfInitialsStaysInsideTheName() {
        let idx = PeopleIndex.build(story: story(["The papers name a former head of testing, Priya \"PJ\" Jagannathan, who is cooperating with prosecutors."]))
        #expect(names(idx) == ["Priya Jagannathan"])
    }

    @Test func aJuniorMinistersOfficeIsNamedWhole() {
        let idx = PeopleIndex.build(story: story([
            "Minister of State for Housing Aoife Ní Bhriain said she would not comment on a live planning case.",
            "Minister for Transport Colm Brennan said the road would reopen on Monday.",
        ]))
        #expect(Set(names(idx)) == ["Aoife Ní Bhriain", "Colm Brennan"])
    }

    @Test func placesAndBodiesAreNoPeople() {
        let idx = PeopleIndex.build(story: story([
            "Fewer than ten craftsmen in Hong Kong still bend glass tubes by hand.",
            "Fishermen in the port of Paita said they had not been consulted.",
            "Its members include two schoolteachers from Duluth, a retired epidemiologist and a captain.",
            "Western Grid said about 40,000 homes were without power.",
            "Dundee United came from behind to win, and manager Stevie Ross said he was delighted.",
        ]))
        #expect(names(idx) == ["Stevie Ross"])
    }

    @Test func aPronounAndARoleAreNoPartOfAName() {
        let idx = PeopleIndex.build(story: story([
            "MARTIN OYELARAN: I understand that, and I'd say to them: I am sorry.",
            "Environmentalist Leela D'Souza-Rao welcomed the decision but warned that desilting alone would not help.",
        ]))
        #expect(!names(idx).contains("I'd"))
        #expect(names(idx).contains("Leela D'Souza-Rao"))
    }

    /// "Victoria Station", "Network Rail's chief executive": a station or a rail company is named like a person
    /// (a given name first, a possessive and a role after) but is a place or a firm. (people12 paste set)
    @Test func stationsAndRailCompaniesAreNoOne() {
        let idx = PeopleIndex.build(story: story([
            "Trains from Florence Station were cancelled, and Northway Rail's chief executive, Aled Pryor, apologised.",
            "Pryor said Florence Station would reopen on Friday.",
        ]))
        #expect(names(idx) == ["Aled Pryor"])
    }
}
