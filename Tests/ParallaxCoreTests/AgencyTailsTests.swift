import Testing
@testable import ParallaxCore

/// An agency's name and desk codes, or a dash and the agency, run on after the story's last sentence —
/// docs/ingestion.md, "Real pages, stop 37". Our own lines.
@Suite struct AgencyTailsTests {
    @Test func deskCodesAfterTheLastSentenceGo() {
        #expect(Cleaner.withoutAgencyTail("The ferry resumed service on Monday after the pier was repaired. PTI KDR MN")
                == "The ferry resumed service on Monday after the pier was repaired.")
        #expect(Cleaner.withoutAgencyTail("“We are relieved,” the harbour master said at the quay. IANS ABC")
                == "“We are relieved,” the harbour master said at the quay.")
    }

    @Test func aDashAndTheAgencyGo() {
        #expect(Cleaner.withoutAgencyTail("The harbour master praised the crews who worked through the night. -- ANI")
                == "The harbour master praised the crews who worked through the night.")
        #expect(Cleaner.withoutAgencyTail("The ferry resumed service on Monday after the pier was repaired. – Bernama")
                == "The ferry resumed service on Monday after the pier was repaired.")
    }

    @Test func capitalsThatAreNoAgencyStay() {
        // Not an agency, or no sentence end before it, or a word in lower case: the line is left alone.
        #expect(Cleaner.withoutAgencyTail("The crews were flown in from the capital by the air force. NDRF UK") == nil)
        #expect(Cleaner.withoutAgencyTail("The ferry company is a member of the PTI ABC group of operators") == nil)
        #expect(Cleaner.withoutAgencyTail("The ferry resumed service on Monday after the pier was repaired. -- the crew") == nil)
    }

    @Test func aPastedAgencyStoryLosesItsTail() {
        let a = pastedParagraphs([
            "Ferry service resumes after pier repairs",
            "Kestrel Bay, Mar 3 (PTI) The ferry resumed service on Monday after the pier was repaired over the weekend.",
            "The harbour master said the crews had worked through two nights to finish the job. PTI KDR MN",
        ])
        #expect(a.paragraphs.last?.text == "The harbour master said the crews had worked through two nights to finish the job.")
    }
}
