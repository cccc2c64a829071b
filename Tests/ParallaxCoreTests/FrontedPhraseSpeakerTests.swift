import Testing
@testable import ParallaxCore

/// A sentence that opens with a phrase set before its subject ("Pinned under the guard's knees, …", "Under
/// the sergeant's boots, …") has the subject after the comma speak, not a word or noun of that phrase; a cry
/// reported as speech ("cried", "yelled", "screamed") is a speech verb. Our own sentences.
@Suite struct FrontedPhraseSpeakerTests {
    private func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
    }

    @Test func theSubjectAfterAFrontedPhraseSpeaks() {
        #expect(speakers([
            "A crowd gathered outside the station on Saturday after a man was detained on the pavement.",
            "Pinned under the guard's knees, the man repeatedly cried “Please, I have done nothing wrong.”",
        ]) == ["the man"])
        #expect(speakers([
            "A crowd gathered outside the station on Saturday after a man was detained on the pavement.",
            "Pinned under the guard's knees, the man repeatedly cried: “Please, I have done nothing wrong.”",
        ]) == ["the man"])
        #expect(speakers([
            "A crowd gathered outside the station on Saturday after a man was detained on the pavement.",
            "Under the sergeant's boots, the young woman later exclaimed “You are hurting me.”",
        ]) == ["the young woman"])
        #expect(speakers([
            "Officers detained two fishermen on the quay on Friday evening.",
            "Pinned under the sergeant's knees, Tomas Reller yelled “Let me up, I cannot breathe.”",
        ]) == ["Tomas Reller"])
    }

    /// No person after the comma: no speaker rather than the phrase's word.
    @Test func aFrontedParticipleIsNoSpeaker() {
        let s = speakers([
            "The harbour wall gave way on Friday evening.",
            "Buried under the rubble of the harbour office, the old ledger read: “Kept by the harbourmaster.”",
        ])
        #expect(s.allSatisfy { $0 != "Buried" })
    }
}
