import Testing
@testable import ParallaxCore

/// A date or a percentage written in another house style is not a change (`MatchingKeys`); another date or
/// figure still is.
@Suite struct DateAndPercentStyleTests {
    @Test func dayAndMonthInEitherOrderAreTheSame() {
        #expect(WordDiff.changes("The summit opened on 13 October in Seoul.", "The summit opened on October 13 in Seoul.").isEmpty)
        #expect(WordDiff.changes("It ends on Nov. 2, 2025.", "It ends on 2 November 2025.").isEmpty)
        #expect(WordDiff.changes("the 3rd of March", "the March 3rd").isEmpty)
        #expect(WordDiff.changes("by Sept 30", "by 30th September").isEmpty)
    }

    @Test func anotherDayIsStillAChange() {
        let c = WordDiff.changes("found on November 13 by staff", "found on 15 November by staff")
        #expect(c.count == 1)
        #expect(c.first?.left == "November 13")
        #expect(c.first?.right == "15 November")
    }

    @Test func theVerbMayIsNoMonth() {
        // "may 5" in lower case is a verb and a figure, not a date, so the order matters.
        let c = WordDiff.changes("they may 5 times", "they 5 may times")
        #expect(!c.isEmpty)
    }

    @Test func percentagesAreTheSameHoweverWritten() {
        #expect(WordDiff.changes("Prices rose 4.1% in May.", "Prices rose 4.1 per cent in May.").isEmpty)
        #expect(WordDiff.changes("a 12 percent rise", "a 12 % rise").isEmpty)
        let c = WordDiff.changes("a 12 percent rise", "a 12 point rise")
        #expect(c.map(\.left) == ["12 percent"])
        #expect(c.map(\.right) == ["12 point"])
    }

    @Test func aQuoteInAnotherDateStyleIsVerbatim() {
        #expect(WordDiff.comparisonWords("“We will reopen on 1 December,” she said")
            == WordDiff.comparisonWords("\"We will reopen on December 1,\" she said"))
    }
}
