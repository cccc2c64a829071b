import Testing
@testable import ParallaxCore

/// A quote inside a sentence that a news organisation reports as a whole ("…, AP reports") is the words of the
/// sentence's named subject, not the organisation's (README "Accuracy", stop 33). Our own sentences.
@Suite struct OutletReportedSentenceTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs, opening: ["The storm flattened sea walls along forty miles of coast on Sunday."])
    }

    @Test func theSentencesSubjectSaidTheWordsTheAgencyReports() {
        #expect(Self.speakers([
            "Foreign Minister Tom Hale expressed his condolences for “the loss of life in this terrible storm,” AP reports.",
        ]) == ["Tom Hale"])
        #expect(Self.speakers([
            "Harbour chief Ada Marsh thanked the crews for “working through the night without a break,” Reuters reported.",
        ]) == ["Ada Marsh"])
    }

    @Test func anAgencyStillSpeaksWhereNoPersonIsTheSubject() {
        // No named person opens the sentence: the attribution after the quote stands.
        let s = Self.speakers(["The coastguard called the search “the hardest in years,” AP reports."])
        #expect(s.first != Optional("Tom Hale"))
        #expect(s.count == 1)
    }
}
