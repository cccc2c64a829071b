import Testing
@testable import ParallaxCore

/// A first in a while told two ways (`FirstSince`): "the first visit in 12 years" / "the first since 2014" in copy of
/// 2026, "in more than a decade". Our own sentences.
@Suite struct FirstSinceTests {
    func details(_ text: String, year: Int = 2026) -> [FactDetail] {
        LinkEvidenceTests.sharedDetails(text, year: year)
    }

    @Test func aGapGivenAsYearsOrAsTheYearItBeganIsOneFact() {
        let years = details("The minister's trip was her first to the islands in 12 years, officials said.")
        let since = details("It is the first visit by a foreign minister since 2014, when talks broke down.")
        let decade = details("She arrived on Tuesday for her first trip to the islands in more than a decade.")
        #expect(SharedDetails.share(years, since))
        #expect(SharedDetails.share(decade, since))
        #expect(SharedDetails.share(years, decade))
    }

    @Test func otherGapsAndOtherYearsStayApart() {
        let since = details("It is the first visit by a foreign minister since 2014, when talks broke down.")
        // another first, eight years back
        #expect(!SharedDetails.share(since, details("They also held the first formal talks between the two navies since 2018.")))
        // a year after "since" with no first in its sentence is no gap before a first
        let noFirst = details("Prices have risen every year since 2014, the bank said.")
        #expect(!noFirst.contains { $0.fate == SharedDetails.firstSinceFate })
        #expect(!SharedDetails.share(noFirst, details("The ferry made its first crossing in 12 years on Monday.")))
        // "since" with the news year itself says nothing of a gap
        #expect(details("It was her first public statement since 2026 began.").allSatisfy { $0.fate != SharedDetails.firstSinceFate })
    }

    @Test func theGapComesFromTheArticlesYear() {
        let since = details("The leader's visit is the first since 2014.", year: 2026)
        #expect(SharedDetails.share(since, details("It was his first visit in 12 years.", year: 2026)))
        #expect(!SharedDetails.share(since, details("It was his first visit in 20 years.", year: 2026)))
    }
}
