import Testing
@testable import ParallaxCore

/// Two hard details that bring paragraphs together without words around them in common (links32): the same
/// count of one counted thing from five up, and a date a week or more from the articles' own dates. Our own
/// sentences.
@Suite struct SameCountAndEarlierDateTests {
    func details(_ text: String, newsDay: String? = nil) -> [FactDetail] {
        LinkEvidenceTests.sharedDetails(text, newsDay: newsDay)
    }

    @Test func oneCountOfOneThingToldTwoWays() {
        let tied = details("Investigators have tied 17 crashes to the faulty sensor, the regulator said.")
        let blamed = details("At least 17 crashes are now blamed on the part, which the maker will replace.")
        let hedged = details("The recall follows more than 15 crashes across the region since spring.")
        #expect(SharedDetails.share(tied, blamed))
        #expect(SharedDetails.share(tied, hedged))
    }

    @Test func otherFiguresOtherThingsAndSmallCountsStayApart() {
        let tied = details("Investigators have tied 17 crashes to the faulty sensor, the regulator said.")
        // another figure of the same thing
        #expect(!SharedDetails.share(tied, details("Insurers counted 26 crashes in the first month alone.")))
        // the same figure of another thing
        #expect(!SharedDetails.share(tied, details("The firm sent 17 engineers to the plant on Friday.")))
        // under five, one figure of one thing recurs for different facts ("four judges" on each side)
        let dissent = details("Four judges dissented from the ruling on the appeal.")
        let majority = details("The majority of four judges also criticised the police.")
        #expect(!SharedDetails.sameCountOfOneThing(dissent[0], majority[0]))
        // counts of different fates are other facts
        let dead = FactDetail(value: .count(7), near: [], fate: "dead", counted: ["people"])
        let hurt = FactDetail(value: .count(7), near: [], fate: "injured", counted: ["people"])
        #expect(!SharedDetails.sameCountOfOneThing(dead, hurt))
        #expect(SharedDetails.sameCountOfOneThing(dead, dead))
    }

    @Test func aDateWellBeforeTheNewsIsAnotherEventsDate() {
        let began = details("The employers had offered far less before the walkout began on 6 November.", newsDay: "2026-11-28")
        let started = details("The stoppage, which started Nov. 6, left the terminal idle for three weeks.", newsDay: "2026-11-27")
        #expect(began.contains { $0.awayFromNewsDay })
        #expect(SharedDetails.share(began, started))
        // without the article's date nothing says which day is the news
        #expect(!SharedDetails.share(details("The employers had offered far less before the walkout began on 6 November."), started))
    }

    @Test func theNewsDaysOwnDateSaysNothing() {
        let polls = details("Voters went to the polls on 27 November in cold rain.", newsDay: "2026-11-28")
        let count = details("The count finished late on Nov. 27, hours behind schedule.", newsDay: "2026-11-28")
        #expect(!polls.contains { $0.awayFromNewsDay })
        #expect(!SharedDetails.share(polls, count))
    }

    @Test func daysApartTakesTheNearestYear() {
        #expect(SharedDetails.daysApart(month: 12, day: 28, from: "2027-01-03") == 6)
        #expect(SharedDetails.daysApart(month: 11, day: 6, from: "2026-11-28") == 22)
        #expect(SharedDetails.daysApart(month: 2, day: 29, from: "2026-03-05") == nil || SharedDetails.daysApart(month: 2, day: 29, from: "2026-03-05")! > 300)
        #expect(SharedDetails.daysApart(month: 5, day: 1, from: nil) == nil)
    }
}
