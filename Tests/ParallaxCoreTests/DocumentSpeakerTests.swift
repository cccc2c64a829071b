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

    @Test func aDatedDocumentStillSpeaksForItsIssuer() {
        #expect(Self.speakers([
            "The ferry was “fit to sail again by the weekend”, according to a statement Thursday from Harwick Marine Services, its operator.",
        ]) == ["Harwick Marine Services"])
        #expect(Self.speakers([
            "Pilots should “expect delays of up to three hours”, according to a memo last week by the Harbour Authority.",
        ]) == ["Harbour Authority"])
    }

    @Test func theStatementSaidIsNotTheSentencesSubject() {
        let got = Self.speakers([
            "Dana Holt, who runs the ferry company, said in a statement on Thursday that no passenger had been hurt.",
            "Captain Ellis Varney will stay with the ship “until the inspectors have finished their work,” the statement said.",
        ])
        #expect(got == ["Dana Holt"])
    }

    @Test func aVesselDeclaredFitInQuotesIsNoSpeaker() {
        let got = Self.speakers([
            "Harbour Star, the giant ferry that was stuck on a sandbank for nearly a week, has been declared fit to sail by its managers.",
            "Harbour Star was “declared fit to sail to Portleven, where she will be inspected again,” according to a statement from Solent Marine, its managers.",
            "In the statement, the chief executive of Solent Marine, Ian Ross, said: “The harbour's decision is extremely disappointing.”",
            "Harbour Star will stay at anchor “until an agreement between the port and the owner has been reached,” the statement said.",
        ])
        #expect(got == ["Solent Marine", "Ian Ross", "Ian Ross"])
    }
}

