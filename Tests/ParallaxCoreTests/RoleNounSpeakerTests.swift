import Testing
@testable import ParallaxCore

/// "the health minister said", "the head coach said": a role noun standing for the one person the text
/// introduced with the same words (README "Quotes and details"), on our own sentences.
@Suite struct RoleNounSpeakerTests {
    static func speakers(_ articles: [[String]]) -> [String?] {
        let l = QuoteUnseenCopyTests.ledger(articles.enumerated().map { ("a\($0.offset)", $0.element) })
        return l.quotes.flatMap(\.instances).sorted { ($0.article, $0.paragraph, $0.start) < ($1.article, $1.paragraph, $1.start) }.map(\.speaker)
    }

    @Test func theQualifierPicksTheMinister() {
        // Two ministers; the finance minister is named last, but "the health minister" is the other one.
        #expect(Self.speakers([[
            "Health Minister Tom Rourke and Finance Minister Clara Diaz met the unions on Tuesday.",
            "“We will not cut a single bed,” the health minister said afterwards.",
        ]]) == ["Tom Rourke"])
    }

    @Test func roleBeforeTheNameAndAnOfPhrase() {
        #expect(Self.speakers([[
            "The head coach of the national team, Ade Okoro, said the squad was ready. The captain, Musa Bello, agreed.",
            "“We are ready for anyone,” the head coach said.",
            "“Nobody fears us yet,” said the head coach of the national team.",
        ]]) == ["Ade Okoro", "Ade Okoro"])
    }

    @Test func aQualifiedRoleTwoPeopleShareIsLeftOpen() {
        #expect(Self.speakers([[
            "Health minister Tom Rourke met the neighbouring state's health minister Clara Diaz at the border.",
            "“The beds are coming,” the health minister said.",
        ]]) == ["the health minister"])  // left as the phrase, as an unnamed speaker is
    }

    @Test func anArticleThatNeverTitlesHimUsesTheStorysOne() {
        // The column calls him only by name; another outlet of the story introduced him as health minister.
        #expect(Self.speakers([
            ["Westmarch health minister Gordon Hale resigned on Tuesday."],
            ["I have covered Gordon Hale for a decade.", "At the dinner the health minister told donors the panel “will do what it is told.”"],
        ]) == ["Gordon Hale"])
    }

    @Test func aCourtsNameIsNotTheSheriff() {
        // "the sheriff" is the person titled so, not the court whose name holds the word.
        #expect(Self.speakers([[
            "A lorry driver was jailed at Perth Sheriff Court on Tuesday.",
            "Sheriff Morag Duthie told him his driving had been reckless. “You were lucky nobody died,” the sheriff said.",
        ]]) == ["Morag Duthie"])
    }

    @Test func anOrganisationAnswersOnlyToItsHeadWord() {
        // "the pilot" names a person: the authority named before is no answer for it, so the phrase stays.
        #expect(Self.speakers([[
            "The warning came from the Tayside Pilot Authority on Monday.",
            "“The channel is silting up,” the pilot said.",
        ]]) == ["the pilot"])
        // …while "the authority" is that body.
        #expect(Self.speakers([[
            "The warning came from the Tayside Pilot Authority on Monday.",
            "“The channel is silting up,” the authority said.",
        ]]) == ["Tayside Pilot Authority"])
    }
}
