import Testing
@testable import ParallaxCore

/// "The president of the Harbour Club … said" / "…, saying": the office's holder speaks, not the club —
/// docs/quotes-and-details.md, "Real pages, stops 36–37, follow-up". Our own sentences.
@Suite struct OfficeOfOrganisationTests {
    @Test func theOfficeSpeaksAsWrittenWhenNoOneHoldsItByName() {
        #expect(SpeakerProbe.speakers([
            "The club lost two of its members in the storm on Sunday, the coastguard confirmed.",
            "The president of the Harbour Club said: “They were the best sailors we had.”",
        ]) == ["the president of the Harbour Club"])
        #expect(SpeakerProbe.speakers([
            "The club lost two of its members in the storm on Sunday, the coastguard confirmed.",
            "The president of the Harbour Club has paid tribute to the two sailors, saying: “They will be missed.”",
        ]) == ["the president of the Harbour Club"])
    }

    @Test func aSpokespersonOfANamedBodyLeavesTheBodySpeaking() {
        #expect(SpeakerProbe.speakers([
            "The club lost two of its members in the storm on Sunday, the coastguard confirmed.",
            "A spokesperson for the Harbour Club said: “Our thoughts are with the families.”",
        ]) == ["Harbour Club"])
    }
}
