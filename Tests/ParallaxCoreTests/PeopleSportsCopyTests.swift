import Testing
@testable import ParallaxCore

/// Rules added after the second blind story's first run (a football final, README "People"), each on
/// sentences of our own.
@Suite struct PeopleSportsCopyTests {
    @Test func clubNamedAfterItsCityIsNotAPersonNorIsItsShortForm() {
        let idx = PeopleIndex.build(story: story([
            "Rapid Vienna lost the cup final on Sunday.",
            "Rapid, who had not won a trophy since 2008, never recovered.",
            "Their coach, Stefan Gruber, said nothing.",
        ]))
        #expect(names(idx) == ["Stefan Gruber"])
        // A one-word name followed by a place in one run is the club, not "Mr Vienna".
        #expect(PeopleIndex.build(story: story(["Fans of Rapid Vienna filled the square."])).people.isEmpty)
    }

    @Test func givenNamesOfSpanishAndNordicPlayersOpenAName() {
        let idx = PeopleIndex.build(story: story([
            "The visitors scored twice before the break.",
            "Mariona Vell threaded a pass for the full-back, and Sindre Lunde headed the second from a corner.",
        ]))
        #expect(Set(names(idx)) == ["Mariona Vell", "Sindre Lunde"])
    }

    @Test func hyphenatedSaintNamesArePlaces() {
        let idx = PeopleIndex.build(story: story([
            "Among the fans was Omar Haddad, 29, from Saint-Ouen, who had driven through the night.",
            "Sainte-Maxime, which hosted the team, gave them a parade.",
        ]))
        #expect(names(idx) == ["Omar Haddad"])
    }

    @Test func sportsRolesBeforeANameAreEvidence() {
        let idx = PeopleIndex.build(story: story([
            "The substitute Tevita Fonua scored late, and skipper Rafinho lifted the cup.",
            "Midfielder Arno Keskula was booked.",
        ]))
        #expect(names(idx) == ["Arno Keskula", "Rafinho", "Tevita Fonua"])
    }

    @Test func givenNamesOfFootballersAndOtherNewsmakers() {
        // No title, role or verb: only the given name says these are people.
        let idx = PeopleIndex.build(story: story(["The cross from Khvicha Barataia was turned in by Achraf Benali."]))
        #expect(names(idx) == ["Achraf Benali", "Khvicha Barataia"])
    }

    @Test func nicknameSetOffAfterTheNameIsAnAlias() {
        let idx = PeopleIndex.build(story: story([
            "The coach, Paolo Valli, known to his players as Pitu, had promised a trophy.",
            "Fans sang for Pitu long after the whistle.",
            "The keeper Oskar Lind, nicknamed Ozzy, made one save.",
        ]))
        #expect(count(idx, "Paolo Valli") == 3)
        #expect(count(idx, "Oskar Lind") == 2)
        #expect(Set(names(idx)) == ["Oskar Lind", "Paolo Valli"])
        // Not when the "known as" belongs to a thing named after the person.
        let stadium = PeopleIndex.build(story: story(["Anna Berg opened the ground, known locally as Bergfeld, in 1990."]))
        #expect(names(stadium) == ["Anna Berg"])
    }

    @Test func oneWordNameListedBesideAProvenFullName() {
        let idx = PeopleIndex.build(story: story(["The back line of Danilinho, Paolo Ferri and Yann Ledoux never lost its shape."]))
        #expect(Set(names(idx)) == ["Danilinho", "Paolo Ferri", "Yann Ledoux"])
        // Not at the start of a sentence, and not a place.
        #expect(!names(PeopleIndex.build(story: story(["Danilinho, Paolo Ferri and Yann Ledoux were booked."]))).contains("Danilinho"))
        #expect(!names(PeopleIndex.build(story: story(["He played in Porto, Paolo Ferri said."]))).contains("Porto"))
    }
}
