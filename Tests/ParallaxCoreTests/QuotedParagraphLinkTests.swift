import Testing
@testable import ParallaxCore

/// A paragraph that is mostly quoted words, its speaker named outside them, links by a middling score only when
/// the other paragraph shares a name with it or the pair is the best match of both (`QuotedParagraphs`,
/// `ParagraphLinker.filter`); sentences of our own.
@Suite struct QuotedParagraphLinkTests {
    static let quote = "“We will rebuild the pier before the summer storms, whatever it costs the town,” harbourmaster Ellen Pryce told reporters."
    static let comment = "The council has not said how the pier will be paid for, and the summer budget is already stretched."
    static let named = "Ms Pryce said the pier would be rebuilt before the summer storms."
    static let bareQuote = "“We will rebuild the pier before the summer storms, whatever it costs the town,” she told reporters."

    static func features(_ a: String, _ b: String) -> (ParagraphFeatures, ParagraphFeatures) {
        let aligner = StoryAligner(articles: [
            StoryAlignerTests.article("a", [a, "The ferry timetable changes next month."]),
            StoryAlignerTests.article("b", [b, "Parking on the quay will be free in August."]),
        ])
        return (aligner.features.paragraphs[0][0], aligner.features.paragraphs[1][0])
    }

    @Test func aQuotationAgainstCommentOnItsTopicSharesNoSpeaker() {
        let (a, b) = Self.features(Self.quote, Self.comment)
        #expect(a.quotedShare >= 0.5)
        #expect(a.namesOutsideQuotes)
        #expect(b.quotedShare == 0)
        #expect(QuotedParagraphs.quotationWithoutSpeaker(a, b, share: 0.5))
        #expect(QuotedParagraphs.quotationWithoutSpeaker(b, a, share: 0.5))
        // Off.
        #expect(!QuotedParagraphs.quotationWithoutSpeaker(a, b, share: 0))
    }

    @Test func theSpeakerNamedOnBothSidesTiesThem() {
        let (a, b) = Self.features(Self.quote, Self.named)
        #expect(!QuotedParagraphs.quotationWithoutSpeaker(a, b, share: 0.5))
    }

    @Test func aQuotationNamingNoOneSaysNothingOfItsSpeaker() {
        // "…," she said: the speaker is named in another paragraph, if at all.
        let (a, b) = Self.features(Self.bareQuote, Self.comment)
        #expect(a.quotedShare >= 0.5)
        #expect(!a.namesOutsideQuotes)
        #expect(!QuotedParagraphs.quotationWithoutSpeaker(a, b, share: 0.5))
    }

    @Test func twoParagraphsOfNarrativeAreNotConcerned() {
        let (a, b) = Self.features(Self.comment, "Harbourmaster Ellen Pryce said the pier will be paid for from the summer budget.")
        #expect(!QuotedParagraphs.quotationWithoutSpeaker(a, b, share: 0.5))
    }

    @Test func theFilterDropsAMiddlingPairOfAQuotationWithoutItsSpeaker() {
        // 0.3 is nearly the best match of both paragraphs (the left one's best is 0.35): kept, unless the quotation
        // stands without its speaker.
        var pair = ScoredPair(left: 2, right: 2, score: 0.3)
        let better = ScoredPair(left: 2, right: 5, score: 0.35)
        #expect(LinkFilterTests.kept([pair, better]).contains([2, 2]))
        pair.quotationWithoutSpeaker = true
        #expect(!LinkFilterTests.kept([pair, better]).contains([2, 2]))
        // The best match of both its paragraphs, a strong pair, or one carrying the same quotation still links.
        #expect(LinkFilterTests.kept([pair]).contains([2, 2]))
        var strong = pair
        strong.score = 0.55
        #expect(LinkFilterTests.kept([strong, better]).contains([2, 2]))
        var quoted = pair
        quoted.quoted = true
        #expect(LinkFilterTests.kept([quoted, better]).contains([2, 2]))
    }
}
