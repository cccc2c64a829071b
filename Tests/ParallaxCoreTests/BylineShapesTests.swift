import Testing
@testable import ParallaxCore

/// Bylines as real pages print them: a label before the name, a bilingual "By", and a date line that opens
/// with a place rather than a writer, on pages of our own.
@Suite struct BylineShapesTests {
    static let story = [
        "Harbour ferry fares will rise by a dollar from March, the port authority said on Monday.",
        "Commuters said the service had become less reliable since the winter, and the union agreed.",
    ]

    static func parse(_ top: [String]) -> Article {
        ArticleLoader.parse(text: (top + [""] + story).joined(separator: "\n"), id: "p", path: "p.txt")
    }

    @Test func aReporterLabelBeforeTheName() {
        #expect(Self.parse(["Ferry fares to rise by a dollar in March", "Reporter: Rina Kusuma", "Thursday, 26 November 2026"]).byline == "Rina Kusuma")
        #expect(Self.parse(["Ferry fares to rise by a dollar in March", "Reporter Choi Yoon-ah", "2026-11-25 18:30"]).byline == "Choi Yoon-ah")
    }

    @Test func aBylineInTwoLanguages() {
        let a = Self.parse(["Ferry fares to rise by a dollar in March", "Por / By Alejandra Gómez", "Mexico City | Nov 24, 2026 - 07:12 CST"])
        #expect(a.byline == "Alejandra Gómez")
        #expect(a.date == "2026-11-24")
    }

    @Test func aPlaceBeforeTheDateIsNoWriter() {
        let a = Self.parse(["Ferry fares to rise by a dollar in March", "THIRUVANANTHAPURAM, NOVEMBER 27, 2026 12:47 IST"])
        #expect(a.byline == nil)
        #expect(a.date == "2026-11-27")
        #expect(Self.parse(["Ferry fares to rise by a dollar in March", "Mexico City | Nov 24, 2026"]).byline == nil)
    }

    /// A name with its job title run on ("Lena Fairholme Transport correspondent") over the date line is the byline,
    /// and the long standfirst above it, with no closing stop, is the deck, not the story's first paragraph.
    @Test func aNameWithItsJobTitleRunOnOverTheDate() {
        let a = Self.parse(["Ferry fares to rise by a dollar in March",
                            "",
                            "The port authority says the rise will pay for two new boats and a covered waiting room at the island pier, after a year of complaints",
                            "",
                            "Lena Fairholme Transport correspondent",
                            "Wed 25 Nov 2026 09.10 GMT"])
        #expect(a.byline == "Lena Fairholme")
        #expect(a.paragraphs.map(\.text) == Self.story)
        #expect(MetadataInference.runOnJobTitle("Tobias Wren Chief Reporter") == "Tobias Wren")
        // a title alone, or a sentence, names no one
        #expect(MetadataInference.runOnJobTitle("Chief Political Correspondent") == nil)
        #expect(MetadataInference.runOnJobTitle("Senior Transport Correspondent") == nil)
        #expect(MetadataInference.runOnJobTitle("Local Democracy Reporter") == nil)
        #expect(MetadataInference.runOnJobTitle("Tobias Wren met the editor.") == nil)
    }

    /// A standfirst that ends like a sentence, or one with no credits under it, is left to the other rules.
    @Test func aFinishedSentenceOverTheDateStaysTheFirstParagraph() {
        let lede = "Harbour ferry fares will rise by a dollar from March, the port authority said on Monday, after a year in which the service lost money on every crossing."
        let a = ArticleLoader.parse(text: ["Ferry fares to rise by a dollar in March", "", lede, "", "Wed 25 Nov 2026 09.10 GMT", ""].joined(separator: "\n") + Self.story.joined(separator: "\n"), id: "p", path: "p.txt")
        #expect(a.paragraphs.first?.text == lede)
    }
}
