import Testing
@testable import ParallaxCore

/// Person rules found by reading real UK news copy (not in the repo), each on sentences of our own.
@Suite struct PeopleNewsCopyTests {
    static func person(_ idx: PeopleIndex, _ name: String) -> Person? { idx.people.first { $0.name == name } }

    @Test func quotedNicknameInsideANameIsPartOfIt() throws {
        let idx = PeopleIndex.build(story: story([
            "Footage shows the producer Marla \"Mimi\" Okonkwo leaving the studio in 2019.",
            "Fans of Mimi gathered outside. Ms Okonkwo has not commented.",
        ]))
        #expect(names(idx) == ["Marla Okonkwo"])
        let p = try #require(Self.person(idx, "Marla Okonkwo"))
        #expect(p.mentions.map(\.text) == ["Marla \"Mimi\" Okonkwo", "Mimi", "Okonkwo"])
        // Curly quotes too; a quoted word after a lowercase one is no nickname ("the so-called “Ghost” crew").
        #expect(names(PeopleIndex.build(story: story(["The bassist Tomas “Tiny” Varga told the court he was asleep."]))) == ["Tomas Varga"])
        #expect(PeopleIndex.build(story: story(["The so-called “Ghost” Brigade crossed the river at dawn."])).people.isEmpty)
    }

    @Test func familyNameProvedLaterMakesTheFullNameAPerson() throws {
        let idx = PeopleIndex.build(story: story([
            "But Tovah Brenneman is hoping to change that with the new album.",
            "Ms Brenneman said the vinyl would be recycled.",
        ]))
        #expect(names(idx) == ["Tovah Brenneman"])
        #expect(Self.person(idx, "Tovah Brenneman")?.mentions.count == 2)
        // Nothing proves "Brenneman" a person: the run alone stays nobody.
        #expect(PeopleIndex.build(story: story(["But Tovah Brenneman is hoping to change that."])).people.isEmpty)
    }

    @Test func oneWordAfterToldIsTheListener() {
        let idx = PeopleIndex.build(story: story([
            "In an interview, the singer told Soundwave that her team was cutting waste.",
        ]))
        #expect(idx.people.isEmpty)
        // A known family name after "told" still is a person, and so is a two-word name.
        #expect(names(PeopleIndex.build(story: story(["The minister told Kim that the talks were over."]))) == ["Kim"])
        #expect(names(PeopleIndex.build(story: story(["The minister told Arvo Pelt that the talks were over."]))) == ["Arvo Pelt"])
    }

    @Test func acronymTitleBeforeTheName() throws {
        let idx = PeopleIndex.build(story: story([
            "\u{201C}We are rearming to avoid war,\u{201D} said PM Torvild Hasse.",
            "Mr Hasse said conscription would last eleven months.",
        ]))
        #expect(names(idx) == ["Torvild Hasse"])
        #expect(Self.person(idx, "Torvild Hasse")?.mentions.count == 2)
    }

    @Test func ageBeforeAFullName() {
        #expect(names(PeopleIndex.build(story: story(["One resident, 78-year-old Edna Wills, said the water rose in minutes."]))) == ["Edna Wills"])
        // One capitalised word after an age is a firm or a team as often as a person.
        #expect(PeopleIndex.build(story: story(["A 40-year-old Uber driver was treated in hospital."])).people.isEmpty)
    }

    @Test func familyNameUsedAloneTwiceMakesTheFullName() throws {
        let idx = PeopleIndex.build(story: story([
            "When Nelka Vardy pulled out of the event, she received a text message from a rival.",
            "Vardy has won six of her past seven events.",
            "The words were sent to Vardy by an old friend.",
        ]))
        #expect(names(idx) == ["Nelka Vardy"])
        #expect(Self.person(idx, "Nelka Vardy")?.mentions.count == 3)
        // Once is not enough, nor is a thing after "the" ("the Boeing Starliner … the Starliner").
        #expect(PeopleIndex.build(story: story(["When Nelka Vardy pulled out, Vardy left."])).people.isEmpty)
        #expect(!names(PeopleIndex.build(story: story([
            "The crew flew the Vexa Starliner.", "Starliner docked at noon.", "Engineers said Starliner was fine.",
        ]))).contains("Vexa Starliner"))
    }

    @Test func givenNameAloneIsTheOneFullNameWithIt() {
        let idx = PeopleIndex.build(story: story([
            "He trained under his uncle Tovi, who coached him until 2017.",
            "“He worked every day,” Tovi Marland told reporters.",
        ]))
        #expect(names(idx) == ["Tovi Marland"])
        #expect(count(idx, "Tovi Marland") == 2)
    }

    @Test func leaguesClubsAndVenuesAreNotPeople() {
        let idx = PeopleIndex.build(story: story([
            "The Premier League said the match would go ahead.",
            "Ajax announced the signing on Monday, and the final will be played at Roland Garros.",
        ]))
        #expect(idx.people.isEmpty)
    }

    @Test func transliterationsOfOneNameAreOnePerson() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["Prime Minister Ranil Wickremesinghe said the house had been burnt down."]),
            ("b", ["Prime Minister Ranil Wickramasinghe says he will resign once a government is formed."]),
        ]))
        #expect(names(idx) == ["Ranil Wickremesinghe"])
        #expect(count(idx, "Ranil Wickremesinghe") == 2)
        // Short family names one letter apart stay two people.
        #expect(names(PeopleIndex.build(story: story(["Coach John Smith and his deputy John Smyth said nothing."]))).sorted() == ["John Smith", "John Smyth"])
        // A vowel added at the end of a short family name is one name transliterated twice.
        let rabi = PeopleIndex.build(story: story([
            "Canal authority chief Karim Nabi said the ship was moving again.",
            "Karim Nabie, head of the authority, told reporters the waterway would reopen that evening.",
        ]))
        #expect(names(rabi).count == 1)
    }

    /// One outlet misspelling a name must not rename the person in every outlet: the spelling seen more
    /// often names the person, whichever outlet comes first.
    @Test func theSpellingMostSeenNamesThePerson() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["Councillor Callum Redaway conceded at dawn. Callum Redaway thanked his volunteers."]),
            ("b", ["Callum Reddaway, the council leader, lost his seat.", "Callum Reddaway said he would stay on as a councillor."]),
            ("c", ["Supporters of Callum Reddaway left the hall before the result."]),
        ]))
        #expect(names(idx) == ["Callum Reddaway"])
        #expect(count(idx, "Callum Reddaway") == 5)
    }

    @Test func theTitleAloneIsTheOnePersonWithIt() throws {
        let idx = PeopleIndex.build(story: story([
            "Prime Minister Tavi Renholm spoke on Sunday about the fire at his home.",
            "The Prime Minister said the house had been his only one.",
        ]))
        let p = try #require(Self.person(idx, "Tavi Renholm"))
        #expect(p.mentions.map(\.kind) == [.name, .epithet])
        #expect(p.mentions.last?.text == "The Prime Minister")
        // Two people with the title: "the president" is left alone; so is "the Prime Minister of Japan".
        let two = PeopleIndex.build(story: story([
            "President Ana Ruiz met President Omar Haddad on Monday.",
            "The president said the talks went well, and the Prime Minister of Japan agreed.",
        ]))
        #expect(two.people.allSatisfy { $0.mentions.allSatisfy { $0.kind == .name } })
    }

    @Test func employerBeforeARoleIsNoListedName() {
        let idx = PeopleIndex.build(story: story([
            "Paul Tanner, Busline commercial director, said cancellations were being reported faster.",
        ]))
        #expect(names(idx) == ["Paul Tanner"])
    }

    @Test func aStationOrAPaperSpokenToIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Economy Minister Nicolás Ferrer told Radio Atalaya the process had followed the law.",
            "Speaking to Pulse, the film's producer, Kayode Adebayo, said the cast knew they had a hit.",
        ]))
        #expect(names(idx).sorted() == ["Kayode Adebayo", "Nicolás Ferrer"])
    }
}
