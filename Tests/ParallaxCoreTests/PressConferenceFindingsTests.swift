import Testing
@testable import ParallaxCore

/// Quote and people rules found by reading real post-match, parliament and court copy from outlets in South
/// Asia, Africa and Europe (not in the repo). Each rule on sentences of our own.
@Suite struct PressConferenceFindingsTests {
    @Test func aSentenceAdverbBeforeACommaIsNoSpeaker() {
        let s = QuoteBodySpeakerTests.speakers([
            "Tomas Brandt, coach of Harbour City, said the draw was fair: “We earned the point.”",
            "Finally, Brandt referred to his injured players: “Three of them will be back next week.”",
            "Furthermore, the Danish coach considered that the referee had been fair: “I have no complaint about him.”",
        ])
        #expect(s == ["Tomas Brandt", "Tomas Brandt", "Tomas Brandt"])
    }

    @Test func aPronounGoesOnWithTheSubjectOfTheSentenceBefore() {
        let s = QuoteBodySpeakerTests.speakers([
            "Justice Peter Mwangi Kamau sought an order stopping the inquiry.",
            "He said the recordings of calls between him, his brother Daniel Otieno Were and a trader were unlawful.",
            "“The tapes were obtained in breach of my privacy,” he said.",
        ])
        #expect(s == ["Peter Mwangi Kamau"])
    }

    @Test func theJudgeIsTheOneTitledJustice() {
        let s = QuoteBodySpeakerTests.speakers([
            "Justice Grace Wanjiru Mutua dismissed the application with costs.",
            "“The applicant had every chance to file a petition in time,” ruled the Judge.",
            "The Judge also noted that Samuel Kiptoo had admitted he would call new witnesses.",
            "“That goes beyond what the petition sets out,” he said.",
            "Chief Justice Kamau asked the registrar to explain. “Were you too tired to receive them?” the CJ asked.",
        ])
        #expect(s == ["Grace Wanjiru Mutua", "Grace Wanjiru Mutua", "Kamau"])
    }

    @Test func aDeputyIsNotWhomTheTitleStandsFor() {
        let s = QuoteBodySpeakerTests.speakers([
            "Premier Alan Whitcombe said he had accepted the resignation and that Deputy Premier Rosa Lindqvist would take over the file.",
            "“The remarks were unacceptable,” the premier said in the statement.",
        ])
        #expect(s == ["Alan Whitcombe"])
    }

    @Test func aParticipleQualifyingANounIsNotTheAttribution() {
        let s = QuoteBodySpeakerTests.speakers([
            "Tom Ruiz can be heard telling donors that the panel “will do as it is told” and that the council’s promised clinics “can wait a year.”",
            "He also says the new ferries promised in the last budget “are not coming soon.”",
        ])
        #expect(s == ["Tom Ruiz", "Tom Ruiz", "Tom Ruiz"])
    }

    @Test func aPullQuoteRepeatingTheParagraphBeforeIsNoQuote() {
        let q = QuoteExtractionTests.quotes([
            "The council has offered a statement. A statement is not an explanation.",
            "“A statement is not an explanation.”",
            "“We will explain everything next week,” the mayor, Tom Ruiz, said.",
        ])
        #expect(q.map(\.text) == ["We will explain everything next week"])
    }

    @Test func aTitleInBracketsABlockQuotesSignatureAndAWordThatIsNoOne() {
        let q = QuoteExtractionTests.quotes([
            "The results were published in the journal (“A Ferry Vaccine — Preliminary Report”) on Tuesday.",
            "“We are glad to have run the first trial of this vaccine, in record time.”",
            "— Lena Vos, MD, MPH",
            "Heavy rain late into the night has hampered the rescue efforts.",
            "‘Battlefield after bombardment’",
        ])
        #expect(q.map(\.text) == ["We are glad to have run the first trial of this vaccine, in record time.", "Battlefield after bombardment"])
        #expect(q.map(\.speaker) == ["Lena Vos", nil])
    }
}
