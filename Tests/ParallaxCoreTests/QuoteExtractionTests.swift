import Testing
@testable import ParallaxCore

/// Each extraction and attribution rule on small sentences written for these tests.
@Suite struct QuoteExtractionTests {
    static func article(_ id: String, _ paragraphs: [String]) -> Article {
        Article(id: id, path: "\(id).txt", paragraphs: paragraphs.enumerated().map { i, t in
            Paragraph(index: i, text: t, sentences: [Sentence(start: 0, end: t.unicodeScalars.count)], sourceLines: (i + 1)...(i + 1))
        })
    }

    static func quotes(_ paragraphs: [String]) -> [QuoteInstance] {
        let story = Story(id: "t", path: "t", articles: [article("a", paragraphs)])
        return QuoteLedger.build(story: story).instances(inArticle: "a").map(\.instance)
    }

    static func texts(_ s: String) -> [String] {
        QuoteScanner.scan(s).map { ScalarText.slice(s, $0.start, $0.end) }
    }

    // MARK: scanner

    @Test func scansCurlyAndStraightDoubleQuotes() {
        #expect(Self.texts("He said “we will win the match” and left.") == ["we will win the match"])
        #expect(Self.texts("\"We are ready,\" the coach said. \"Bring it on.\"") == ["We are ready,", "Bring it on."])
    }

    @Test func curlySinglesKeepApostrophesInside() {
        let s = "She replied, ‘It’s the team’s best night and we won’t forget it,’ laughing."
        #expect(Self.texts(s) == ["It’s the team’s best night and we won’t forget it,"])
    }

    @Test func olderWireCopyBackticks() {
        let s = "``The talks went well,'' the minister told reporters."
        #expect(Self.texts(s) == ["The talks went well,"])
    }

    @Test func nestedQuoteStaysInsideAndIsMarked() {
        let s = "“My son asked me, ‘Are we there yet?’ every five minutes,” the driver said."
        let spans = QuoteScanner.scan(s)
        #expect(spans.count == 2)
        #expect(spans.first { $0.depth == 0 }.map { ScalarText.slice(s, $0.start, $0.end) } == "My son asked me, ‘Are we there yet?’ every five minutes,")
        #expect(spans.first { $0.depth == 1 }.map { ScalarText.slice(s, $0.start, $0.end) } == "Are we there yet?")
    }

    @Test func unbalancedMarkRunsToParagraphEndWithoutLosingTheRest() {
        let s = "“We never expected this, the mayor said, and nobody did."
        let spans = QuoteScanner.scan(s)
        #expect(spans.count == 1)
        #expect(spans[0].runsOn)
        let t = "Earlier “the plan is fine,” he said. Then “another one” and a stray ” mark."
        #expect(Self.texts(t).contains("the plan is fine,"))
    }

    @Test func inchMarksAndDecadesAreNotQuotes() {
        #expect(QuoteScanner.scan("A 6\" screen from the ’90s and rock ’n’ roll.").isEmpty)
    }

    // MARK: extraction

    @Test func quoteOverTwoParagraphsIsOneQuote() {
        let q = Self.quotes([
            "Mara Stein, a farmer, was blunt. “The rain came too late for the wheat this year.",
            "“Next year we plant earlier,” she said.",
        ])
        #expect(q.count == 1)
        #expect(q[0].text == "The rain came too late for the wheat this year. Next year we plant earlier")
        #expect(q[0].parts.count == 2)
        #expect(q[0].speaker == "Mara Stein")
    }

    @Test func quoteOnlyParagraphContinuesPreviousSpeaker() {
        let q = Self.quotes([
            "“We will rebuild the bridge by spring,” said Tomas Berg, the county engineer.",
            "“Nobody will be cut off for long.”",
        ])
        #expect(q.map(\.speaker) == ["Tomas Berg", "Tomas Berg"])
    }

    @Test func partialQuoteAndScareQuote() {
        let q = Self.quotes(["Officials called the plan a “bold gamble” and warned it could “cost far more than anyone expects”, according to Rita Moss."])
        #expect(q.count == 1)
        #expect(q[0].partial)
        #expect(q[0].text == "cost far more than anyone expects")
    }

    @Test func headlineQuoteIsByThePublication() {
        let q = Self.quotes(["“Storm leaves thousands without power,” read a headline in the Valley Gazette on Tuesday."])
        #expect(q.first?.speaker == "Valley Gazette")
        #expect(q.first?.partial == false)
    }

    // MARK: attribution

    @Test func attributionPatterns() {
        let cases: [(String, String?)] = [
            ("“The vote is close,” Ana Lopez said.", "Ana Lopez"),
            ("“The vote is close,” said Ana Lopez, a pollster.", "Ana Lopez"),
            ("Ana Lopez told reporters: “The vote is close.”", "Ana Lopez"),
            ("Ana Lopez, who has run polls for 20 years, observed, “The vote is close.”", "Ana Lopez"),
            ("“The vote is close,” according to Ana Lopez.", "Ana Lopez"),
            ("Asked about turnout, Ana Lopez smiled and replied, “The vote is close.”", "Ana Lopez"),
            ("“The vote is close,” one voter wrote online.", "one voter"),
            ("“The vote is close,” a voice shouted from the back.", "a voice"),
            ("“The vote is close.”", nil),
        ]
        for (text, want) in cases {
            #expect(Self.quotes([text]).first?.speaker == want, "\(text)")
        }
    }

    @Test func pronounsResolveToTheLastNamedPerson() {
        let q = Self.quotes([
            "Defence minister Omar Haddad arrived late.",
            "“We have enough fuel for a week,” he said.",
        ])
        #expect(q.first?.speaker == "Omar Haddad")
    }

    @Test func shortNameBecomesFullName() {
        let q = Self.quotes([
            "Spokeswoman Lina Park met the press on Monday.",
            "“The road reopens on Friday,” Park said.",
        ])
        #expect(q.first?.speaker == "Lina Park")
    }

    @Test func speakerInAnEarlierSentenceOfTheParagraph() {
        let q = Self.quotes(["Nurse Ella Ruiz described the night shift. “We had forty patients and four beds.”"])
        #expect(q.first?.speaker == "Ella Ruiz")
    }

    @Test func organisationAsSpeaker() {
        let q = Self.quotes(["The Central Bank said in a statement that rates would stay “higher for longer than markets hoped”."])
        #expect(q.first?.speaker == "Central Bank")
    }

    // MARK: grouping

    static func ledger(_ a: [String], _ b: [String]) -> QuoteLedger {
        QuoteLedger.build(story: Story(id: "t", path: "t", articles: [article("a", a), article("b", b)]))
    }

    @Test func verbatimUpToContractionsAndPunctuation() {
        let l = Self.ledger(["“There is no plan B,” Ana Lopez said."], ["Ana Lopez said: \"There's no plan B.\""])
        #expect(l.quotes.count == 1)
        #expect(l.quotes[0].agreement == .verbatim)
        #expect(l.quotes[0].instances.allSatisfy { $0.changes.isEmpty })
    }

    @Test func variantWordingAndPartQuoteGroupTogether() {
        let l = Self.ledger(
            ["“You should check the pipes before winter,” Ana Lopez said.", "“Then call us,” Ana Lopez said."],
            ["Ana Lopez said residents could “check the pipes before winter”.", "“You can check the pipes before the winter,” she added."])
        #expect(l.quotes.count == 2, "\(l.quotes.map(\.text))")
        let pipes = l.quotes.first { $0.text.contains("pipes") }!
        #expect(pipes.agreement == .variant)
        // One row per outlet: b's "check the pipes before winter" is a teaser of its full quote, a part of that row.
        #expect(pipes.instances.count == 2)
        #expect(pipes.instances.first { $0.article == "b" }?.parts.count == 2)
        #expect(pipes.instances.contains { $0.changes.contains { Set([$0.canonical, $0.instance]) == ["should", "can"] } })
    }

    /// A six-word part quote with one word changed (the year got wrong) is the same utterance: 5 of its 6
    /// words in order. This is the difference a reader wants found, so it must not be left a "single".
    @Test func partQuoteWithOneWordChangedGroups() {
        let l = Self.ledger(
            ["“We will — and I mean this — finish the second bridge by 2027,” Ana Lopez told reporters."],
            ["Ana Lopez promised to “finish the second bridge by 2028”."])
        #expect(l.quotes.count == 1, "\(l.quotes.map(\.text))")
        #expect(l.quotes.first?.agreement == .variant)
        #expect(l.quotes.first?.instances.contains { $0.changes.contains { Set([$0.canonical, $0.instance]) == ["2027", "2028"] } } == true)
    }
}

@Suite struct QuoteAttributionMoreTests {
    @Test func moreNewsForms() {
        let cases: [([String], String?)] = [
            (["“We will appeal,” said Mr. Okafor.", "Chidi Okafor leads the union."], "Chidi Okafor"),
            (["“The water rose in minutes,” one resident, Mary Jones, said."], "Mary Jones"),
            (["“The road is closed,” said one officer who asked not to be named."], "one officer"),
            (["Tom Ruiz, 74, watched from the pier. “I have never seen a storm like it.”"], "Tom Ruiz"),
            (["“Nobody was hurt,” police said."], "police"),
        ]
        for (paragraphs, want) in cases {
            let q = QuoteExtractionTests.quotes(paragraphs)
            #expect(q.first?.speaker == want, "\(paragraphs[0])")
        }
    }

    @Test func titleWithPeriodJoinsTheName() {
        let q = QuoteExtractionTests.quotes(["Chidi Okafor, a union leader, spoke first.", "“We will appeal,” said Mr. Okafor."])
        #expect(q.first?.speaker == "Chidi Okafor")
    }
}

@Suite struct QuoteInterruptionTests {
    @Test func quoteInterruptedByAttributionIsOneQuote() {
        let q = QuoteExtractionTests.quotes(["“The economy,” Ana Lopez said, “is in trouble and nobody admits it.”"])
        #expect(q.count == 1)
        #expect(q.first?.text == "The economy is in trouble and nobody admits it.")
        #expect(q.first?.parts.count == 2)
        #expect(q.first?.speaker == "Ana Lopez")
        #expect(q.first?.partial == false)
    }

    @Test func passiveNamesTheListenerNotTheSpeaker() {
        let q = QuoteExtractionTests.quotes(["Residents were told to “leave at once if water reaches the door”, according to a county notice."])
        #expect(q.first?.speaker == "a county notice")
    }

    @Test func theAgencyIsTheOrganisationNamedBefore() {
        let q = QuoteExtractionTests.quotes(["The National Weather Service expects more rain.", "“The worst is not over,” the agency said."])
        #expect(q.first?.speaker == "National Weather Service")
    }
}

@Suite struct UnnamedSpeakerPhraseTests {
    @Test func phrasesKeepTheirModifiers() {
        #expect(QuoteExtractionTests.quotes(["Asked about the leak, a Downing Street source replied: “Nobody is leaving.”"]).first?.speaker == "a Downing Street source")
        #expect(QuoteExtractionTests.quotes(["The Treasury’s spokesman said: ‘We do not comment on leaks.’"]).first?.speaker == "the Treasury’s spokesman")
    }
}

@Suite struct PronounGenderTests {
    @Test func sheSkipsAManNamedLater() {
        let q = QuoteExtractionTests.quotes([
            "Spokeswoman Lina Park met the press with Mr. Tom Hale, the mayor.",
            "“The road reopens on Friday,” she said.",
        ])
        #expect(q.first?.speaker == "Lina Park")
    }
}

@Suite struct BareQuoteParagraphTests {
    @Test func bareQuoteAfterAnIntroducingParagraph() {
        let q = QuoteExtractionTests.quotes([
            "Economist Ruth Adeyemi said the plan would fail within a year.",
            "“Nobody believes the numbers.”",
        ])
        #expect(q.first?.speaker == "Ruth Adeyemi")
    }
}

@Suite struct BritishCopyTests {
    @Test func titlesAgesAndSingleQuotes() {
        let q = QuoteExtractionTests.quotes([
            "The coastguard said the boats' crews were safe. 'We got everyone out,' said Captain Ian Reid. 'The lads' boots were full of water but they're fine.'",
            "Local MP Sarah Jones said: \"People are angry.\"",
            "One resident, 78-year-old Edna Wills, said: \"I've lived here 50 years and never seen anything like it.\"",
            "\"What can you do?\" she asked.",
        ])
        // Reid's two sentences, cut by "said Captain Ian Reid.", are one remark (`CutRemarkTests`).
        #expect(q.map(\.speaker) == ["Ian Reid", "Sarah Jones", "Edna Wills", "Edna Wills"])
        #expect(q[0].text == "We got everyone out. The lads' boots were full of water but they're fine.")
    }
}

@Suite struct WireCopyTests {
    @Test func appositivesWithAnArticleKeepTheName() {
        let q = QuoteExtractionTests.quotes([
            "\"This is a good day,\" Thune, a Republican, said.",
            "\"It's about time,\" said Maria Lopez, 45, of Dallas.",
            "The White House praised the vote. \"The president looks forward to signing it,\" press secretary Karoline Leavitt said.",
        ])
        #expect(q.map(\.speaker) == ["Thune", "Maria Lopez", "Karoline Leavitt"])
    }
}
