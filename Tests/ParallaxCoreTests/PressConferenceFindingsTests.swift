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
}
