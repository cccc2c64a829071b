import Testing
@testable import ParallaxCore

/// Lines that look like a writer's credit and are not, and credits that sit where the rules did not look; of
/// our own: a local network's "Town, ST News", a reporter's place after the comma, a transcript's "Aired" line,
/// a record's chamber over its date, a gallery's slide counters.
@Suite struct CreditAndDateLineShapesTests {

    let body = [
        "Traders at the cloth market counted their losses on Monday after a fire that started late on Sunday destroyed more than 200 shops.",
        "The state fire service brought the blaze under control after four hours, its spokesperson Saminu Yusuf said.",
        "Governor Aminu Kurawa visited the market and promised relief for the traders who lost their stock.",
    ]

    @Test func aTownAndItsStateCodeIsNoByline() {
        let a = pasted(["Maple Ridge Patchwork", "Maple Ridge, OR News", "Local News", "Traders count losses as fire guts the cloth market",
                        "Dana Whitcombe, Patchwork Staff", "Posted Mon, Nov 30, 2026 at 9:14 am PT"] + body)
        #expect(a.byline == "Dana Whitcombe")
        #expect(a.outlet != "OR News" && a.outlet != "Maple Ridge, OR News")
    }

    @Test func theReportersPlaceAfterTheCommaIsNoPartOfTheByline() {
        let a = pasted(["Traders count losses as fire guts the cloth market", "Published 30 November 2026", "By Abdullahi Musa, Kano"] + body)
        #expect(a.byline == "Abdullahi Musa")
    }

    @Test func anAiredLineDatesATranscriptAndNamesNobody() {
        let a = pasted(["Interview With Fire Chief Renata Oduya; Storm Damage In Gulf Coast Towns", "Aired November 30, 2026 - 18:00 ET"] + body)
        #expect(a.byline == nil)
        #expect(a.date == "2026-11-30")
    }

    @Test func aChamberOverTheDateIsNoByline() {
        let a = pasted(["Hansard", "Legislative Assembly", "Tuesday, 24 November 2026", "Questions without notice on the cloth market fire"] + body
                        + ["Hansard is published under the authority of the Legislative Assembly. Proof copies may be corrected."])
        #expect(a.byline == nil)
        #expect(a.paragraphs.map(\.text) == body)
    }

    @Test func aGallerysSlideCountersKeepTheirCaptions() {
        let captions = ["Crowds line the east pier as the ships come in.", "Volunteers serve chowder from a stall. Grace Underhill/The Lakeside Herald",
                        "The Norwegian ship Havørn fires a salute."]
        let a = pasted(["The Lakeside Herald", "Photos: Tall ships sail into Port Merrin for the winter festival", "By Grace Underhill", "Nov 29, 2026",
                        "Twelve tall ships from six countries sailed into Port Merrin on Saturday to open the town's first winter festival.",
                        "1 of 3", captions[0], "2 of 3", captions[1], "3 of 3", captions[2]])
        #expect(Array(a.paragraphs.map(\.text).dropFirst()) == captions)
        #expect(a.removed.first { $0.text == "2 of 3" }?.reason == "gallery slide counter")
    }
}
