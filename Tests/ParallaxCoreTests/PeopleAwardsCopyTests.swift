import Testing
@testable import ParallaxCore

/// Names in awards and arts copy (README "People"): nominee lists with the work in brackets, a prize handed over
/// "by" someone, a place-raised descriptor before a family name, a couple sharing one family name, and a double
/// family name used alone. Our own sentences.
@Suite struct PeopleAwardsCopyTests {
    @Test func aListOfNomineesWithTheirWorksInBracketsIsAList() {
        let idx = PeopleIndex.build(story: story([
            "Best actor went to Thomas Greer for “Low Water,” ahead of a field that included Anna Marrak (“Glasshouse”), Tavi Ondrusek (“The Miller’s Field”) and Roswitha Kell (“Tern”).",
            "Ondrusek and Kell were both first-time nominees.",
        ]))
        #expect(count(idx, "Anna Marrak") == 1)
        #expect(count(idx, "Tavi Ondrusek") == 2)
        #expect(count(idx, "Roswitha Kell") == 2)
        #expect(!names(idx).contains { $0.contains("Glasshouse") || $0.contains("Miller") || $0.contains("Tern") })
    }

    @Test func aBracketAfterANameThatClosesNoListLinksNothing() {
        // A party in brackets, then a verb: no list, so the next name is not proven by the first.
        let idx = PeopleIndex.build(story: story([
            "Councillor Mary Dunne (Labour) visited Harbour Lane on Monday.",
        ]))
        #expect(names(idx) == ["Mary Dunne"])
    }

    @Test func whoHandsOverAPrizeIsAPerson() {
        let idx = PeopleIndex.build(story: story([
            "Handed the trophy by Oyelowo Branske, the Danbury-raised Mercer thanked her coach. Branske later called the final “a joy”.",
            "The medal was presented by Ingrid Vastola after the anthem.",
        ]))
        #expect(count(idx, "Oyelowo Branske") == 2)
        #expect(count(idx, "Ingrid Vastola") == 1)
    }

    @Test func aPlaceRaisedDescriptorIsNoPartOfTheName() {
        let idx = PeopleIndex.build(story: story([
            "Petra Mercer won the final in straight sets.",
            "Afterwards the Danbury-raised Mercer said she had cried, and the Kent-bred Mercer fans sang.",
        ]))
        #expect(count(idx, "Petra Mercer") == 3)
        #expect(!names(idx).contains { $0.contains("Danbury") || $0.contains("Kent") })
    }

    @Test func aPronounOfTheClausePicksWhichSpouseABareFamilyNameIs() {
        let idx = PeopleIndex.build(story: story([
            "Karl Wendt won the sculpture prize, a year after his wife, Ada Wendt, won it. Wendt thanked his teachers.",
            "Hugo Lamm lost the vote, while his sister, Vera Lamm, won her seat. Lamm said she was delighted.",
        ]))
        #expect(count(idx, "Karl Wendt") == 2)
        #expect(count(idx, "Ada Wendt") == 1)
        #expect(count(idx, "Vera Lamm") == 2)
        #expect(count(idx, "Hugo Lamm") == 1)
    }

    @Test func aDoubleFamilyNameAloneIsThePersonTheStoryNamesInFull() {
        let idx = PeopleIndex.build(story: story([
            "Former Chilean president Rodrigo Soto Barrena was questioned in Madrid on Monday.",
            "The reforms of Soto Barrena were popular at first. Under Soto Barrena, contracts grew.",
        ]))
        #expect(count(idx, "Rodrigo Soto Barrena") == 3)
        // A given name opening the two words does not make them a short form ("Ann Lowe" of "Mary Ann Lowe").
        let two = PeopleIndex.build(story: story([
            "Mary Ann Lowe chaired the panel.",
            "Critics of Ann Lowe said the panel was too small.",
        ]))
        #expect(count(two, "Mary Ann Lowe") == 1)
    }

    @Test func whoWinsAPrizeNamedForAPersonsPartIsAPerson() {
        let idx = PeopleIndex.build(story: story([
            "Later, Devan Anandar won supporting actor for “Quarry,” and Lenka Rothova supporting actress for “Gull.”",
            "Harmon Ridge took best film, and Cold Harbour won best score.",
        ]))
        #expect(count(idx, "Devan Anandar") == 1)
        #expect(count(idx, "Lenka Rothova") == 1)
        // A film wins "best film" or "best score": no part of a person, so no person.
        #expect(!names(idx).contains { $0.contains("Harmon") || $0.contains("Harbour") })
    }

    @Test func aPossessiveNameBeforeAQuotedTitleMadeTheWork() {
        let idx = PeopleIndex.build(story: story([
            "Tesni Amsel’s “Long Shadows” was named best documentary.",
        ]))
        #expect(count(idx, "Tesni Amsel") == 1)
        #expect(!names(idx).contains { $0.contains("Shadows") })
    }

    @Test func aScreenwriterInAppositionIsAPerson() {
        let idx = PeopleIndex.build(story: story([
            "He thanked his co-writer, Obiora Abara, a Kano-born screenwriter, and the crew.",
        ]))
        #expect(count(idx, "Obiora Abara") == 1)
    }
}
