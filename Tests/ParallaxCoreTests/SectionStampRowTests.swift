import Testing
@testable import ParallaxCore

/// A sports page's stamp row pasted with its two copies of the date and its section link glued ("Last updated on 2
/// March 20262 March 2026.From the section Football") is the date line, and the headline over it is the title, not
/// a photo caption over the byline; a club's name in capitals over its menu of sections is the outlet, and a label
/// under that menu ("Club News") is the section's. Pages of our own.
@Suite struct SectionStampRowTests {
    static let story = [
        "Harwell Rovers have named Ines Carrow as their new head coach on a two-year contract.",
        "The former midfielder takes charge of her first game on Saturday, at home to Brenton Town.",
    ]

    static func parse(_ lines: [String]) -> Article {
        ArticleLoader.parse(text: lines.joined(separator: "\n"), id: "p", path: "p.txt")
    }

    @Test func theGluedStampRowIsTheDateAndTheHeadlineIsTheTitle() {
        let a = Self.parse(["Harwell Sport", "Home   Football   Cricket   Tennis", "", "Ines Carrow: Harwell Rovers name Brenton Town boss as head coach", "",
                            "Last updated on 3 March 20263 March 2026.From the section Football", "comments87", "",
                            "Carrow led Brenton Town to promotion last season", "", "By Colm Reddy", "Harwell Sport football reporter", ""] + Self.story)
        #expect(a.date == "2026-03-03")
        #expect(a.title == "Ines Carrow: Harwell Rovers name Brenton Town boss as head coach")
        #expect(a.paragraphs.map(\.text) == Self.story)
        #expect(MetadataInference.sectionStampRow("Published on March 3, 2026.From the section Rugby Union") == "2026-03-03")
        // a sentence about a section of the ground is no stamp
        #expect(MetadataInference.sectionStampRow("Last updated on 3 March, the plan moves fans from the section behind the goal.") == nil)
    }

    @Test func aClubNameInCapitalsOverItsMenuIsTheOutletAndTheLabelUnderItIsNot() {
        let a = Self.parse(["Skip to main content", "HARWELL ROVERS FC", "Home   News   Tickets   Shop   Club", "Club News", "",
                            "Rovers appoint Ines Carrow as head coach", "", "Tue 03 Mar 2026 • 10:30", ""] + Self.story)
        #expect(a.outlet?.lowercased() == "harwell rovers fc")
        // one word in capitals over a menu is a section's label, as before
        #expect(MastheadTests.outlet(["POLITICS", "", "Ferry fares to rise by a dollar in March", "By Ana Ruiz", ""] + MastheadTests.story) == nil)
    }
}
