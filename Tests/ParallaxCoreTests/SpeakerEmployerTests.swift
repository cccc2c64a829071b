import Testing
@testable import ParallaxCore

/// A speaker named with the body he works for after "of", and a quote introduced by "accusing", on sentences
/// of our own.
@Suite struct SpeakerEmployerTests {
    @Test func aPersonOfAnUnknownBodyIsTheSpeaker() {
        #expect(QuoteBodySpeakerTests.speakers([
            "Environmental activist Wahyu Santoso of Lestari Hijau said burning the waste would only move the problem “from the ground into the air.”",
        ]) == ["Wahyu Santoso"])
    }

    @Test func accusingIntroducesTheQuote() {
        #expect(QuoteBodySpeakerTests.speakers([
            "Kofi Mensah, the MP for Tamale South, led the walkout, accusing the government of “taxing the poor to pay for the mistakes of the rich.”",
        ]) == ["Kofi Mensah"])
    }
}
