import Testing
@testable import ParallaxCore

/// Speakers named by a clause other than the sentence's own subject, from quotes11's blind set — README
/// "Quotes and details". Our own sentences.
@Suite struct ClauseSubjectSpeakerShapesTests {
    private func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
    }

    /// "…, with X calling it “…”": the participle's subject is the phrase after "with", not the sentence's.
    @Test func aParticipleAfterWithHasItsOwnSubject() {
        #expect(speakers([
            "Islanders reacted with fury on Friday, with the community council calling the cuts “a slap in the face for every family”.",
        ]) == ["the community council"])
        #expect(speakers([
            "Talks on the new agreement stalled on Thursday, with Kenji Arakawa warning that Tokyo would not accept “an agreement at any cost”.",
        ]) == ["Kenji Arakawa"])
    }

    /// "X announced … in a statement. It read: “…”": the statement is X's.
    @Test func itReadAfterASentenceNamingTheStatement() {
        #expect(speakers([
            "Her family announced her death in a statement on Sunday morning. It read:",
            "“She died peacefully last night with a fiddle playing in the next room.”",
        ]) == ["her family"])
    }
}
