import Testing
@testable import ParallaxCore

/// A company's statement updated through the day, newest update first: each update's label and clock ("UPDATE 2 –
/// 12:55 GMT", "ORIGINAL STATEMENT – 10:40 GMT") goes, and the newest one's with the day is the date line, naming no
/// writer. A blog platform's like button ("Like Loading...") and a site's affiliate-links disclosure go too. Pages of
/// our own.
@Suite struct StatementUpdateLinesTests {
    static let story = [
        "All 160 passengers on the Ardmore ferry have now reached the mainland, and a relief vessel sails at 07:00.",
        "Two passengers were treated by paramedics for minor injuries and have since gone home.",
        "The ferry left Ardmore at 08:10 with 160 passengers and nine crew on board before fog closed the harbour.",
    ]

    @Test func updateLabelsGoAndTheNewestIsTheDate() {
        let a = pasted(["Skip to content", "GREYSTONE FERRIES", "Book   Timetables   Help", "",
                        "Statement: the 08:10 sailing from Ardmore", "", "UPDATE 3 – 15:10 GMT, Tuesday 3 March 2026", "", Self.story[0], "",
                        "UPDATE 2 – 12:55 GMT", "", Self.story[1], "", "ORIGINAL STATEMENT – 10:40 GMT", "", Self.story[2]])
        #expect(a.paragraphs.map(\.text) == Self.story)
        #expect(a.date == "2026-03-03")
        #expect(a.byline == nil)
        #expect(ChromeRules.reason(for: "Latest update: 9.15am") == "update line")
        // a sentence telling of an update stays
        #expect(ChromeRules.reason(for: "An update at 12:55 said both passengers had gone home.") == nil)
    }

    @Test func aLikeButtonAndAnAffiliateDisclosureGo() {
        #expect(ChromeRules.reason(for: "Like Loading...") == "page widget")
        #expect(ChromeRules.reason(for: "This article may contain affiliate links. We may earn a commission if you book through them, at no cost to you.") != nil)
        #expect(ChromeRules.reason(for: "This post contains affiliate links.") != nil)
        #expect(ChromeRules.reason(for: "We may earn a commission when you buy through links on our site.") != nil)
        // sentences on the same subjects stay
        #expect(ChromeRules.reason(for: "Residents said they would like the loading bay moved away from the school.") == nil)
        #expect(ChromeRules.reason(for: "The regulator said sites that hide affiliate links from readers would be fined.") == nil)
    }
}
