import Testing
@testable import ParallaxCore

/// A company quoted like a person is not listed among the story's people once the story shows it is a business.
@Suite struct BusinessNamesTests {
    @Test func legalFormElsewhereInTheStoryMakesTheSpeakerABusiness() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("wire", ["Tarnwell said on Monday that it would close two depots, and Tarnwell confirmed the cuts later."]),
            ("notice", ["Tarnwell Ltd is registered in Scotland. Its chief executive, Moira Quayle, signed the letter."]),
        ]))
        #expect(!names(idx).contains("Tarnwell"))
        #expect(names(idx).contains("Moira Quayle"))
    }

    @Test func sharesInANameMakeItABusiness() {
        let idx = PeopleIndex.build(story: story([
            "Shares in Brindle fell 9% in early trade.",
            "Brindle said the outage had been fixed, and Brindle added that no data was lost.",
        ]))
        #expect(!names(idx).contains("Brindle"))
    }

    @Test func aNameBetweenAnArticleAndAFirmsNounIsABusiness() {
        let idx = PeopleIndex.build(story: story([
            "A Tolvane statement read: “We will pay nothing until the court has ruled.”",
            "“No agreement was reached at the meeting,” added Tolvane.",
            "A Vardy spokesman said the minister would not comment. Minister Ellen Vardy left by the side door.",
        ]))
        #expect(!names(idx).contains("Tolvane"))
        #expect(names(idx).contains("Ellen Vardy"))
    }

    /// "SA" closes a firm's name in capitals; folded it is also the family name Sá.
    @Test func aShortLegalFormCountsOnlyInCapitals() {
        let idx = PeopleIndex.build(story: story([
            "Defence minister Nuno Sá said the frigate order would go to Fincantieri SpA and Naval Group SA.",
            "Sá said the first ship would sail in 2029.",
        ]))
        #expect(count(idx, "Nuno Sá") == 2)
        #expect(!names(idx).contains { $0.contains("Fincantieri") || $0.contains("Naval") })
    }

    /// The word is a business's, not the family name of a person the story names in full.
    @Test func aPersonOfTheSameFamilyNameKeepsHerShortForm() {
        let idx = PeopleIndex.build(story: story([
            "Jane Harrow, who founded the bakery chain, said she was proud of her staff.",
            "Harrow Ltd employs 300 people. Harrow said the new shop would open in May.",
        ]))
        #expect(names(idx).contains("Jane Harrow"))
        #expect(count(idx, "Jane Harrow") == 2)
    }
}
