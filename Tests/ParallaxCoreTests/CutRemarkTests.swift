import Testing
@testable import ParallaxCore

/// One remark cut by its attribution, “A,” she said. “B.”, is one quote whose text joins the parts, as
/// “A,” she said, “b.” already was: a reader comparing outlets expects it with another outlet's run
/// “A. B.”, with A alone and with B alone — README "Quotes and details". Our own sentences.
@Suite struct CutRemarkTests {
    @Test func theTwoPartsAreOneQuote() {
        let l = QuoteUnseenCopyTests.ledger([
            ("wire", ["“We share the goal,” Lyle Harmon said. “We do not share the method.”"]),
        ])
        #expect(l.quotes.count == 1)
        let i = l.quotes[0].instances[0]
        #expect(i.text == "We share the goal. We do not share the method.")
        #expect(i.speaker == "Lyle Harmon")
        #expect(i.parts.count == 2)
    }

    @Test func itIsVerbatimWithAnotherOutletsRun() {
        let l = QuoteUnseenCopyTests.ledger([
            ("wire", ["“I came in sceptical,” said Senator Tom Breck, one of the two. “I am leaving convinced that the old rule is worse.”"]),
            ("paper", ["Tom Breck said: “I came in sceptical. I am leaving convinced that the old rule is worse.”"]),
        ])
        #expect(l.quotes.count == 1)
        #expect(l.quotes[0].agreement == .verbatim)
    }

    @Test func anOutletQuotingOnlyOnePartJoinsIt() {
        let first = QuoteUnseenCopyTests.ledger([
            ("wire", ["“These are not ordinary stones; every catalogue of royal jewels lists them,” said Anna Vole, a historian. “Whoever took them knew which case to open.”"]),
            ("paper", ["Anna Vole said: ‘These are not ordinary stones. Every catalogue of royal jewels lists them, and no honest dealer anywhere would touch them.’"]),
        ])
        #expect(first.quotes.count == 1)
        let second = QuoteUnseenCopyTests.ledger([
            ("wire", ["“Every qubit in the world descends from that circuit,” said Ines Rau. “We all learned it from their papers.”"]),
            ("paper", ["“Every qubit we build is their circuit with better plumbing. We all learned it from their papers,” Ines Rau said."]),
        ])
        #expect(second.quotes.count == 1)
        #expect(second.quotes[0].agreement == .variant)
    }

    /// “Pontelisca has lost its heart,” she said. “There are families …” in one outlet; another quotes the two
    /// parts apart in one paragraph: both pieces are that remark, not two remarks kept apart.
    @Test func piecesQuotedApartInOneParagraphJoinTheCutRemark() {
        let l = QuoteUnseenCopyTests.ledger([
            ("live", ["“The village has lost its heart,” the mayor, Rosa Vell, said. “There are families here who have lost everyone.”"]),
            ("wire", ["Mayor Rosa Vell said the village “has lost its heart”. “There are families here who have lost everyone,” she said."]),
        ])
        #expect(l.quotes.count == 1)
        // One row per outlet: the wire's two pieces are one instance, read as the mayor's words.
        #expect(l.quotes[0].instances.count == 2)
        #expect(l.quotes[0].instances[1].text == "has lost its heart. There are families here who have lost everyone")
    }

    @Test func anotherSpeakerAfterTheSecondPartKeepsThemApart() {
        let l = QuoteUnseenCopyTests.ledger([
            ("a", ["“We will sign it,” Ann Roper said. “We will not,” said Tomas Vell."]),
        ])
        #expect(l.quotes.count == 2)
        #expect(Set(l.quotes.compactMap(\.speaker)) == ["Ann Roper", "Tomas Vell"])
    }

    @Test func aQuestionAskedOrAnotherSentenceBetweenKeepsThemApart() {
        let asked = QuoteUnseenCopyTests.ledger([
            ("a", ["“You fished here as a boy,” I asked. “Since I was fifteen,” Jim Tregar says."]),
        ])
        #expect(asked.quotes.count == 2)
        let moreBetween = QuoteUnseenCopyTests.ledger([
            ("a", ["“We share the goal,” Lyle Harmon said. He then left the room. “We do not share the method.”"]),
        ])
        #expect(moreBetween.quotes.count == 2)
    }

    @Test func aLowercaseContinuationStaysOneQuoteAsBefore() {
        let l = QuoteUnseenCopyTests.ledger([
            ("a", ["“Nine days out of our homes,” Dana Whit said afterwards, “and not one person knocked on my door.”"]),
        ])
        #expect(l.quotes.count == 1)
        #expect(l.quotes[0].instances[0].text == "Nine days out of our homes, and not one person knocked on my door.")
    }

    /// The text reads as the speaker's words: a full stop where the next part opens a sentence, the comma
    /// kept before a lowercase continuation, a part's own stop left as it is.
    @Test func theJoinedTextHasTheStopsOfTheRemark() {
        let l = QuoteUnseenCopyTests.ledger([
            ("a", ["“The offer on the table is fair,” Nora Quill said. “Nobody loses a job.”"]),
            ("b", ["“Is that fair?” Piet Lund said. “Nobody in this town thinks so.”"]),
            ("c", ["“She rang me and said, ‘Book the studio,’” Sandy Moffat said. “She never stopped.”"]),
        ])
        let texts = Set(l.quotes.flatMap(\.instances).map(\.text))
        #expect(texts.contains("The offer on the table is fair. Nobody loses a job."))
        #expect(texts.contains("Is that fair? Nobody in this town thinks so."))
        #expect(texts.contains("She rang me and said, ‘Book the studio.’ She never stopped."))
        let sameSentence = QuoteUnseenCopyTests.ledger([
            ("a", ["“The economy,” Nora Quill said, “is in trouble.”"]),
            ("b", ["“If we wait,” Piet Lund said, “we lose the harbour.”"]),
            ("c", ["“If the effect is real,” Ada Roe said, “the trial will show it.”"]),
        ])
        #expect(Set(sameSentence.quotes.flatMap(\.instances).map(\.text))
            == ["The economy is in trouble.", "If we wait, we lose the harbour.", "If the effect is real, the trial will show it."])
    }

    /// “A.” X said. “B.”: the first part's own full stop does not end the remark any more than a comma does.
    @Test func aFirstPartClosedByAStopStillJoins() {
        let l = QuoteUnseenCopyTests.ledger([
            ("wire", ["Ewan Baird said he had written to the operator. “We have run out of patience.” Baird said. “The minister must step in now.”"]),
            ("paper", ["“We have run out of patience. The minister must step in now,” said Ewan Baird."]),
        ])
        #expect(l.quotes.count == 1)
        #expect(l.quotes[0].agreement == .verbatim)
        #expect(l.quotes[0].instances.map(\.text) == ["We have run out of patience. The minister must step in now.", "We have run out of patience. The minister must step in now"])
    }

    @Test func aQuestionAskedBeforeAnAnswerStaysApart() {
        let l = QuoteUnseenCopyTests.ledger([
            ("a", ["“Will the second sailing come back?” Tom Ure asked. “I hope so,” said Fiona Grant."]),
        ])
        #expect(l.quotes.count == 2)
    }
}

/// A press release names its speaker with the whole job title between the two parts of a remark, and that
/// title may hold an apostrophe ("the trial’s chief investigator"): the remark is still one quote (blind13
/// findings). Our own sentences.
@Suite struct LongAttributionCutRemarkTests {
    @Test func aJobTitleWithAnApostropheDoesNotSplitTheRemark() {
        let l = QuoteUnseenCopyTests.ledger([
            ("release", ["“We expected a small effect,” said Professor Anna Lind, Head of Nursing at the University of Westby and the study’s principal investigator. “What we saw was twice that.”"]),
        ])
        #expect(l.quotes.count == 1)
        #expect(l.quotes.first?.instances.first?.speaker == "Anna Lind")
        #expect(l.quotes.first?.instances.first?.text == "We expected a small effect. What we saw was twice that.")
    }

    @Test func aQuotationMarkInTheSentenceBetweenStillSeparates() {
        let l = QuoteUnseenCopyTests.ledger([
            ("paper", ["“We expected a small effect,” said Anna Lind, who called the result ‘startling’ in her notes. “What we saw was twice that.”"]),
        ])
        #expect(!l.quotes.contains { $0.instances.contains { $0.text.contains("small effect") && $0.text.contains("twice that") } })
    }
}
