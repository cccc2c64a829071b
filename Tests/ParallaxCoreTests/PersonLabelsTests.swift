import Testing
@testable import ParallaxCore

/// A tabloid's label before a name at the start of a sentence is no part of the name (`PersonLabels`).
@Suite struct PersonLabelsTests {
    func names(_ paragraphs: [String]) -> [String] {
        PeopleIndex.build(story: story(paragraphs)).people.map(\.name).sorted()
    }

    @Test func aJobOrFamilyLabelOpeningTheSentenceIsStripped() {
        #expect(names([
            "Trucker Kevin Sharples, 58, was fined £900 after his lorry hit a barrier.",
            "Swimmer Edith Rowe, who saw the crash, said the road was closed for hours.",
            "Mum Lisa Grant said she had warned the council about the bend.",
            "Mr Sharples apologised. Rowe said nobody was hurt, and Grant thanked the crews.",
        ]) == ["Edith Rowe", "Kevin Sharples", "Lisa Grant"])
    }

    @Test func aGivenNameOrALabelInsideTheSentenceStays() {
        // "Jennifer" ends like an agent noun but is a given name; in mid-sentence a capitalised word is not a label.
        #expect(names([
            "Jennifer Anne Walsh chaired the meeting.",
            "The report was written by Christopher Robin Hale.",
        ]) == ["Christopher Robin Hale", "Jennifer Anne Walsh"])
    }

    @Test func aLabelBeforeAGivenNameTheListsLackIsStrippedWhenTwoNameWordsFollow() {
        // "Edwina" and "Tore" are in no list; "Fisherman" is a compound in -man, "Cadet" and "Guide" trade words.
        #expect(names([
            "Fisherman Tore Vik, who reached the boat first, said the fog was thick.",
            "Swimmer Edwina Castell, who swam out to meet it, was cold but well.",
            "Cadet Ruth Abernathy climbed the rigging. Guide Mere Tawhai said the walkers were safe.",
        ]) == ["Edwina Castell", "Mere Tawhai", "Ruth Abernathy", "Tore Vik"])
    }

    @Test func aWordThatOnlyLooksLikeALabelStays() {
        // Seven letters or more for -man, so "Norman" is no label; before a name word the lists lack, a surname
        // ("Walker") is the first of three names, not a label.
        #expect(names([
            "Norman Tebbit Wallis spoke first.",
            "Walker Okoro Brandt said the accounts were in order.",
        ]) == ["Norman Tebbit Wallis", "Walker Okoro Brandt"])
    }
}
