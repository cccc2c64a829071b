import Testing
@testable import ParallaxCore

/// Page furniture found on the fourth blind story's PDF press release, embedded-post page, mobile page and
/// South-Asian wire paste (README "Articles and stories"), on pages of our own.
@Suite struct PdfReleaseAndEmbedPasteTests {
    static let release = """
    PRESS RELEASE

    Harbour District Council
    Suite 4, 12 Quay Road, Port Ellis 3021

    Monday 3 June 2024                                  FOR IMMEDIATE RELEASE

    COUNCIL APPROVES NEW FERRY TERMINAL AFTER
    TWO-YEAR PLANNING DISPUTE

    The council voted on Monday to approve a new ferry terminal at the west-
    ern end of the harbour, ending a planning dispute that began in 2022 and
    drew more than four hundred written objections from residents of the old
    town, who feared traffic on the narrow quay road and a non-
    stop flow of coaches during the summer season.

    Construction will start in the autumn and is expected to take until
    2026. The terminal will be paid for by the regional transport authority
    and the operators, who have agreed to cover any overrun on the
                                                          Page 1 of 2
    \u{0C}Harbour District Council | Press Release | 3 June 2024

    budget of 14 million euros.

    The mayor, Ines Corrado, said the vote closed a long chapter for the
    town. The opposition said it would ask for a review of the traffic plan
    before the first ferry sails from the rebuilt western quay in the spring of
    2026.

    ENDS

    Media enquiries: Council Press Office, 0555 0100
                                                          Page 2 of 2
    """

    @Test func pdfReleaseLosesItsPageFurnitureAndKeepsItsParagraphs() {
        let a = ArticleLoader.parse(text: Self.release, id: "r", path: "r.txt")
        #expect(a.title == "COUNCIL APPROVES NEW FERRY TERMINAL AFTER TWO-YEAR PLANNING DISPUTE")
        #expect(a.date == "2024-06-03")
        #expect(a.paragraphs.count == 3)
        // Typesetter's hyphens go, the compound's own stays.
        #expect(a.paragraphs[0].text.contains("at the western end"))
        #expect(a.paragraphs[0].text.contains("a non-stop flow"))
        #expect(a.paragraphs[0].sourceLines.lowerBound == 11)
        // The page break cut the second paragraph in two; footer and running header are gone.
        #expect(a.paragraphs[1].text.hasSuffix("cover any overrun on the budget of 14 million euros."))
        // "2026." alone under a wrapped line is the end of a sentence, not the publication date.
        #expect(a.paragraphs[2].text.hasSuffix("in the spring of 2026."))
        let reasons = Set(a.removed.map(\.reason))
        #expect(reasons.contains("page number"))
        #expect(reasons.contains("running header of a PDF page"))
        #expect(reasons.contains("postal address"))
        #expect(!a.paragraphs.contains { $0.text.contains("Media enquiries") || $0.text == "ENDS" })
    }

    @Test func lineEndHyphens() {
        #expect(ParagraphBuilder.join(["problems with the founda-", "tions were", "well-", "Known"]) == "problems with the foundations were well- Known")
        #expect(ParagraphBuilder.join(["a self-", "made man and a part-", "time job for six-", "year-olds"]) == "a self-made man and a part-time job for six-year-olds")
        #expect(ParagraphBuilder.join(["the prose-", "cutors and the wed-", "ding guests"]) == "the prosecutors and the wedding guests")
    }

    @Test func pageNumbersAndRunningLines() {
        for line in ["Page 3 of 12", "page 4", "- 7 -", "2/5"] { #expect(PageFurniture.isPageNumber(line), "\(line)") }
        #expect(!PageFurniture.isPageNumber("Page three of the report was missing."))
        // No page number and no form feed: nothing is touched.
        var lines = SourceLine.split("Harbour District Council\n\nThe council met.")
        #expect(PageFurniture.strip(&lines).isEmpty)
    }

    @Test func embeddedPostSignatureAndPictureLink() {
        let page = """
        Ferry terminal approved after two-year fight
        By Ana Ruiz · 3 June 2024 · 4 min read

        The council approved the new ferry terminal on Monday after a dispute lasting two years and more than four hundred objections.

        Council votes 9-4 for the terminal. Cheers and some boos from the gallery. #PortEllis pic.twitter.com/Ab12Cd34
        — Tom Reyes (@tomreyes_news) June 3, 2024

        Residents opposed to the plan said they would ask the regional government to review the traffic study before work starts.

        Read more
        Ferry operators promise new routes
        Who pays for the new terminal?

        © 2024 Harbour Post
        """
        let a = ArticleLoader.parse(text: page, id: "e", path: "e.txt")
        #expect(a.paragraphs.map(\.text) == [
            "The council approved the new ferry terminal on Monday after a dispute lasting two years and more than four hundred objections.",
            "Council votes 9-4 for the terminal. Cheers and some boos from the gallery. #PortEllis",
            "Residents opposed to the plan said they would ask the regional government to review the traffic study before work starts.",
        ])
        #expect(ChromeRules.reason(for: "— Harbour Residents Group (@HarbourRes) 3 June 2024") == "signature of an embedded social post")
        // A dash and a name in prose is no signature.
        #expect(ChromeRules.reason(for: "— and then the mayor (who had said nothing) stood up.") == nil)
    }

    @Test func syndicationNoteAndOwnerSuffix() {
        #expect(ChromeRules.reason(for: "(This story has not been edited by Example Times staff and is auto-generated from a syndicated feed.)") == "syndicated-feed note")
        #expect(ChromeRules.reason(for: "(Only the headline of this report may have been reworked by our staff; the rest is auto-generated from a syndicated feed.)") == "syndicated-feed note")
        let removed = [RemovedLine(text: "Copyright © 2024 Harbour Post Pty Ltd", reason: "copyright notice", line: 40)]
        #expect(MetadataInference.outletFromCopyright(removed) == "Harbour Post")
        #expect(ChromeRules.reason(for: "FOR IMMEDIATE RELEASE") != nil)
        #expect(ChromeRules.reason(for: "-ENDS-") != nil)
        // An address in a sentence is prose.
        #expect(ChromeRules.reason(for: "The office at 12 Quay Road, Port Ellis 3021, will close in July.") == nil)
    }
}
