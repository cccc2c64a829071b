import Testing
@testable import ParallaxCore

/// A newsletter box pasted line by line between two paragraphs: its tagline goes with its prompts. Our own
/// sentences.
@Suite struct NewsletterBoxTests {
    let story = [
        "A ferry ran aground off the harbour wall on Sunday night with 140 passengers on board, none of them hurt.",
        "Coastguards said the vessel had lost steering in a gust as it turned towards the berth shortly after nine.",
        "Passengers were taken off by lifeboat over three hours while tugs held the ferry against the rising tide.",
        "The operator said the ship would be inspected in dry dock before it returns to the island route next month.",
    ]

    @Test func theTaglineBetweenTwoPromptsGoes() {
        let a = pasted(["Ferry runs aground with 140 on board", ""] + [story[0], story[1]] + [
            "Subscribe to The Harbour Ledger",
            "Cut through the noise. Get the facts behind the headlines, plus views from every side.",
            "",
            "Sign up for The Harbour Ledger's free newsletters",
            "",
        ] + [story[2], "", story[3]])
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aParagraphUnderOnePromptStays() {
        let a = pasted(["Ferry runs aground with 140 on board", ""] + [story[0], story[1]] + [
            "Sign up for The Harbour Ledger's free newsletters", "",
        ] + [story[2], "", story[3]])
        #expect(a.paragraphs.map(\.text) == story)
    }
}
