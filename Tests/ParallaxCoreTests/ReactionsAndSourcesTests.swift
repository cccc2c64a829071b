import Testing
@testable import ParallaxCore

/// Quote shapes of real copy that the ledger missed or gave to the wrong speaker (quotes12): a reactions box at
/// the story's end, a document as the source ("a report warning that “…”"), "the company said" after a business
/// whose name holds no organisation word, "what it calls", a passive's agent, "a source at the club", single
/// marks nested in single marks, "the Ambrell" (a river sharing a word with a group's name) — README "Quotes
/// and details". Our own sentences.
@Suite struct ReactionsAndSourcesTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        ClauseSubjectSpeakerTests.speakers(paragraphs)
    }

    static func texts(_ paragraphs: [String]) -> [String] {
        QuoteUnseenCopyTests.ledger([("a", paragraphs)]).quotes.flatMap(\.instances)
            .sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }.map(\.text)
    }

    // MARK: - Reactions box (cleaning)

    @Test func aReactionsBoxClosingTheStoryIsKept() {
        let a = ArticleLoader.parse(text: """
            Ferry operator fined over cancelled sailings

            The operator of the Sandray ferry has been fined £300,000 for cancelling more than 200 sailings last winter without notice.

            The regulator said passengers had been left stranded on the pier in freezing weather on at least nine days.

            What they said:
            "We were left on the pier with a pram for four hours." — Mairi Lamont, passenger
            "The fine will not bring back a single lost day of trade." — Iain Ross, hotel owner
            "We apologise and have hired two more crews." — Ferry operator spokeswoman
            """, id: "f", path: "f.txt")
        let texts = a.paragraphs.map(\.text)
        #expect(texts.contains("\"We were left on the pier with a pram for four hours.\" — Mairi Lamont, passenger"))
        #expect(texts.contains("\"The fine will not bring back a single lost day of trade.\" — Iain Ross, hotel owner"))
        #expect(texts.contains("\"We apologise and have hired two more crews.\" — Ferry operator spokeswoman"))
    }

    @Test func aCreditedQuoteLineIsNotAHeadline() {
        #expect(LineShape.isCreditedQuote("“Nobody in my team saw this coming.” — Dev Hollis, senior designer"))
        #expect(LineShape.isCreditedQuote("Ruth Okafor, Rivers Trust: “The money must reach the river, not the lawyers”"))
        // A headline quoting a few words, and a line of other headlines, are not.
        #expect(!LineShape.isCreditedQuote("‘Hell’ — Harwick boss shown the door"))
        #expect(!LineShape.isCreditedQuote("Harwick boss shown the door after ‘nine games of hell’"))
        #expect(!LineShape.isCreditedQuote("Anglers report fish deaths below weir"))
    }

    // MARK: - Documents

    @Test func aReportWarningIsTheReportNotThePersonWhoCitesIt() {
        #expect(Self.speakers([
            "Opposition leader Carla Venn said the government had ignored a report warning that “half of the county's care homes will close within five years”.",
        ]) == ["a report"])
    }

    @Test func aLetterFromABodySpeaksForThatBody() {
        #expect(Self.speakers([
            "The Northmoor Health Trust plans to close the birth centre in Alstead.",
            "Families received a letter from the trust last week saying that “nothing has been decided and every view will count”.",
        ]) == ["Northmoor Health Trust"])
    }

    @Test func aLetterFromTheBoardIsNotItsReader() {
        #expect(Self.speakers([
            "A leaked letter from the board to investors, seen by this paper, said the firm “cannot pay both the dividend and the repairs”.",
        ]) == ["the board"])
    }

    // MARK: - Bodies and what they call things

    @Test func theCompanyIsTheBusinessNamedBefore() {
        #expect(Self.speakers([
            "Kestle Dairies has been fined £2 million after milk waste killed fish in the river Tarrow.",
            "The company said it was “ashamed of what happened to the river” and would appeal against nothing.",
        ]) == ["Kestle Dairies"])
    }

    @Test func theClubIsTheClubNamedBefore() {
        #expect(Self.speakers([
            "Ormsby Athletic have sacked their manager after eleven games without a win.",
            "The club said in a statement: “We thank him for his work and wish him well.”",
        ]) == ["Ormsby Athletic"])
    }

    @Test func whatItCallsIsTheBodyThatSpeaks() {
        #expect(Self.speakers([
            "The Northmoor Health Trust wants to move births to Calder, 30 miles away, in what it calls “a safer service for every mother”.",
        ]) == ["Northmoor Health Trust"])
    }

    @Test func whatSheCalledIsTheSentencesSubjectNotTheLastNamed() {
        #expect(Self.speakers([
            "Union organiser Kerry Dunmore said the strike would go ahead.",
            "At Hillside Primary, where most staff are members, the head teacher has warned parents of what she called “two days of real disruption”.",
        ]) == ["the head teacher"])
    }

    // MARK: - Agents, sources at a body

    @Test func thePassivesAgentIsTheSpeaker() {
        #expect(Self.speakers([
            "Retired nurse Joan Pellow said she had once been told by a surgeon, “Shut this ward and you shut the town.”",
        ]) == ["a surgeon"])
    }

    @Test func thePassivesAgentInsideAReportedClause() {
        // Right after "said he had been", and with a time after the agent.
        #expect(Self.speakers([
            "Porter Sam Eddery, 64, said he had been told by a manager last month, “Don't plan anything for the summer.”",
        ]) == ["a manager"])
    }

    @Test func aDocumentCommissionedBySomeoneIsTheDocument() {
        #expect(Self.speakers([
            "A surveyors' report commissioned by the council in May, seen by this paper, found that “the roof could fail in any heavy snowfall”.",
        ]) == ["a surveyors' report"])
    }

    @Test func theAirlineIsNotTheAirportItFliesFrom() {
        #expect(Self.speakers([
            "Northgate Air will stop flying from Kelby Airport in June.",
            "The airline said the route had “never made money in a single month”.",
        ]) == ["Northgate Air"])
    }

    @Test func aSourceAtTheClubIsTheSource() {
        #expect(Self.speakers([
            "Ormsby Athletic sacked Dan Crewe on Sunday.",
            "A source at the club said: “The chairman lost patience on the coach home.”",
        ]) == ["a source at the club"])
    }

    // MARK: - Marks and names

    @Test func singleMarksNestedInSingleMarks() {
        #expect(Self.texts([
            "The manager told reporters: ‘I’m staying. People keep saying ‘the players have gone’ but they’re not in the room.’",
        ]) == ["I’m staying. People keep saying ‘the players have gone’ but they’re not in the room.", "the players have gone"])
    }

    @Test func theRiverSharingAGroupsNameTakesNoPronoun() {
        #expect(Self.speakers([
            "Campaign group Clean Tarrow said the fine was welcome.",
            "Angler Derek Moss, 70, who has fished the Tarrow since he was a boy, called the fine “long overdue”.",
            "“I've watched the trout vanish one pool at a time,” he said.",
        ]).last == "Derek Moss")
    }
}
