import Testing
@testable import ParallaxCore

/// A headline in capitals with the page's date and time glued to it — docs/ingestion.md, "Real pages, stop 37".
/// Our own lines.
@Suite struct GluedTitleDateTests {
    @Test func theDateGluedToACapitalsHeadlineIsSplitOff() {
        let a = pasted([
            "FERRY SERVICE RESUMES AFTER PIER REPAIRSMarch 3, 2026 09:15",
            "The ferry resumed service on Monday after the pier was repaired over the weekend, the harbour office said.",
            "The harbour master said the crews had worked through two nights to finish the job.",
        ])
        #expect(a.title == "FERRY SERVICE RESUMES AFTER PIER REPAIRS")
        #expect(a.date == "2026-03-03")
    }

    @Test func sentenceCaseOrASpacedDateIsLeftAlone() {
        #expect(MetadataInference.splitGluedDate("Ferry service resumes after pier repairsMarch 3, 2026") == nil)
        #expect(MetadataInference.splitGluedDate("FERRY SERVICE RESUMES ON MARCH 3") == nil)
        #expect(MetadataInference.splitGluedDate("PIER REOPENSMay 4, 2026") == nil)
        #expect(MetadataInference.splitGluedDate("FERRY SERVICE RESUMES AFTER REPAIRSMay 4, 2026")?.date == "2026-05-04")
    }
}
