import Testing
@testable import ParallaxCore

/// A closing bracket with no opening one before the speech verb (pasted copy, a README read as a story) once
/// made the ledger trap on an empty range; the ledger must read it like any other line.
@Suite struct QuoteStrayBracketTests {
    @Test func strayClosingBracketBeforeTheVerb() {
        for line in [
            "\"We are ready,\" Smith) said.",
            "\"We are ready.\" (Smith) said it.",
            "Smith) said: \"We are ready for the final.\"",
            "Both) said \"we are ready to go\" today.",
        ] {
            let quotes = QuoteExtractionTests.quotes([line])
            #expect(quotes.count == 1, "\(line)")
        }
    }
}
