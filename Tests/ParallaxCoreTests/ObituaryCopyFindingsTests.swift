import Testing
@testable import ParallaxCore

/// People and quote rules found by reading real obituary and tribute copy (not in the repo); each on sentences
/// of our own.
@Suite struct ObituaryCopyFindingsTests {
    @Test func thePossessorOfAnUnnamedSpeakerIsNotTheSpeaker() {
        let s = QuoteBodySpeakerTests.speakers([
            "The actor Dale Renner has died at the age of 70.",
            "Renner's loved ones said in a statement: “He was a devoted husband and father.”",
        ])
        #expect(s == ["Renner's loved ones"])
    }

    @Test func aWordBeforeAPluralOfPeopleQualifiesThem() {
        let idx = PeopleIndex.build(story: story([
            "Fellow Broadway stars paid tribute to Tom Renner, among them Ana Ruiz.",
            "Renner fans gathered outside the theatre.",
        ]))
        #expect(Set(names(idx)) == ["Ana Ruiz", "Tom Renner"])
        #expect(idx.people.first { $0.name == "Tom Renner" }?.mentions.count == 2)
    }

    @Test func aPossessiveRunAfterASentenceOpenerDoesNotCrash() {
        // A phrase whose possessive name run starts after its first token used to build an inverted range.
        let s = QuoteBodySpeakerTests.speakers([
            "Markets were calm on Monday as traders waited for news from the central banks. Later Boston Fed's chief economist said “rates will rise.”",
        ])
        #expect(s.count == 1)
    }

    @Test func aStatementReleasedBySomeoneIsTheirs() {
        let s = QuoteBodySpeakerTests.speakers([
            "A statement released by his family on Sunday read: “He was a devoted husband and father.”",
        ])
        #expect(s == ["his family"])
    }

    @Test func aTitleCasedQuoteIsATitle() {
        #expect(QuoteExtractionTests.quotes([
            "Her hits included “Nobody Rides the Night Train Twice”, and fans sang “We Will Not Go Quietly” all night.",
            "‘THE VOICE OF A GENERATION’",
        ]).isEmpty)
        // Words someone said are not written so, even when short.
        #expect(QuoteExtractionTests.quotes(["“We will not go quietly,” she said."]).count == 1)
    }

    @Test func aNounInLyIsASubject() {
        #expect(QuoteBodySpeakerTests.speakers(["Her family said in a statement: “We are heartbroken.”"]) == ["her family"])
    }

    @Test func aRoleAndItsQualifierAreNoPartOfTheName() {
        let idx = PeopleIndex.build(story: story([
            "Tributes poured in for Pop Superstar Dale Renner on Monday.",
            "Publicist Ana Ruiz said the singer died at home.",
        ]))
        #expect(Set(names(idx)) == ["Dale Renner", "Ana Ruiz"])
        // An award is no person: "Best Actor Golden Globe".
        #expect(PeopleIndex.build(story: story(["He earned three Best Actor Golden Globe nominations."])).people.isEmpty)
    }

    @Test func oneWordAfterTitleOfEndsTheEpithet() {
        let idx = PeopleIndex.build(story: story([
            "Stars paid tribute to the Queen of Soul, who has died at 76.",
            "Tributes poured in for Ana Ruiz, who has died at 76.",
        ]))
        #expect(names(idx) == ["Ana Ruiz"])
    }

    @Test func aNameInAnOpeningParticipleClauseIsNotThePronounsAntecedent() {
        let s = QuoteBodySpeakerTests.speakers([
            "Tom Renner, the band's drummer, said he was heartbroken.",
            "Responding to a post by Ana Ruiz, he added: “We lost a brother.”",
            "Praising Ana Ruiz for her care, he added: “We lost a brother.”",
            "Thanking Ana Ruiz and the nurses, he said: “She was there for him.”",
        ])
        #expect(s == ["Tom Renner", "Tom Renner", "Tom Renner"])
    }

    @Test func aFilmTitleTakesNoPronoun() {
        let s = QuoteBodySpeakerTests.speakers([
            "Ana Ruiz, the composer, wrote the score for the 1974 weepie Silver Harbour.",
            "She joked that “the royalties paid for the roof”.",
        ])
        #expect(s == ["Ana Ruiz"])
    }

    @Test func theStatementSpeaksForItsAuthor() {
        let s = QuoteBodySpeakerTests.speakers([
            "Her daughter, Miriam Penrose, said in a statement that the family was grateful.",
            "“She died as she lived, with music around her,” the statement said.",
        ])
        #expect(s == ["Miriam Penrose"])
    }

    @Test func anAsideIsNotTheAttribution() {
        let s = QuoteBodySpeakerTests.speakers([
            "In 1955 Ana Ruiz studied with Hugo Brandt, a refugee from Vienna who told her, she later recalled, that she ‘wrote like someone who had never been indoors’.",
        ])
        #expect(s == ["Hugo Brandt"])
    }
}
