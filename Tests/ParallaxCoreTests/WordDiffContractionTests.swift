import Testing
@testable import ParallaxCore

/// Spelling a contraction out is not a change a reader cares about.
@Suite struct WordDiffContractionTests {
    @Test func contractionsEqualTheirSpelledOutForm() {
        #expect(WordDiff.changes("check if there is a backdoor", "check if there’s a backdoor").isEmpty)
        #expect(WordDiff.changes("it is not possible", "it isn't possible").isEmpty)
        #expect(WordDiff.changes("they cannot go", "they can't go").isEmpty)
    }

    @Test func onlyTheRealChangeRemains() {
        let c = WordDiff.changes("You should check if there is a backdoor.", "You can check if there’s a backdoor.")
        #expect(c.map(\.left) == ["should"])
        #expect(c.map(\.right) == ["can"])
    }

    @Test func changedContractionShowsWholeWord() {
        let c = WordDiff.changes("there's a problem", "there was a problem")
        #expect(c.map(\.left) == ["there's"])
        #expect(c.map(\.right) == ["was"])
    }

    @Test func possessivesAreNotExpanded() {
        let c = WordDiff.changes("Xi's gift", "Xi gift")
        #expect(c.count == 1)
    }
}
