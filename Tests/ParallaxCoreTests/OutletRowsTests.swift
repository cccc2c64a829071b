import Testing
@testable import ParallaxCore

/// One row per outlet per remark: an outlet teasing a remark and quoting it in full later, or giving one
/// remark in pieces that another outlet runs together, is one instance of the group — README "Quotes and
/// details". Our own sentences.
@Suite struct OutletRowsTests {
    @Test func aTeaserAndTheFullQuoteAreOneRow() {
        let l = QuoteUnseenCopyTests.ledger([
            ("courier", [
                "Islanders reacted with fury, with Morag Lindsay calling the cuts “a slap in the face”.",
                "The ferry operator confirmed the new timetable on Friday.",
                "Morag Lindsay said: “This is a slap in the face for every family here.”",
            ]),
            ("wire", ["“This is a slap in the face for every family here,” said Morag Lindsay."]),
        ])
        #expect(l.quotes.count == 1)
        let g = l.quotes[0]
        #expect(g.instances.count == 2)
        #expect(g.agreement == .verbatim)
        let courier = g.instances[0]
        #expect(courier.paragraph == 2 && !courier.partial)
        // The teaser is still a place the remark stands, for a reader marking quotes in the text.
        #expect(courier.parts.map(\.paragraph) == [2, 0])
    }

    /// “A,” she said. [next paragraph] “B.”: another outlet's run of both shows them one remark.
    @Test func piecesInNextParagraphsJoinAnotherOutletsRun() {
        let l = QuoteUnseenCopyTests.ledger([
            ("post", [
                "Fiona Grant, the chief executive, said: “We simply do not have the crew. We have advertised for deck officers since the summer.”",
            ]),
            ("ledger", [
                "“We simply do not have the crew,” Fiona Grant, the chief executive, said.",
                "“We have advertised for deck officers since the summer.”",
            ]),
        ])
        #expect(l.quotes.count == 1)
        let g = l.quotes[0]
        #expect(g.instances.count == 2)
        #expect(g.agreement == .verbatim)
        #expect(g.instances[1].text == "We simply do not have the crew. We have advertised for deck officers since the summer.")
        #expect(g.instances[1].parts.map(\.paragraph) == [0, 1])
    }

    /// Her family said she had died “…”. They added: “…”, where another outlet gives the whole statement.
    @Test func aFragmentAndWhatTheSpeakerAddedInOneParagraphJoinTheRun() {
        let l = QuoteUnseenCopyTests.ledger([
            ("post", ["Her family said in a statement: “Isla died peacefully last night with her daughters beside her. She asked us to thank everyone who ever sang along.”"]),
            ("record", ["Her family said she had died “peacefully last night with her daughters beside her”. They added: “She asked us to thank everyone who ever sang along.”"]),
        ])
        #expect(l.quotes.count == 1)
        #expect(l.quotes[0].instances.count == 2)
        #expect(l.quotes[0].instances[1].text == "peacefully last night with her daughters beside her. She asked us to thank everyone who ever sang along.")
    }

    /// Without another outlet running them together, two quotes of one speaker stay two remarks.
    @Test func twoRemarksOfOneSpeakerStayTwoRows() {
        let l = QuoteUnseenCopyTests.ledger([
            ("ledger", [
                "“We simply do not have the crew,” Fiona Grant said.",
                "“We have advertised for deck officers since the summer.”",
            ]),
        ])
        #expect(l.quotes.count == 2)
        #expect(l.quotes.allSatisfy { $0.instances.count == 1 })
    }

    /// A quote of someone else between the two pieces: not the speaker going on.
    @Test func anotherSpeakersQuoteBetweenKeepsThePiecesApart() {
        let l = QuoteUnseenCopyTests.ledger([
            ("post", ["Fiona Grant said: “We simply do not have the crew. We have advertised for deck officers since the summer.”"]),
            ("ledger", [
                "“We simply do not have the crew,” Fiona Grant said.",
                "“That is no excuse for anyone,” said Morag Lindsay.",
                "“We have advertised for deck officers since the summer,” Grant said.",
            ]),
        ])
        let ledgerRows = l.quotes.flatMap(\.instances).filter { $0.article == "ledger" }
        #expect(ledgerRows.count == 3)
    }
}
