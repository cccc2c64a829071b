import Testing
@testable import ParallaxCore

/// Shapes that look like a person's mention and are not, and a name set in a transcript's speaker label.
/// Sentences of our own.
@Suite struct PeopleCreditsAndAppositionTests {
    @Test func aPhotographersCreditIsNoMention() {
        let idx = PeopleIndex.build(story: story([
            "Crowds line the pier as the boats come in. Nell Garside/The Quay Courier",
            "Harbourmaster Colm Feeney watches from the pilot boat. Nell Garside/AP",
        ]))
        #expect(names(idx) == ["Colm Feeney"])
    }

    @Test func aBusinessSetOffAfterItsNounIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "The operator, Vestkyst Linjer, said it would pay for hotels.",
            "The operator, Astrid Melby, said the crew had done well.",
        ]))
        #expect(names(idx) == ["Astrid Melby"])
    }

    @Test func aDistanceAfterAPlaceIsNoAge() {
        let idx = PeopleIndex.build(story: story([
            "Women have had to travel to Ardley, 50 miles away, to give birth.",
            "Joanne Pickersgill, 34, started the campaign.",
        ]))
        #expect(names(idx) == ["Joanne Pickersgill"])
    }

    @Test func aNigerianHonorificIsATitle() {
        let idx = PeopleIndex.build(story: story([
            "Alhaji Sani Danladi, chairman of the traders' association, put the losses at N2bn.",
        ]))
        #expect(names(idx) == ["Sani Danladi"])
    }

    @Test func aPlaceAdverbOpeningASentenceIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Rory Fenwick was fined. Outside court he read a short statement.",
            "Outside, the presenter said he was sorry.",
        ]))
        #expect(names(idx) == ["Rory Fenwick"])
    }

    @Test func aTranscriptSpeakerLabelInCapitalsNamesThePerson() {
        let idx = PeopleIndex.build(story: story([
            "MARTHA QUINLAN, NWN ANCHOR: Good evening. We begin on the coast.",
            "QUINLAN: What is the situation there tonight?",
            "BREAKING NEWS, LIVE UPDATES: the storm has passed.",
        ]))
        #expect(names(idx) == ["Martha Quinlan"])
    }
}
