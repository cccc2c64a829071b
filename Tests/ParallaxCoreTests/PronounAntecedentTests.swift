import Testing
@testable import ParallaxCore

/// Whom a "he"/"she" stands for when gender decides: "actor" names women too, and a pronoun after ", saying
/// that" goes with the sentence's subject when that subject's gender is known to fit — README "Quotes and
/// details". Our own sentences.
@Suite struct PronounAntecedentTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        ClauseSubjectSpeakerTests.speakers(paragraphs)
    }

    @Test func anActorMayBeAWoman() {
        #expect(Self.speakers([
            "Director Pia Sundgren collected the prize on Saturday.",
            "The jury chair, the Belgian actor Odile Verhaegen, said the vote had been close. “We talked until three in the morning,” she said.",
        ]) == ["Odile Verhaegen"])
    }

    @Test func aPronounAfterSayingThatIsTheSubjectsWhenGenderFits() {
        #expect(Self.speakers([
            "Council spokeswoman Ann Lydgate spoke after the meeting.",
            "The spokeswoman declined to discuss councillor Pat Rowe, saying only that she hoped “the matter can be settled quietly”.",
        ]) == ["Ann Lydgate"])
    }

    @Test func aNameInTheOpenersAppositiveIsNotTheNextHe() {
        // Where he works, or what an app is called, is not who goes on speaking.
        #expect(Self.speakers([
            "Mark Tilden, an analyst at broker Fenwick Marsh, said the numbers were weak. “Investors will want answers,” he said.",
            "Janet Orme, 61, who shops through the Vantor app, said the email came at dawn. “My heart sank,” she said.",
        ]) == ["Mark Tilden", "Janet Orme"])
    }

    @Test func aNameAfterTheOpenersSpeechVerbIsWhatTheySpeakOf() {
        #expect(Self.speakers([
            "Priya Nandi, head of research at Corvel Labs, said Blackfin Group surfaced last year. “They target clinics first,” she said.",
        ]) == ["Priya Nandi"])
    }

    @Test func theOpenersOwnNameInApposition() {
        // "The Mayor of Brisford, Councillor Amina Sadiq,": one person; the "she" inside her quote is someone else.
        let q = QuoteUnseenCopyTests.ledger([("a", [
            "The singer Rose Allard died on Monday.",
            "The Mayor of Brisford, Councillor Amina Sadiq, told the radio station the town owed her a great deal.",
            "“She used to say, ‘Brisford made every song I wrote,’ and we will sing them back to her,” Cllr Sadiq said.",
        ])]).quotes.flatMap(\.instances).filter(\.nested)
        #expect(q.count == 1)
        #expect(q.first?.speaker != "Mayor of Brisford")
    }
}
