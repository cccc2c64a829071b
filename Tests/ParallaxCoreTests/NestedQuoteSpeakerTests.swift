import Testing
@testable import ParallaxCore

/// Who said the words quoted inside a quotation (README "Quotes and details"): not the outer quote's speaker
/// when the outer speaker gives them to "she" or "he" (but the person the speaker's own reported clause is about,
/// "X said that Kang's …"), and the subject of the clause that says them when a reported clause does ("… that
/// her mother … used to say ‘…’"). Our own sentences.
@Suite struct NestedQuoteSpeakerTests {
    static func instances(_ paragraphs: [String]) -> [(text: String, speaker: String?, nested: Bool)] {
        QuoteUnseenCopyTests.ledger([("a", paragraphs)]).quotes.flatMap(\.instances)
            .sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
            .map { ($0.text, $0.speaker, $0.nested) }
    }

    @Test func aSheInsideTheQuoteIsNotItsSpeaker() {
        let q = Self.instances([
            "Mayor Ruth Adler spoke of her aunt, who ran the ferry kiosk for decades.",
            "“She used to say, ‘A town is only as good as its last boat home,’ and she meant it,” Adler said.",
        ])
        #expect(q.map(\.nested) == [false, true])
        #expect(q[0].speaker == "Ruth Adler")
        // Not Adler; the aunt the sentence before brings in by kinship (KinAntecedentTests), never named.
        #expect(q[1].speaker == "her aunt")
    }

    @Test func aHeInsideTheQuoteIsTheManNamedBefore() {
        let q = Self.instances([
            "Professor Oskar Lind taught physics in Malmö for forty years and retired in 2019.",
            "“He would stand at the board and say, ‘Mistakes are data,’ and then laugh at us,” said Ana Berg, a former student.",
        ])
        #expect(q.map(\.speaker) == ["Ana Berg", "Oskar Lind"])
    }

    @Test func aSpeechVerbInsideAReportedClauseHasThatClausesSubject() {
        let q = Self.instances([
            "Ana Berg told the audience that her mother kept bees all her life and used to say ‘a hive has no owner, only a keeper’.",
        ])
        #expect(q.map(\.speaker) == ["her mother"])
    }

    @Test func aHeInsideTheQuoteIsWhomTheSpeakersReportedClauseIsAbout() {
        // The analyst is the last one speaking before the quote; her sentence reports on Kang, who is "he".
        let q = Self.instances([
            "President Kang Min-jun was handed a fountain pen by Prime Minister Ana Ruiz at the summit.",
            "Analyst Mira Holt said that Kang's exchange with Ruiz had been awkward at first.",
            "“In the end he joked about it, as if to say, ‘I will sign the treaty with it,’” Holt added.",
        ])
        #expect(q.map(\.speaker) == ["Mira Holt", "Kang Min-jun"])
    }

    @Test func aSpeakerWhoReportsNoOneLeavesTheHeUnknown() {
        let q = Self.instances([
            "President Kang Min-jun was handed a fountain pen by Prime Minister Ana Ruiz at the summit.",
            "Analyst Mira Holt said the exchange had been awkward at first.",
            "“In the end he joked about it, as if to say, ‘I will sign the treaty with it,’” Holt added.",
        ])
        #expect(q.map(\.speaker) == ["Mira Holt", nil])
    }
}
