import Testing
@testable import ParallaxCore

/// A broadcast transcript's labels (`TranscriptTurns`): a role in brackets after the name, and a recording
/// played on air ("CLIP – NAME:"), found on the sixteenth blind story's radio transcript. Our own sentences.
@Suite struct TranscriptLabelTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        SpeakerProbe.speakers(paragraphs)
    }

    @Test func aRoleInBracketsAndAClipNameTheSpeaker() {
        #expect(Self.speakers([
            "TAMSIN VARGA (PRESENTER): Good morning. The harbour festival ended last night with fireworks.",
            "OTTO BRENNAN (REPORTER): It did, Tamsin. The crowd was the biggest in ten years.",
            "TAMSIN VARGA: And the mayor spoke?",
            "CLIP – HELGA MARR: This town has waited a long time for a night like this one.",
            "OTTO BRENNAN: She was cheered all the way back to her seat.",
        ]) == ["Tamsin Varga", "Otto Brennan", "Tamsin Varga", "Helga Marr", "Otto Brennan"])
    }

    @Test func aLabelIsStillOnlyALabelWhenItNamesSomeone() {
        #expect(QuoteExtractor.label("CLIP – HELGA MARR: This town has waited.")?.0 == "HELGA MARR")
        #expect(QuoteExtractor.label("OTTO BRENNAN (REPORTER): It did.")?.0 == "OTTO BRENNAN")
        #expect(QuoteExtractor.label("NOTE (ADDED LATER): corrected.")?.0 == "NOTE")
        #expect(Self.speakers(["NOTE: This item was corrected.", "WARNING: Some images are distressing."]).isEmpty)
    }
}
