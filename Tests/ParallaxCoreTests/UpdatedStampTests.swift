import Testing
@testable import ParallaxCore

/// "Posted at 4:44 AM, Feb 17, 2026" over "and last updated 2026-02-17 07:44:08-05": the second line of a local
/// station's stamp is a date line too, not the story's first paragraph (stop 36, real pages kept outside the
/// repository). A page of our own.
@Suite struct UpdatedStampTests {
    @Test func theUpdateLineUnderThePostedLineGoes() {
        let a = RepeatedLabelsTests.parse(["Ferries sail again after storms", "", "Crews worked through the night to clear the harbour.",
                                           "Posted at 4:44 AM, Feb 17, 2026", "and last updated 2026-02-17 07:44:08-05", ""] + DoubledCaptionTests.story)
        #expect(a.date == "2026-02-17")
        #expect(!a.paragraphs.contains { $0.text.contains("last updated") })
        #expect(MetadataInference.dateLine("and last updated 2026-02-17 07:44:08-05") != nil)
        #expect(MetadataInference.dateLine("and the ferry was last seen on 17 February 2026 near the pier") == nil)
    }
}
