import Testing
@testable import ParallaxCore

/// Names that common words hide or fake (stop 36, real pages kept outside the repository), on our own sentences:
/// a given name that is also a common word after a firm's role ("Senior Director Will …"), a family name that is
/// a common word right before "said", a "representative" set beside a name, and an adverb opening a sentence
/// before a comma, which is no one.
@Suite struct CommonWordNamesTests {
    @Test func aGivenNameThatIsACommonWordAfterAFirmsRole() {
        let idx = PeopleIndex.build(story: story([
            "Harbour Freight Senior Director Will Okonedo said Friday he expected another busy week at the depot.",
            "Okonedo said the company would keep the centre open.",
        ]))
        #expect(names(idx) == ["Will Okonedo"])
    }

    @Test func aFamilyNameThatIsACommonWordBeforeSaid() {
        let idx = PeopleIndex.build(story: story(["“They dodged every question we put to them,” Grace Link said. “The firm should have come.”"]))
        #expect(names(idx) == ["Grace Link"])
        // Away from a speech verb the common word is not taken into the name.
        let away = PeopleIndex.build(story: story(["The Grace Link ended in March."]))
        #expect(!names(away).contains("Grace Link"))
    }

    @Test func aRepresentativeSetBesideTheName() {
        let idx = PeopleIndex.build(story: story([
            "Lorcan Abernethy, a representative with the rail operator, was the only one to speak for the firm.",
        ]))
        #expect(names(idx) == ["Lorcan Abernethy"])
    }

    @Test func anAdverbOpeningTheSentenceIsNoOne() {
        let idx = PeopleIndex.build(story: story([
            "Surprisingly, the founder of the diving firm, Tomas Bergqvist, has ties to an old shipping family.",
            "Reportedly, the company had been warned twice.",
        ]))
        #expect(names(idx) == ["Tomas Bergqvist"])
        // Given names ending in -ly are no such adverbs.
        for name in ["kelly", "beverly", "kimberly", "emily", "shelly", "ashely"] { #expect(!NameRecognizer.RunReading.isSentenceAdverb(name)) }
        for adverb in ["interestingly", "reportedly", "fortunately", "unusually", "notably"] { #expect(NameRecognizer.RunReading.isSentenceAdverb(adverb)) }
    }

    @Test func aPlaceAfterAGroupAndFromIsNoSpeaker() {
        let idx = PeopleIndex.build(story: story([
            "Fishermen and others from Porthallow said on Friday they feared the rebuilding would be rushed.",
            "Residents from Porthallow said the same, and Mair Tregenza, who runs the harbour cafe, agreed.",
        ]))
        #expect(names(idx) == ["Mair Tregenza"])
    }
}

/// A given name ended in "i" by one outlet and in "y" by another ("Sergei" / "Sergey") with the same family name is
/// one person (stop 36, a real event's two outlets, kept outside the repository). Sentences of our own.
@Suite struct GivenNameSpellingTests {
    @Test func anIAndAYAtTheEndOfTheGivenNameAreOnePerson() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["Foreign minister Sergei Vashchenko said the talks would resume.", "Paul-Henri Delorme, a diver, agreed."]),
            ("b", ["Foreign minister Sergey Vashchenko said the talks would resume.", "Paul-Henry Delorme, a diver, agreed."]),
        ]))
        #expect(names(idx).count == 2, "\(names(idx))")
    }

    @Test func otherGivenNamesOrAShortFamilyNameStayApart() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["Foreign minister Sergei Vashchenko said the talks would resume.", "Toni Lee, a diver, agreed."]),
            ("b", ["Foreign minister Sergio Vashchenko said the talks would resume.", "Tony Lee, a diver, agreed."]),
        ]))
        #expect(names(idx).count == 4, "\(names(idx))")
    }
}
