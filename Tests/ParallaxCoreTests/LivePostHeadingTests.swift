import Testing
@testable import ParallaxCore

/// A live page's first post keeps its heading (and its reporter's name under it), as every later post does:
/// the heading follows the post's time alone on a line and stands over the post. Pages of our own.
@Suite struct LivePostHeadingTests {

    let top = ["HARBOUR LIVE", "Live: Ferry strike shuts every crossing to the islands for a second day",
               "Updated 4 min ago", "Ailsa Ross in Oban and Tom Greer in Glasgow", ""]

    @Test func theFirstPostsHeadingIsKept() {
        let a = pasted(top + [
            "15:20 GMT", "Talks resume at the ministry",
            "Union and company negotiators have gone back into talks at the transport ministry, a spokesperson said.", "Share", "",
            "14:05 GMT", "Islanders stranded on the mainland",
            "About 300 islanders spent the night in Oban after the last sailing was cancelled, the council said.", "Share",
        ])
        #expect(a.title == "Live: Ferry strike shuts every crossing to the islands for a second day")
        #expect(a.paragraphs.first?.text == "Talks resume at the ministry")
        #expect(a.paragraphs.map(\.text).contains("Islanders stranded on the mainland"))
    }

    @Test func theFirstPostsReporterLineStaysWithIt() {
        let a = pasted(top + [
            "15:20", "Talks resume at the ministry", "Ailsa Ross",
            "Union and company negotiators have gone back into talks at the transport ministry, a spokesperson said.", "",
            "14:05", "Islanders stranded on the mainland", "Tom Greer",
            "About 300 islanders spent the night in Oban after the last sailing was cancelled, the council said.",
        ])
        #expect(Array(a.paragraphs.prefix(2).map(\.text)) == ["Talks resume at the ministry", "Ailsa Ross"])
    }

    @Test func aLineUnderTheBylineWithNoPostTimeIsStillACaption() {
        let a = pasted(["Ferry strike shuts every crossing to the islands for a second day", "By Ailsa Ross",
                        "Passengers queue at the terminal in Oban", "",
                        "Union and company negotiators have gone back into talks at the transport ministry, a spokesperson said."])
        #expect(a.paragraphs.first?.text.hasPrefix("Union and company") == true)
    }

    @Test func twelveHourPostTimesGoAndTheFirstHeadingStays() {
        let a = pasted(["THE HARBOUR ARGUS", "Live: Ferry strike shuts every crossing to the islands for a second day",
                        "Ailsa Ross and Tom Greer", "11.42am", "Talks resume at the ministry",
                        "Union and company negotiators have gone back into talks at the transport ministry, a spokesperson said.",
                        "10.05am", "Islanders stranded on the mainland",
                        "About 300 islanders spent the night in Oban after the last sailing was cancelled, the council said."])
        #expect(a.outlet == "THE HARBOUR ARGUS")
        #expect(a.paragraphs.first?.text == "Talks resume at the ministry")
        #expect(!a.paragraphs.map(\.text).contains("10.05am"))
    }

    @Test func postedAtTimesAndDayDividersGoAndTheFirstHeadingStays() {
        let a = pasted(["HARBOUR LIVE", "Live: Ferry strike shuts every crossing to the islands for a second day", "",
                        "Tuesday 3 March", "", "Posted at 15:20", "Talks resume at the ministry",
                        "Union and company negotiators have gone back into talks at the transport ministry, a spokesperson said.",
                        "Share", "", "Monday 2 March", "", "Posted at 18:05", "Islanders stranded on the mainland",
                        "About 300 islanders spent the night in Oban after the last sailing was cancelled, the council said.", "Share"])
        let texts = a.paragraphs.map(\.text)
        #expect(texts.first == "Talks resume at the ministry")
        #expect(texts.contains("Islanders stranded on the mainland"))
        #expect(!texts.contains { $0.hasPrefix("Posted at") || $0 == "Monday 2 March" })
    }

    @Test func aDateWithItsYearAndAStampedSentenceStay() {
        #expect(ChromeRules.reason(for: "Monday 2 March 2026") != "day divider of a live page")
        #expect(ChromeRules.reason(for: "Posted at 15:20, the notice said the crossing was shut.") == nil)
        #expect(ChromeRules.reason(for: "Published March 3, 2026 · 5 min read") != "reading time")
    }

    @Test func aPortalsReadingTimeLineIsNoTitle() {
        let a = pasted(["Orbit Portal", "Harbour Wire", "Harbour Wire·3 min read", "",
                        "Ferry strike shuts every crossing to the islands for a second day", "", "Ailsa Ross, Harbour Wire",
                        "Tue 3 March 2026 at 9:06 am GMT", "",
                        "Union and company negotiators have gone back into talks at the transport ministry, a spokesperson said.", "",
                        "Story continues", "",
                        "About 300 islanders spent the night in Oban after the last sailing was cancelled, the council said."])
        #expect(a.title == "Ferry strike shuts every crossing to the islands for a second day")
        #expect(!a.paragraphs.map(\.text).contains("Story continues"))
    }
}
