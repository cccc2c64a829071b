import Testing
@testable import ParallaxCore

/// Who is the subject of the clause that introduces a quote when the words before the verb are not it: a
/// group picked out by "those who", the antecedent of a "who" that the clause's own pronoun speaks about, a
/// gerund that opens the sentence, a word that opens sentences which the people index lists as a person, and
/// "accused X of “…”" — README "Quotes and details". Our own sentences.
@Suite struct ClauseSubjectSpeakerTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
    }

    @Test func anOfficeOfSeveralWordsBeforeTheNameIsNoSpeaker() {
        // The organisation opens the clause, a few words of the office and a role follow, then the person.
        #expect(Self.speakers([
            "However, Pine County Fire operations section chief Dana Whitlow had good news, saying the south front was “looking really good,” with crews mopping up.",
        ]) == ["Dana Whitlow"])
        #expect(Self.speakers([
            "Harbour Board deputy finance director Tom Ruiz gave the figures, calling the deficit “a hole we can fill.”",
        ]) == ["Tom Ruiz"])
        // A name that ends the clause leaves no room for a role after it.
        _ = Self.speakers(["“We will rebuild,” the Harbour Board.", "“We will rebuild,” said Ruiz.", "However, Tom Ruiz, “we will.”"])
    }

    @Test func aLongRelativeClauseAfterTheNameStillEndsAtItsVerb() {
        #expect(Self.speakers([
            "“It was so loud,” Joe Mack, who was having coffee with city officials and police when the footbridge near the Pine Hollow College campus gave way, told reporters.",
        ]) == ["Joe Mack"])
        // The verb after the closing comma must be one of saying.
        #expect(Self.speakers([
            "“It was so loud,” Joe Mack, who was having coffee with city officials and police when the footbridge near the Pine Hollow College campus gave way, ran outside.",
        ]) == [nil])
    }

    @Test func thoseWhoIsNotTheSpeaker() {
        #expect(Self.speakers([
            "Councillor Hannah Ostrow won the Eastfield seat by 212 votes on Friday.",
            "She thanked her volunteers and had a word for those who had backed her opponents: “I will work for every street in Eastfield, not only the ones that voted for me.”",
        ]) == ["Hannah Ostrow"])
    }

    @Test func aPronounAfterWhoIsTheSentencesSubject() {
        // "who she said had …": the one who delivered is the daughter; the one who said it is "she".
        #expect(Self.speakers([
            "Councillor Hannah Ostrow won the Eastfield seat by 212 votes on Friday.",
            "She then thanked her son Tobias, 15, who she said had knocked on “more doors than the postman”.",
        ]) == ["Hannah Ostrow"])
    }

    @Test func aGerundOpeningTheSentenceIsNoName() {
        // The clause after the dash has its own subject, "he" (the chairman named before it).
        #expect(Self.speakers([
            "The count at Eastfield ended just after two in the morning.",
            "Losing the seat after thirty years is not the night party chairman Oliver Brand had planned – he was quick to call it “a protest about potholes”.",
        ]) == ["Oliver Brand"])
    }

    @Test func aSentenceAdverbIsNoOneAPronounFindsEvenIfListed() {
        #expect(Self.speakers([
            "The singer Tomas Vell was fined £900 at Ledbury Magistrates' Court for speeding.",
            "Outside court he gave a short statement: “I was wrong, and I have paid for it.”",
            "Asked whether he would appeal, he said only: “Not a chance.”",
        ]) == ["Tomas Vell", "Tomas Vell"])
    }

    @Test func accusedIntroducesWhatTheSubjectSaid() {
        #expect(Self.speakers([
            "The opposition leader, Cllr Peter Hale, accused the cabinet of “selling the park to the highest bidder”.",
        ]) == ["Peter Hale"])
    }

    @Test func theAccusedIsNoSpeechVerb() {
        #expect(Self.speakers([
            "Judge Mary Lowe told the accused: “You have shown no remorse at all.”",
        ]) == ["Mary Lowe"])
    }

    @Test func aPlaceInsideAWhoClauseIsNotTheSubject() {
        // "Mum-of-two" describes her and is no name; "the bridge" is where she was trapped. The quote is
        // hers, whom the headline does not name: no speaker rather than the bridge.
        #expect(Self.speakers([
            "Mum-of-two who was trapped under the bridge says she 'still dreams about the water' a year on",
        ]) == [nil])
    }

    @Test func aFindingReportedInsideWhatSomeoneSaidIsTheirs() {
        #expect(Self.speakers([
            "The drummer Ola Brandt cancelled the rest of the tour on Monday.",
            "In a post on Sunday, the 31-year-old said doctors had found a tear that had been “slowly getting worse” since June.",
        ]) == ["Ola Brandt"])
    }

    @Test func aFindingWithItsObjectClauseIsStillAFinding() {
        #expect(Self.speakers([
            "Auditor-General Ruth Amis, whose report was published on Monday, found the grants were paid \"without any checks at all.\"",
        ]) == ["Ruth Amis"])
    }

    @Test func aVerbInsideAReportWithWordsBeforeTheQuoteIsPartOfTheReport() {
        // "complained about the rota “…”": the quote is no object of "complained"; the one reporting it speaks.
        #expect(Self.speakers([
            "Union official Mary Kerr said her members had complained about the night rota “for at least three winters”.",
        ]) == ["Mary Kerr"])
    }

    @Test func aVerbWhoseThatClauseTheQuoteIsKeepsItsSubject() {
        // "promised Kovac that Tarnia “…”": what Rask promised, in his words, as his adviser reports them.
        #expect(Self.speakers([
            "President Ivo Rask met Prime Minister Anna Kovac in Velm on Monday.",
            "His adviser Tom Reyes said Rask promised Kovac that Tarnia “would never again close the dam without warning”.",
        ]) == ["Ivo Rask"])
    }

    @Test func aWhoClauseEndingInItsObjectIsNotTheSubject() {
        // "who attended the meeting": the one who described it is the official, not the meeting.
        #expect(Self.speakers([
            "“Nobody wanted to be the one to say no.” That was how one official who attended the meeting described it to us.",
        ]) == ["one official"])
    }

    @Test func anotherIsASecondUnnamedSpeaker() {
        #expect(Self.speakers([
            "Replies came fast. “The bus was full again,” one passenger wrote. Another said: “Three cancellations this week alone.”",
        ]) == ["one passenger", "another"])
    }

    @Test func anOrganisationsSpokespersonKeepsTheWholeName() {
        #expect(Self.speakers([
            "A Ministry of Transport spokesperson said the report was “being studied carefully”.",
        ]) == ["a Ministry of Transport spokesperson"])
    }

    @Test func theDocumentItselfSpeaks() {
        // "itself" stresses the report; "we are told" is an aside.
        #expect(Self.speakers([
            "Ministers say the bridge is safe. The inspection report itself, we are told, describes the main span as “a serious concern”.",
        ]) == ["the inspection report"])
    }

    @Test func aNounOrVerbWordAfterACommaIsTheVerb() {
        // "…, we are told, calls": not "phone calls"; the report calls the span that.
        #expect(Self.speakers([
            "Ministers say the bridge is safe. The inspection report itself, we are told, calls the main span “a serious concern”.",
        ]) == ["the inspection report"])
    }
}
