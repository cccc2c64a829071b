import Testing
@testable import ParallaxCore

/// A box of links whose items each carry their section's label on its own line ("Election Latest" over each
/// "1h ago …" link) leaves no label behind (stop 35, `Cleaner.repeatedLabels`). Pages of our own.
@Suite struct RepeatedLabelsTests {
    static let story = [
        "Ministers met on Tuesday night after the budget vote was lost by eleven votes in the lower house.",
        "The finance minister said the package would be brought back in a new form before the summer recess.",
    ]

    static func parse(_ lines: [String]) -> Article {
        ArticleLoader.parse(text: lines.joined(separator: "\n"), id: "p", path: "p.txt")
    }

    @Test func aLabelOverEachLinkGoes() {
        let a = Self.parse(["Vote Latest", "1h agoPolls close early in the north after the storm", "Vote Latest",
                            "3h agoWhat the new boundaries mean for the capital", "Vote Latest", "5h agoParties trade blows over rail fares", ""] + Self.story)
        #expect(!a.paragraphs.contains { $0.text == "Vote Latest" })
        #expect(a.paragraphs.suffix(2).map(\.text) == Self.story)
    }

    @Test func aLabelTwiceOrALabelBelowTheFirstProseIsNotThisRule() {
        let why = "section label repeated over its links"
        let twice = Self.parse(["Vote Latest", "1h agoPolls close early in the north after the storm", "Vote Latest", ""] + Self.story)
        #expect(!twice.removed.contains { $0.reason == why })
        let below = Self.parse(Self.story + ["", "Vote Latest", "", "Vote Latest", "", "Vote Latest", "", Self.story[0]])
        #expect(!below.removed.contains { $0.reason == why })
    }
}
