import Testing
@testable import ParallaxCore

/// A vote written with capitals after a title word ("General Election", "Presidential Election") is no person
/// and takes no quote — README "Quotes and details", stop 35. Our own sentences.
@Suite struct ElectionWordSpeakerTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
    }

    @Test func aGeneralElectionLineIsNoSpeakerForTheNextQuote() {
        let s = Self.speakers([
            "The opposition leader Tom Baker spoke on Monday.",
            "Baker said: “The cabinet has lost its way.”",
            "General Election, now.",
            "“The ministers cannot carry on like this without asking the voters first.”",
        ])
        #expect(!s.contains("Election"))
        #expect(s.first == "Tom Baker")
    }

    @Test func aGeneralElectionInsideASentenceIsNoSpeaker() {
        // (The phrase "the party wants a General" still takes the second quote, as it did before; see
        // docs/quotes-and-details.md, stop 35.)
        let s = Self.speakers([
            "The opposition leader Tom Baker spoke on Monday.",
            "Baker said: “The cabinet has lost its way.”",
            "The party wants a General Election before the spring.",
            "“The ministers cannot carry on like this without asking the voters first.”",
        ])
        #expect(!s.contains("Election"))
    }

    @Test func aGeneralWithAFamilyNameStaysAPerson() {
        #expect(Self.speakers([
            "General Ortega spoke to troops at the border on Friday.",
            "“We hold the line until the talks resume,” General Ortega said.",
        ]) == ["Ortega"])
    }
}

/// Given names of British and American public life added at stop 35: a name named once without any cue
/// ("… while Suella Varga is also thought to be considering a bid") is a person. Our own sentences.
@Suite struct Stop35GivenNamesTests {
    @Test(arguments: ["Suella", "Therese", "Anas", "Clint", "Alun", "Kezia"])
    func aNameWithoutACueIsAPerson(_ given: String) {
        let story = story(["The contest opens on Monday, and the rules were published at noon.",
                           "There are reports that \(given) Varga is also thought to be considering a bid."])
        #expect(PeopleIndex.build(story: story).people.map(\.name) == ["\(given) Varga"])
    }
}
