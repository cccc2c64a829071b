import Testing
@testable import ParallaxCore

/// A given name in full in one outlet and in its short form in another is one person; "Mobility" heads a firm.
@Suite struct ShortGivenNameTests {
    @Test func shortFormOfTheGivenNameIsTheSamePerson() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("wire", ["Chief executive Margaret Osterby said the ferry would sail again on Friday.",
                      "Osterby said the engines had been checked twice."]),
            ("tabloid", ["Boss Maggie Osterby said: \"We will not cut corners.\""]),
        ]))
        #expect(names(idx).contains("Margaret Osterby"))
        #expect(!names(idx).contains("Maggie Osterby"))
        #expect(count(idx, "Margaret Osterby") == 3)
    }

    @Test func aShortFormFittingTwoFullNamesJoinsNeither() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["Christopher Vantongeren, the skipper, said the nets were empty. His sister Christine Vantongeren runs the boatyard."]),
            ("b", ["Chris Vantongeren said the season was the worst he could remember."]),
        ]))
        #expect(names(idx).contains("Christopher Vantongeren"))
        #expect(names(idx).contains("Christine Vantongeren"))
        #expect(names(idx).contains("Chris Vantongeren"))
    }

    @Test func differentGivenNamesStayApart() {
        let idx = PeopleIndex.build(story: story(articles: [
            ("a", ["Thomas Pellew said the harbour wall had held.", "His brother Simon Pellew disagreed."]),
            ("b", ["Tom Pellew told the meeting the wall had held."]),
        ]))
        #expect(count(idx, "Thomas Pellew") == 2)
        #expect(count(idx, "Simon Pellew") == 1)
    }

    @Test func mobilityHeadsAFirm() {
        let idx = PeopleIndex.build(story: story([
            "Tarrow Mobility said on Monday it would recall 12,000 scooters after Tarrow Mobility found a fault in the brakes.",
        ]))
        #expect(!names(idx).contains { $0.contains("Mobility") }, "got \(names(idx))")
    }
}
