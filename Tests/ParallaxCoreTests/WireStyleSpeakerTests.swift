import Testing
@testable import ParallaxCore

/// Speaker shapes of wire and parliamentary copy found on quotes10's blind set — README "Quotes and details".
/// Our own sentences.
@Suite struct WireStyleSpeakerTests {
    private func speaker(_ paragraphs: [String]) -> String? {
        QuoteUnseenCopyTests.ledger([("a", paragraphs)]).quotes.last?.instances.last?.speaker
    }

    @Test func aTitleBeforeTheNameSetBesideTheRole() {
        #expect(speaker(["“This is not about jobs,” said its sponsor, Sen. Maria Delgado."]) == "Maria Delgado")
        #expect(speaker(["“Not one bird was counted,” said the trust's ecologist, Dr Fen Marsh."]) == "Fen Marsh")
    }

    @Test func aStateAfterTheTownIsWhereTheTownIs() {
        #expect(speaker([
            "Mayor Dana Whitlock of Corwin, Ohio, whose town was evacuated in March, said: “Nine days out of our homes.”",
        ]) == "Dana Whitlock")
    }

    @Test func aPersonFamiliarWithSomethingIsThePerson() {
        #expect(speaker([
            "A person familiar with the talks, who spoke on condition of anonymity, said the deal was “in roughly this form.”",
        ]) == "a person familiar with the talks")
        // A plural head opening the sentence is capitalised only for that: an unnamed phrase all the same.
        #expect(speaker([
            "People familiar with the talks said the two sides were “nowhere near a deal” on Friday.",
        ]) == "people familiar with the talks")
    }

    @Test func aRoleInCapitalsIsARoleNoun() {
        #expect(speaker(["One veteran MP, who asked not to be named, put it simply: “That was the worst session I have sat through.”"]) == "one veteran MP")
    }
}
