import Testing
@testable import ParallaxCore

/// Words written on what a crowd carries ("placards reading “…”") are no one's quote (README "Quotes and
/// details"). Our own sentences.
@Suite struct WrittenNotSpokenTests {
    @Test func aPlacardsWordsAreNotQuoted() {
        let q = QuoteContinuationTests.quotes([
            "About forty parents stood outside the school with placards reading “Keep our crossing patrol”. Among them was Dara Quinn. “My son crosses that road every morning,” Quinn said.",
            "Later a banner that read ‘Save the lollipop lady’ was hung from the railings.",
        ])
        #expect(q.map(\.text) == ["My son crosses that road every morning"])
        #expect(q.first?.speaker == "Dara Quinn")
    }

    @Test func aSpeakerSayingSomethingIsStillQuoted() {
        // "saying" after a person, not after a sign.
        let q = QuoteContinuationTests.quotes([
            "The head teacher wrote to parents on Monday, saying “the crossing will be staffed again from March”.",
        ])
        #expect(q.count == 1)
    }
}
