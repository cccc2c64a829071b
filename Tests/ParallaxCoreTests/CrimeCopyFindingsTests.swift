import Testing
@testable import ParallaxCore

/// Quote rules found by reading real local crime and court copy (not in the repo); each on sentences of our own.
@Suite struct CrimeCopyFindingsTests {
    @Test func anUnnamedSubjectIntroducingAQuoteWithAColon() {
        let s = QuoteBodySpeakerTests.speakers([
            "Police said the suspect was caught near the mall on Wednesday.",
            "The mother did not want to go on camera, but wanted to make a statement:",
            "“He was a troubled child and I warned him many times.”",
        ])
        #expect(s == ["the mother"])
    }
}
