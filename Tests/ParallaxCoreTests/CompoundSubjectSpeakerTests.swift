import Testing
@testable import ParallaxCore

/// A subject of a named person and a group or a relative ("Jo Roe and the residents' group have already said …")
/// has the person speak, not the group with the auxiliary run on; of two names the first speaks (`TwoNameSubjectTests`), and a
/// comma between the conjuncts is no compound. Our own sentences.
@Suite struct CompoundSubjectSpeakerTests {
    private func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
    }

    @Test func theNamedPersonOfAPersonAndAGroupSpeaks() {
        #expect(speakers([
            "The council approved the new park on Monday after a long campaign by residents of the estate.",
            "Maureen Talley and the Residents’ Association have already said they will “judge it in May”. That is fair.",
        ]) == ["Maureen Talley"])
        #expect(speakers([
            "The council approved the new park on Monday after a long campaign by residents of the estate.",
            "Jane Hollis and her husband said the plan was “a good start for the town”.",
        ]) == ["Jane Hollis"])
    }

    @Test func twoNamesOrACommaKeepTheOldReading() {
        #expect(speakers([
            "The council approved the new park on Monday after a long campaign by residents of the estate.",
            "The residents’ association said the plan was “a good start for the town”.",
        ]) == ["the residents’ association"])
    }
}
