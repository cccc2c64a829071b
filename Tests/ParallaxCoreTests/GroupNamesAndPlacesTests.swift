import Testing
@testable import ParallaxCore

/// Names a story shows to be a group or a place though a person's cue stands next to them, and people named
/// after a role set off by commas or by a transcript's label alone. Sentences of our own.
@Suite struct GroupNamesAndPlacesTests {
    @Test func aGroupCallingItselfByANameIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "A gang calling itself Nightjar says it took the files and wants a ransom.",
            "Nightjar claimed two other attacks this year, said Rhona Quayle, an analyst.",
        ]))
        #expect(names(idx) == ["Rhona Quayle"])
    }

    @Test func aGroupNamedAfterItsNounIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "The hacking group Nightjar said on Monday that it had the records.",
            "Rhona Quayle, an analyst, said the group was new.",
        ]))
        #expect(names(idx) == ["Rhona Quayle"])
    }

    @Test func aNamedFireOrQuakeIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "The Park Fire has burned 400 square miles, and the August Complex is still burning to the north.",
            "Crews from the Kern Earthquake response were sent north, said Marta Oduya, a fire captain.",
            "Like the Dixie Fire, the blaze was started by a man, Oduya said.",
        ]))
        #expect(names(idx) == ["Marta Oduya"])
    }

    @Test func anHonorificInsideAPlaceNameIsNoTitle() {
        let idx = PeopleIndex.build(story: story([
            "Flames tore through Notre Dame Cathedral in Paris, and the Notre Dame de Paris choir was sent home.",
            "Dame Judi Dench and Prime Minister Sir Keir Starmer sent messages, said Lieutenant-Colonel Gabriel Plus.",
        ]))
        #expect(names(idx) == ["Gabriel Plus", "Judi Dench", "Keir Starmer"])
    }

    @Test func aFirmAfterACapitalisedCourtesyTitleIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "A judge jailed Lena Brandt for running the MX Factors scheme, which took $60 million, and PM Mette Frederiksen spoke.",
        ]))
        #expect(names(idx) == ["Lena Brandt", "Mette Frederiksen"])
    }

    @Test func aPlaceSetOffAfterAPersonIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Maureen Tully, 61, from Oadby, who buys her inhalers online, said she was angry.",
        ]))
        #expect(names(idx) == ["Maureen Tully"])
    }

    @Test func aSponsorOrAPredecessorSetOffAfterTheRoleIsAPerson() {
        let idx = PeopleIndex.build(story: story([
            "The bill was withdrawn by its sponsor, Kiptoo Wambugu, on Friday.",
            "Your predecessor, Oddvar Reitan, left after the shares fell. Was that fair?",
        ]))
        #expect(Set(names(idx)) == ["Kiptoo Wambugu", "Oddvar Reitan"])
    }

    @Test func aTranscriptsOneWordLabelIsThePersonItsFullLabelNamed() {
        let idx = PeopleIndex.build(story: story([
            "MARTHA QUINLAN, NWN ANCHOR: Good evening from the coast.",
            "QUINLAN: What is the situation there tonight?",
            "UPDATE: The state opened two more shelters.",
        ]))
        #expect(names(idx) == ["Martha Quinlan"])
        // Both labels are hers; a turn label says who speaks and is kept apart from the copy's name mentions.
        #expect(idx.people.first { $0.name == "Martha Quinlan" }?.mentions.filter { $0.kind == .label }.count == 2)
        #expect(count(idx, "Martha Quinlan") == 0)
    }
}
