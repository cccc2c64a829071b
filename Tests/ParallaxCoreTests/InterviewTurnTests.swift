import Testing
@testable import ParallaxCore

/// An interview set as turns under the speakers' names in ordinary case ("Laila Haddad: …", the bold of
/// "**Laila Haddad:**" gone after cleaning): each turn is a quote of the person the label names, when the
/// label is a full name and opens two turns or more — README "Quotes and details". Our own sentences.
@Suite struct InterviewTurnTests {
    static func quotes(_ paragraphs: [String]) -> [(String?, String)] {
        QuoteUnseenCopyTests.ledger([("a", paragraphs)]).quotes.flatMap(\.instances)
            .sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }.map { ($0.speaker, $0.text) }
    }

    @Test func namedTurnsAreQuotesOfTheirSpeakers() {
        let q = Self.quotes([
            "Ines Marlow runs the last ferry company on the Tarn estuary. She spoke to Owen Pask.",
            "Owen Pask: How busy is the crossing in winter?",
            "Ines Marlow: Busier than people think. The school run alone fills two sailings.",
            "Owen Pask: And the new bridge?",
            "Ines Marlow: We will see. People have been promising that bridge since the war.",
        ])
        #expect(q.map(\.0) == ["Owen Pask", "Ines Marlow", "Owen Pask", "Ines Marlow"])
        #expect(q[1].1 == "Busier than people think. The school run alone fills two sailings.")
    }

    @Test func answersUnderTheFamilyNameAloneAfterTheOutletsQuestions() {
        // "**The Harbour Review:** … / **Marlow:** …": the questions stand under the outlet's label, which ends
        // each answer and names no one; the answers under the family name of the person the story names.
        let q = Self.quotes([
            "Ines Marlow has run the last ferry company on the Tarn estuary for thirty years.",
            "The Harbour Review: How busy is the crossing in winter?",
            "Marlow: Busier than people think. A man once told me, \"I would swim before I took the bridge.\"",
            "The Harbour Review: And the new bridge?",
            "Marlow: We will see. People have been promising that bridge since the war.",
        ])
        #expect(q.map(\.0) == ["Ines Marlow", "a man", "Ines Marlow"])
        #expect(q[0].1.hasPrefix("Busier than people think."))
    }

    @Test func questionsSetAsSubheadingsStillEndTheAnswers() {
        // Cleaning sets short bold questions as sub-headings; their label still counts as the questioner's.
        var a = QuoteExtractionTests.article("a", [
            "Ines Marlow has run the last ferry company on the Tarn estuary for thirty years.",
            "The Harbour Review: Busy winter?",
            "Marlow: Busier than people think. The school run alone fills two sailings.",
            "The Harbour Review: The bridge?",
            "Marlow: We will see. People have been promising that bridge since the war.",
        ])
        a.paragraphs[1].isHeading = true
        a.paragraphs[3].isHeading = true
        let q = QuoteLedger.build(story: Story(id: "t", path: "t", articles: [a])).quotes.flatMap(\.instances)
            .sorted { $0.paragraph < $1.paragraph }
        #expect(q.map(\.speaker) == ["Ines Marlow", "Ines Marlow"])
        #expect(q.map(\.paragraph) == [2, 4])
    }

    @Test func aFamilyNameLabelWithoutQuestionLabelsIsNoTurn() {
        // Two live-blog entries headed "Marlow: …" are headlines, not an interview.
        let q = Self.quotes([
            "Ines Marlow has run the last ferry company on the Tarn estuary for thirty years.",
            "Marlow: ferries will run all winter",
            "Marlow: no price rise this year",
        ])
        #expect(q.isEmpty)
    }

    @Test func aLabelUsedOnceIsNoTurn() {
        // A credit line or an entry headline: one use, or one word before the colon, names no turn.
        let q = Self.quotes([
            "Presenter: Owen Pask",
            "Tarn Estuary: ferry company warns of winter cuts",
            "Ines Marlow: the ferries will keep running this winter",
            "The company's owner said the crossing was \"busier than people think\".",
        ])
        #expect(q.count == 1)
        #expect(q[0].1 == "busier than people think")
    }

    @Test func aLabelThatNamesNoOneIsNoTurn() {
        let q = Self.quotes([
            "Travel Update: the Tarn ferry is running late this morning.",
            "Travel Update: the Tarn ferry is running on time again.",
        ])
        #expect(q.isEmpty)
    }

    @Test func answersAfterQuestionsAreThePersonTheIntroductionBringsIn() {
        let q = Self.quotes([
            "Ferry owner Ines Marlow has run the Tarn crossing since 1994.",
            "We asked the historian Dr Pavel Rusk, who has written about the estuary, what the bridge will change.",
            "Q: Will the ferry survive the bridge?",
            "A: For a while. People keep habits longer than they keep timetables.",
            "Q: And after that?",
            "A: A museum piece, I am afraid, and a very handsome one.",
        ])
        #expect(q.map(\.0) == ["Pavel Rusk", "Pavel Rusk"])
        #expect(q[0].1 == "For a while. People keep habits longer than they keep timetables.")
    }

    @Test func answersWithNoOneIntroducedNameNoOne() {
        let q = Self.quotes([
            "The crossing reopens on Monday.",
            "Q: Will the ferry run on Sundays?",
            "A: Yes, from ten until six.",
            "Q: Are dogs allowed?",
            "A: On a lead, and not in the cabin.",
        ])
        #expect(q.isEmpty)
    }
}

