import Testing
@testable import ParallaxCore

/// Faults a fourth batch of real pages (README "Accuracy", stop 34: a sentencing hearing, a cave rescue, a
/// bridge collapse) showed, rebuilt on sentences of our own: a crossing named after a person taken for that
/// person (and given every "Pike said" of the mayor named Pike), a sentence adverb taken for the speaker, a
/// speech verb in a relative clause taking the carried speaker from the sentence's own, a possessive place
/// after "said" taken for a person, one name transliterated three ways, a total and its part counted as a
/// conflict, and a headline line wrapped in page chrome or a share toolbar taken for the title.
@Suite struct RealPagesStop34Tests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
    }

    static let crossing = [
        "The Harold James Pike Bridge fell into the river early on Tuesday after a freighter struck one of its piers.",
        "Kestrel Bay Mayor Dana Pike visited the site of the Harold James Pike Bridge at dawn.",
        "“This is a night none of us will forget,” Pike said at a briefing.",
    ]

    @Test func aCrossingNamedAfterSomeoneIsNoPerson() {
        let idx = PeopleIndex.build(story: story(Self.crossing))
        #expect(names(idx) == ["Dana Pike"])
        #expect(Self.speakers(Self.crossing) == ["Dana Pike"])
        // Given name first or not, and through a middle word the lists know as a common one.
        #expect(names(PeopleIndex.build(story: story([
            "Traffic was stopped on the Francis Scott Key Bridge for an hour, and the Thomas Edward Gate Bridge was shut.",
            "Mayor Lena Gate said the crossings would reopen on Friday.",
        ]))) == ["Lena Gate"])
        // A head that is also a family name may end a real name.
        #expect(names(PeopleIndex.build(story: story(["Coach Mary Jane Park said the team had trained well."]))) == ["Mary Jane Park"])
    }

    @Test func aSentenceAdverbIsNoSpeaker() {
        let s = Self.speakers([
            "The mayor spoke to reporters on Tuesday about the collapse.",
            "Bizarrely after the clip spread online, the mayor shared a post that read: ‘I bet she wanted to walk out of that room.’",
        ])
        #expect(s.count == 1)
        #expect(!s.contains("Bizarrely"))
        #expect(names(PeopleIndex.build(story: story(["Sadly for the club, the striker left.", "Curiously enough the vote was close."]))).isEmpty)
    }

    @Test func aSpeechVerbInARelativeClauseIsPartOfTheReport() {
        #expect(Self.speakers([
            "Kestrel Bay Mayor Dan Pike spoke on Tuesday.",
            "Pike said that he has been in touch with state officials who are promising help.",
            "“I spoke with the secretary directly.”",
        ]) == ["Dan Pike"])
        // With no speech verb before it, the relative clause's verb is the quote's own.
        #expect(Self.speakers([
            "Kestrel Bay Mayor Dan Pike spoke on Tuesday.",
            "It was Pike who said: “We will rebuild the crossing.”",
        ]) == ["Dan Pike"])
    }

    @Test func aPossessivePlaceAfterSaidIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "Mayor Dana Pike visited the harbour on Tuesday.",
            "Pike said Kestrel’s council will pay for counselling for the families.",
            "Kestrel is the third-busiest port on the coast.",
        ]))
        #expect(names(idx) == ["Dana Pike"])
    }

    @Test func oneNameTransliteratedThreeWaysIsOnePerson() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["Provincial governor Pravit Sutanakorn said the divers had reached the chamber."]),
            ("b", ["“They are all alive,” Governor Pravit Sottanakorn told reporters."]),
            ("c", ["Pravit Suthanakorn said the boys were weak but calm."]),
        ]))
        #expect(names(idx).count == 1, "\(names(idx))")
        // Three edits apart ("Hassan" / "Hussein"), or a short family name ("Smith" / "Smyth"): two people.
        #expect(names(PeopleIndex.build(story: story(["Ali Hassan met Ali Hussein at the port on Monday."]))).sorted() == ["Ali Hassan", "Ali Hussein"])
        #expect(PersonRegistry.consonantSkeleton("osottanakorn") == PersonRegistry.consonantSkeleton("osothanakorn"))
        #expect(PersonRegistry.consonantSkeleton("nanan") == "nnn")
    }

    @Test func aTotalAndItsPartToldByOneOutletAreNoConflict() {
        let l = DetailLedger.build(story: Story(id: "t", path: "t", articles: [
            DetailLedgerTests.article("a", ["The former mayor was convicted on four counts: two of fraud, and two counts of perjury."]),
            DetailLedgerTests.article("b", ["The jury convicted the former mayor on four counts on Thursday."]),
            DetailLedgerTests.article("c", ["The former mayor was also convicted on two counts of perjury."]),
        ]))
        #expect(!l.details.contains { $0.kind == "count" && $0.status == .conflict }, "\(CountMisreportTests.counts(l))")
        // Where no outlet gives both, the figures still conflict.
        let m = DetailLedgerTests.ledger(
            ["The jury convicted the former mayor on four counts on Thursday."],
            ["The jury convicted the former mayor on five counts on Thursday."])
        #expect(m.details.contains { $0.kind == "count" && $0.status == .conflict }, "\(CountMisreportTests.counts(m))")
    }

    static let body = """
        The harbour authority said on Monday that the new ferry terminal would open in the spring after two years of delays.
        Officials said the cost of the project had risen by a third since the plans were first approved by the council.
        """

    @Test func aHeadlineLineWrappedInPageChromeGivesWayToTheHeadlineUnderIt() {
        let a = ArticleLoader.parse(text: """
            Current:Home > TravelFerry terminal to open in spring after two years of delays -Harbour Daily Digest
            Ferry terminal to open in spring after two years of delays
            View

            \(Self.body)
            """, id: "a", path: "a.txt")
        #expect(a.title == "Ferry terminal to open in spring after two years of delays")
        #expect(a.removed.contains { $0.reason == "page chrome around the headline" })
    }

    @Test func aShareToolbarWithAListenButtonIsNoTitle() {
        let a = ArticleLoader.parse(text: """
            Listen Share Comment Gift Article Print

            \(Self.body)
            """, id: "a", path: "a.txt")
        #expect(a.title == nil)
        #expect(!a.paragraphs.contains { $0.text.contains("Gift Article") })
    }

    @Test func aCaptionPastedTwiceOnOneLineIsACaption() {
        let cap = "A ferry worker waves from the new pier after the opening was announced PICTURE: Jo Roe"
        #expect(ChromeRules.reason(for: cap + " " + cap) == ChromeRules.captionReason)
        // Prose written twice is no caption.
        #expect(ChromeRules.reason(for: "The ferry sails from the new pier at noon. The ferry sails from the new pier at noon.") == nil)
    }

    @Test func anAgencyCaptionOpeningIsACaption() {
        #expect(ChromeRules.reason(for: "In this handout photo released by the harbour authority, divers check the pier on July 2, 2024.") == ChromeRules.captionReason)
        #expect(ChromeRules.reason(for: "This image made from video shows the ferry leaving the pier.") == ChromeRules.captionReason)
        // Prose about a picture is no caption.
        #expect(ChromeRules.reason(for: "This image of the flooded pier became the symbol of the campaign for a new terminal.") == nil)
    }

    @Test func aVideoTitleClosedByItsRunningTimeIsFurniture() {
        #expect(ChromeRules.reason(for: "Lawyer on the ferry ruling Lawyer weighs in on what the appeal can do 06:25") == "video (title and running time)")
        #expect(ChromeRules.reason(for: "Polls on the island close at 20:00") == nil)
        #expect(ChromeRules.reason(for: "Monday 12 October 2026, 12:40 | Last updated 13:55") != "video (title and running time)")
    }

    @Test func anExplainerLinkIsFurniture() {
        #expect(ChromeRules.reason(for: "The ferry terminal dispute, explained") == "link to another article")
        #expect(ChromeRules.reason(for: "The delay was explained.") == nil)
    }

    @Test func aStationNameWithItsFrequencyIsNoHeadline() {
        let a = ArticleLoader.parse(text: """
            © 2024 HPM 90.1 FM Coast
            Harbour Public Media / 90.1 FM Coast
            Play Live Radio
            Next Up:

            Harbour mayor on the impact of the ferry terminal delays

            \(Self.body)
            """, id: "a", path: "a.txt")
        #expect(a.title == "Harbour mayor on the impact of the ferry terminal delays")
        #expect(MetadataInference.looksLikeSiteName("Harbour Public Media / 90.1 FM Coast"))
        #expect(!MetadataInference.looksLikeSiteName("Station 90.1 FM to close after forty years"))
    }

    @Test func theGivenNameAloneIsTheOnePersonWhoHasIt() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["Provincial governor Pravit Sutanakorn said the divers had reached the chamber.",
                   "Mr Pravit said the boys would be brought out when the water fell."],
            ),
            ("b", ["“They are all alive,” said Pravit, who has led the search from the first day."]),
        ]))
        #expect(names(idx) == ["Pravit Sutanakorn"], "\(names(idx))")
        #expect(count(idx, "Pravit Sutanakorn") == 3)
        // Where a full name of the story ends in the word, "Mr X" is that family's.
        let kin = PeopleIndex.build(story: story([
            "Owen Hale and Hale Morgan spoke to the council on Monday.",
            "Mr Hale said the plan would cost too much.",
        ]))
        #expect(count(kin, "Owen Hale") == 2, "\(names(kin))")
    }

    @Test func anUnnamedSubjectBeforeAnInfinitiveSpeaks() {
        #expect(Self.speakers([
            "The rescue team reached the ridge on Monday night.",
            "One of the climbers is heard to say: ‘We are cold, please send blankets.’ The climbers then wave at the drone.",
        ]) == ["one of the climbers"])
        #expect(Self.speakers([
            "The rescue team reached the ridge on Monday night.",
            "One of the climbers went on to say: ‘We are cold.’",
        ]) == ["one of the climbers"])
    }

    @Test func aPlaceNamedLikeAnEastAsianPersonIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "The boys were flown to a hospital in Chiang Mai on Tuesday.",
            "Chiang Mai's Governor Pravit Sutanakorn said a Chiang Mai school would hold a prayer for the divers.",
            "Doctors in Chiang Mai province said the boys were weak but calm.",
            "Xi Jinping sent a message of support, and Xi later thanked the divers.",
        ]))
        #expect(names(idx).sorted() == ["Pravit Sutanakorn", "Xi Jinping"], "\(names(idx))")
    }

    @Test func aSocialHandleIsNoPerson() {
        let idx = PeopleIndex.build(story: story([
            "The mayor shared a post that read: ‘Look at @MayorDanaPike keeping calm under fire.’",
            "Mayor Dana Pike said later that the clip had been cut.",
        ]))
        #expect(names(idx) == ["Dana Pike"], "\(names(idx))")
    }

    @Test func aHeadingsSpeakerBeforeToIsTheSpeaker() {
        #expect(Self.speakers([
            "Judge Alma Reyes spoke for ten minutes on Friday before the sentence.",
            "Judge to Roe: ‘When will the lies end?’",
        ]) == ["Alma Reyes"])
        #expect(Self.speakers([
            "Judge Alma Reyes spoke for ten minutes on Friday before the sentence.",
            "Reyes to Roe: ‘When will the lies end?’",
        ]) == ["Alma Reyes"])
    }

    @Test func aPhraseAfterAndInsideTheOpeningNounsComplementIsNoSubject() {
        #expect(Self.speakers([
            "The chief organiser of the search for the climbers and their guide said on Tuesday that the route was safe.",
            "‘Thank you all for the messages, we read every one!’",
        ]) == ["the chief organiser"])
        #expect(Self.speakers(["“The route is safe,” the chief organiser of the search for the climbers and their guide said."]) == ["the chief organiser"])
        // A name after "and" at the top of the sentence is still the speaker.
        #expect(Self.speakers(["“The route is safe,” the guide and Jo Roe said on Tuesday."]) != ["the guide"])
    }
}
