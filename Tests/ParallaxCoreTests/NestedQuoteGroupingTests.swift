import Testing
@testable import ParallaxCore

/// Words quoted inside a quotation are the inner speaker's; the quotation around them is the outer
/// speaker's. Grouping across outlets must not join the outer quote of one outlet to another outlet's quote
/// of the inner words, nor put two quotes of one paragraph into one group through a third outlet's longer
/// quote (README "Quotes and details"). Our own sentences.
@Suite struct NestedQuoteGroupingTests {
    /// Each group as the set of "article:first words" of its instances, nested ones marked with "~".
    static func groups(_ articles: [(String, [String])]) -> Set<Set<String>> {
        Set(QuoteUnseenCopyTests.ledger(articles).quotes.map { g in
            Set(g.instances.map { "\($0.article)\($0.nested ? "~" : ""):\($0.text.split(separator: " ").prefix(3).joined(separator: " "))" })
        })
    }

    @Test func anOuterQuoteDoesNotJoinTheInnerWordsQuotedAlone() {
        let g = Self.groups([
            ("a", ["Opposition leader Marta Quill attacked the minister on Wednesday. “When a minister says the inquiry ‘will find whatever we ask it to find,’ that is not a joke, it is a confession,” Quill said."]),
            ("b", ["Transport minister Dov Carran was recorded at a dinner saying the inquiry “will find whatever we ask it to find.”"]),
            ("c", ["Marta Quill, the opposition leader, said: “When a minister says the inquiry ‘will find whatever we ask it to find’, that is not a joke.”"]),
        ])
        // Carran's words, wherever they stand: quoted alone, or inside Quill's quote.
        #expect(g.contains(["b:will find whatever", "a~:will find whatever", "c~:will find whatever"]))
        // Quill's quote in both outlets, without Carran's words quoted alone.
        #expect(g.contains(["a:When a minister", "c:When a minister"]))
    }

    @Test func aLongQuoteHoldingTwoSentencesJoinsOnlyOneOfThem() {
        let g = Self.groups([
            // A sentence of the writer's between a's two quotes: two remarks, not one cut by its attribution.
            ("a", ["Mayor Lena Strand spoke of her father, a ferryman. “He always told me, ‘The river keeps its own timetable,’” Strand said. She paused. “Today we finally wrote that timetable down.”"]),
            ("b", ["My father ran the ferry for thirty years. He always told me, \"The river keeps its own timetable.\" Today we finally wrote that timetable down."]),
            ("c", ["Strand said her father used to warn that “the river keeps its own timetable”. “Today we finally wrote that timetable down,” she said."]),
            ("d", ["Mayor Lena Strand was in a reflective mood.", "‘He always told me, “The river keeps its own timetable.” Today we finally wrote that timetable down, and this city will keep to it,’ Strand said."]),
        ])
        // The father's saying: quoted alone by the transcript and one outlet, nested in two others.
        #expect(g.contains(["a~:The river keeps", "b:The river keeps", "c:the river keeps", "d~:The river keeps"]))
        // Strand's remembering him, with the long quote that opens with it.
        #expect(g.contains(["a:He always told", "d:He always told"]))
        // The second sentence stays its own quote: the long quote cannot join both of a's quotes.
        #expect(g.contains(["a:Today we finally", "c:Today we finally"]))
    }

    @Test func oneRemarkQuotedInPiecesInOneSentenceStaysOneGroup() {
        // b quotes a's one sentence in two pieces: both pieces are that remark.
        let g = Self.groups([
            ("a", ["“I raised the matter quietly and firmly, and I will keep raising it until the boats are back,” the minister Ebba Lund said."]),
            ("b", ["Ebba Lund said she had raised it “quietly and firmly” and would go on doing so “until the boats are back.”"]),
        ])
        // One row per outlet: b's two pieces are one instance, the words between them elided.
        #expect(g == [["a:I raised the", "b:quietly and firmly"]])
        let b = QuoteUnseenCopyTests.ledger([
            ("a", ["“I raised the matter quietly and firmly, and I will keep raising it until the boats are back,” the minister Ebba Lund said."]),
            ("b", ["Ebba Lund said she had raised it “quietly and firmly” and would go on doing so “until the boats are back.”"]),
        ]).quotes[0].instances.first { $0.article == "b" }
        #expect(b?.text == "quietly and firmly … until the boats are back.")
        #expect(b?.parts.count == 2)
    }

    @Test func piecesHoldingTwoSentencesOfAnotherQuoteStayApart() {
        // b's one sentence quotes two of a's sentences, reworded: two remarks, as a gives them.
        let g = Self.groups([
            ("a", ["“The dam was full after the wettest spring in forty years,” the engineer Tomas Brek said.", "“When that much water presses on old stone, the whole wall starts to move,” Brek said."]),
            ("b", ["Tomas Brek explained that “the dam was full after the wettest spring in forty years” and that “when so much water presses on old stone, the entire wall begins to move”."]),
            ("c", ["“The dam was full after the wettest spring in forty years. When that much water presses on old stone, the whole wall starts to move,” said Tomas Brek, an engineer."]),
        ])
        #expect(g.count == 2)
        #expect(g.contains(["a:When that much", "b:when so much"]))
    }

    @Test func aSentenceQuotedAloneStaysApartFromALongQuoteGroupedByAnother() {
        // a runs three sentences together; b quotes the first, c the third on its own.
        let g = Self.groups([
            ("a", ["“The river rose two metres in an hour. Nobody here has seen that before. We have ninety soldiers filling sandbags tonight,” the mayor, Jonas Pell, said."]),
            ("b", ["Mayor Jonas Pell said “the river rose two metres in an hour”."]),
            ("c", ["“We have ninety soldiers filling sandbags tonight,” said Jonas Pell, the mayor."]),
        ])
        #expect(g == [["a:The river rose", "b:the river rose"], ["c:We have ninety"]])
    }

    @Test func aFragmentOfALaterSentenceStaysWithTheWholeStatement() {
        // A phrase quoted inside the writer's sentence is a piece of the statement, not a remark of its own.
        let g = Self.groups([
            ("a", ["“Our father died at home on Sunday with the harbour outside his window. He would want people to dance rather than grieve,” the family said in a statement."]),
            ("b", ["“Our father died at home on Sunday with the harbour outside his window,” the family said."]),
            ("c", ["The family urged readers to “dance rather than grieve”."]),
        ])
        #expect(g.count == 1)
    }

    @Test func twoQuotesOfOneParagraphNeverShareAGroup() {
        let g = Self.groups([
            // Two quotes with the writer's own sentence between them, not one remark cut by its attribution.
            ("a", ["“The ground was soaked after a month of rain,” the geologist Pia Moro said. The slope had moved twice before. “When that much water sits on a slope, the whole hillside slides.”"]),
            ("b", ["Pia Moro, a geologist, said: “The ground was soaked after a month of rain. When that much water sits on a slope, the whole hillside slides.”"]),
        ])
        #expect(g.count == 2)
        #expect(g.contains(["a:The ground was", "b:The ground was"]))
    }
}
