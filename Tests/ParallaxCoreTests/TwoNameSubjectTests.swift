import Testing
@testable import ParallaxCore

/// Two people's names joined by "and" before a speech verb: the first named speaks, as before a group —
/// docs/quotes-and-details.md, "Real pages, stops 36–37, follow-up". Our own sentences.
@Suite struct TwoNameSubjectTests {
    @Test func theFirstOfTwoNamesSpeaksAfterTheQuote() {
        #expect(SpeakerProbe.speakers([
            "The safety board met on Monday to set out its early findings on the failed panel.",
            "“The bolts were never fitted,” Ruth Colley and Samuel Adeyemi explained at the briefing.",
        ]) == ["Ruth Colley"])
    }

    @Test func theFirstOfTwoNamesSpeaksBeforeTheQuote() {
        #expect(SpeakerProbe.speakers([
            "The safety board met on Monday to set out its early findings on the failed panel.",
            "Peter Hale and Mina Soto said: “This is a good day for the families.”",
        ]) == ["Peter Hale"])
    }

    @Test func aRoleBeforeTheSecondNameKeepsTheOldReading() {
        #expect(SpeakerProbe.speakers([
            "The safety board met on Monday to set out its early findings on the failed panel.",
            "“The bolts were never fitted,” board chair Ruth Colley and investigator Samuel Adeyemi explained.",
        ]) == ["Samuel Adeyemi"])
    }
}
