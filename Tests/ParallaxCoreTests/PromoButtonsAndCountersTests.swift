import Testing
@testable import ParallaxCore

/// A club's or a platform's furniture between a story's paragraphs: a promotion closed by its button, a channel's
/// promotion after a bar, a line of hashtags, a post's reaction counters, a box's label and its writer's line. Each
/// goes; the story's sentences, including ones that end on the same words with a stop or talk of a channel, stay.
/// Pages of our own.
@Suite struct PromoButtonsAndCountersTests {
    let story = [
        "Harwell Rovers have named Ines Carrow as their new head coach on a two-year contract.",
        "The former midfielder, who led Brenton Town to promotion last season, takes charge of her first game on Saturday.",
        "Chairman Tom Ellery said the club had spoken to more than 40 candidates before choosing her.",
    ]

    func page(_ furniture: [String]) -> Article {
        pasted(["Rovers name Ines Carrow as head coach", "By Colm Reddy", "3 March 2026", story[0], story[1]] + furniture + [story[2]])
    }

    @Test func aPromotionClosedByItsButtonGoes() {
        #expect(page(["🎟️ Seats for Saturday's home game against Brenton Town are on sale now. BUY NOW"]).paragraphs.map(\.text) == story)
        #expect(page(["Season tickets for the spring are on sale from Monday. Book here"]).paragraphs.map(\.text) == story)
        // a sentence that tells readers to buy, with its stop, stays
        #expect(ChromeRules.reason(for: "The club told fans who wanted seats to buy now.") == nil)
        #expect(ChromeRules.reason(for: "“Prices go up next month. Buy now,” the ticket office said.") == nil)
    }

    @Test func aChannelsPromotionGoes() {
        #expect(page(["ROVERSTV | Watch Ines Carrow's first interview in full – FREE for members"]).paragraphs.map(\.text) == story)
        #expect(page(["Rovers Radio | Listen to the press conference again"]).paragraphs.map(\.text) == story)
        #expect(ChromeRules.reason(for: "Fans can watch the game on RoversTV, the club said, for a small fee.") == nil)
    }

    @Test func hashtagsAndReactionCountersGo() {
        #expect(page(["#UpTheRovers"]).paragraphs.map(\.text) == story)
        #expect(page(["#RoversFamily #NewEra"]).paragraphs.map(\.text) == story)
        #expect(page(["♡ 41", "💬 9"]).paragraphs.map(\.text) == story)
        #expect(ChromeRules.reason(for: "Fans used the hashtag #UpTheRovers more than 4,000 times on Monday.") == nil)
    }

    @Test func aBoxLabelAndItsWritersLineGo() {
        #expect(page(["Analysis", "Colm Reddy, Harwell Herald football reporter"]).paragraphs.map(\.text) == story)
        // a sentence naming a reporter, with its verb and stop, stays
        #expect(ChromeRules.reason(for: "Colm Reddy, a football reporter, asked the first question.") == nil)
        #expect(ChromeRules.reason(for: "Analysis of the club's accounts shows a loss of £2m.") == nil)
    }
}
