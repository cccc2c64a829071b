import Testing
@testable import ParallaxCore

/// Words quoted from a document: "according to the email, X replied" is X's; "according to a note from the
/// Cabinet Office" is the office's; "X's letter to Y, read to the court, said" is X's; "the post, published on
/// his account, read:" is the account holder's — README "Quotes and details". Our own sentences.
@Suite struct DocumentSpeakerTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        ClauseSubjectSpeakerTests.speakers(paragraphs)
    }

    @Test func aSpeakerAfterTheSourceIsTheOneQuoted() {
        #expect(Self.speakers([
            "Warehouse manager Colin Freer, 44, denies two charges of fraud.",
            "According to the messages, Mr Freer replied within the hour: “Leave the invoices with me and say nothing.”",
        ]) == ["Colin Freer"])
    }

    @Test func aDocumentFromAnOrganisationSpeaksForIt() {
        #expect(Self.speakers([
            "According to a memo from the Harbour Authority seen by this paper, pilots have been told to “expect delays of up to three hours”.",
        ]) == ["Harbour Authority"])
    }

    @Test func aLetterSpeaksForItsWriterNotItsReader() {
        #expect(Self.speakers([
            "Retired teacher Agnes Moult wrote to the council leader, Brian Tate, in March.",
            "Agnes Moult's letter to Tate, read out at the meeting, said: “The footpath has been closed for a year and nobody has told us why.”",
        ]) == ["Agnes Moult"])
    }

    @Test func aPostOnSomeonesAccountIsTheirs() {
        #expect(Self.speakers([
            "The council leader, Brian Tate, has deleted a post about the closed footpath.",
            "The post, published late on Sunday on his official account, read:",
            "“Footpath closed? Try the bus. It's good for you.”",
        ]) == ["Brian Tate"])
    }
}
