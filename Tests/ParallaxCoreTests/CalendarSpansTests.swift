import Testing
@testable import ParallaxCore

/// One length of time told in years, months or weeks is no conflict — docs/quotes-and-details.md, "Real pages,
/// stop 37". Our own sentences.
@Suite struct CalendarSpansTests {
    static func durationConflict(_ a: String, _ b: String) -> Bool {
        DetailLedgerTests.ledger([a], [b]).details.contains { $0.kind == "duration" && $0.status == .conflict }
    }

    @Test func aYearAndTwelveMonthsAgree() {
        #expect(!Self.durationConflict("The former mayor was handed a one-year jail term on Friday.",
                                       "The former mayor was sentenced to 12 months in jail on Friday."))
        #expect(!Self.durationConflict("The pier will stay shut for six months.", "The pier will stay shut for 26 weeks."))
    }

    @Test func realDifferencesStillConflict() {
        #expect(Self.durationConflict("The former mayor was handed a one-year jail term on Friday.",
                                      "The former mayor was sentenced to 10 months in jail on Friday."))
        #expect(Self.durationConflict("The pier will stay shut for 30 days.", "The pier will stay shut for 33 days."))
        #expect(CalendarSpans.agree(360, 360, 365, 365))
        #expect(!CalendarSpans.agree(30, 30, 31, 31))
    }
}
