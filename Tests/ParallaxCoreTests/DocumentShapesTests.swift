import Testing
@testable import ParallaxCore

/// Whole-document shapes of our own: a page pasted twice, a report's footnote marks and its notes, a
/// government page's labelled facts.
@Suite struct DocumentShapesTests {
    func reason(_ a: Article, _ text: String) -> String? { a.removed.first { $0.text == text }?.reason }

    let page = [
        "The Oxley Recorder", "Swimming pool to close for a year of repairs", "By Harriet Colquhoun", "Tues 1 December 2026, 7:45am",
        "The town's only public swimming pool will close in January for a year while its roof and boilers are replaced.",
        "The leisure trust said the work would cost £4.1m and that swimmers would be offered sessions at a school pool in the meantime.",
        "Club members said they had been warned about the roof for more than five years before anything was done.",
    ]

    @Test func aPagePastedTwiceKeepsOneCopy() {
        let a = pasted(page + page)
        #expect(a.title == "Swimming pool to close for a year of repairs")
        #expect(a.byline == "Harriet Colquhoun")
        #expect(a.date == "2026-12-01")
        #expect(a.paragraphs.map(\.text) == Array(page.suffix(3)))
        #expect(a.removed.contains { $0.text == "The Oxley Recorder" && $0.reason == "second copy of the page (pasted twice)" })
    }

    @Test func oneRepeatedSentenceIsNoSecondCopy() {
        let line = "The leisure trust said the work would cost £4.1m and that swimmers would be offered sessions at a school pool in the meantime."
        let a = pasted(page + ["Swimmers were told on Monday.", line])
        #expect(a.paragraphs.map(\.text).filter { $0 == line }.count == 2)
    }

    @Test func footnoteMarksAndTheNotesUnderTheTextGo() {
        let a = pasted([
            "Why ferry fares rose faster than wages", "Dr Lowenna Pascoe", "1st Dec 2026",
            "Between 2019 and 2026 the average ferry fare rose by 41%, against wage growth of 24% over the same period.[1] Season tickets rose less.",
            "Fuel does not explain the gap, since fuel costs have fallen back to their 2019 level in real terms.[2]",
            "Notes", "[1] Island Statistics Office, Fares index, table 2.", "[2] Operators' cost survey 2026, p. 7.",
        ])
        #expect(a.byline == "Dr Lowenna Pascoe")
        #expect(a.paragraphs.map(\.text) == [
            "Between 2019 and 2026 the average ferry fare rose by 41%, against wage growth of 24% over the same period. Season tickets rose less.",
            "Fuel does not explain the gap, since fuel costs have fallen back to their 2019 level in real terms.",
        ])
        #expect(reason(a, "Notes") == "notes (heading)")
    }

    @Test func aCitationInBracketsAfterASpaceStays() {
        let a = pasted(["Court rules on the harbour wall", "By Jane Trevail", "30 November 2026",
                        "The judgment, reported as [2026] EWHC 3120 (KB), says the council had no power to close the path.",
                        "The council said it would read the judgment carefully before deciding whether to appeal."])
        #expect(a.paragraphs.first?.text == "The judgment, reported as [2026] EWHC 3120 (KB), says the council had no power to close the path.")
    }

    @Test func aGovernmentPagesLabelledFactsGo() {
        let a = pasted([
            "GOV.WM", "Speech", "Ports minister's speech to the harbour masters' conference",
            "The ports minister sets out the plan for new harbour walls.",
            "From:", "Department for Ports and The Rt Hon Ceri Blackmore MP", "Published", "26 November 2026",
            "Delivered on:", "25 November 2026 (Transcript of the speech, exactly as it was delivered)",
            "Good morning, and thank you for having me at the conference again this year.",
            "We will fund new walls at six harbours over the next four years, starting with the two most at risk.",
        ])
        #expect(a.date == "2026-11-26")
        #expect(reason(a, "From:") == "page label")
        #expect(reason(a, "Department for Ports and The Rt Hon Ceri Blackmore MP") == "page fact (after “From:”)")
        #expect(reason(a, "25 November 2026 (Transcript of the speech, exactly as it was delivered)") == "page fact (after “Delivered on:”)")
        #expect(a.paragraphs.last?.text == "We will fund new walls at six harbours over the next four years, starting with the two most at risk.")
    }
}
