import Testing
@testable import ParallaxCore

/// Outlet, byline and date of pastes without a header, from the third blind story's kinds of page
/// (README "Articles and stories"), on pages of our own.
@Suite struct PasteMetadataTests {
    @Test func bylineWithTheOutletAfterAComma() {
        let page = """
        Council holds its rescheduled meeting under tight security

        By: Dana Kolb, Mesa Eyewitness News 7

        Thursday night's council meeting was much calmer than Monday's, when protesters took over the chamber.
        """
        let a = ArticleLoader.parse(text: page, id: "k", path: "k.txt")
        #expect(a.byline == "Dana Kolb")
        #expect(a.outlet == "Mesa Eyewitness News 7")
        // A job title after the comma is no part of the byline, and names no outlet.
        let b = ArticleLoader.parse(text: page.replacingOccurrences(of: "Mesa Eyewitness News 7", with: "Chief Politics Writer"), id: "k", path: "k.txt")
        #expect(b.byline == "Dana Kolb")
        #expect(b.outlet == nil)
    }

    @Test func liveBlogMenuBrandAndReporterPair() {
        let page = """
        Harbourlight | News | Weather | Travel | Live
        LIVE
        Storm Ida reaches the coast: ferries cancelled and roads closed - as it happened
        Updated 12 March 2025, 18:02 GMT
        Ana Ruiz and Li Wei

        09:31 GMT
        Good morning. Storm Ida is expected to reach the coast before noon, with gusts of up to 80mph forecast.

        09:40 GMT
        All ferries from the north harbour have been cancelled for the rest of the day, the operator said.
        """
        let a = ArticleLoader.parse(text: page, id: "l", path: "l.txt")
        #expect(a.outlet == "Harbourlight")
        #expect(a.byline == "Ana Ruiz and Li Wei")
        #expect(a.date == "2025-03-12")
        #expect(MetadataInference.isNameList("Ana Ruiz, Li Wei and Sam Cole"))
        #expect(!MetadataInference.isNameList("Ferries and roads"))
        #expect(!MetadataInference.isNameList("Xi Jinping"))
        // A menu that opens with a section names no site.
        let removed = [RemovedLine(text: "Home | News | Sport", reason: "navigation menu", line: 1)]
        #expect(MetadataInference.outletFromMenu(removed) == nil)
        #expect(MetadataInference.outletFromMenu([RemovedLine(text: "Harbourlight | News", reason: "navigation menu", line: 9)]) == nil,
                "a menu further down the page is not the masthead")
    }

    @Test func wireDatelineDayTakesTheCopyrightYear() {
        let page = """
        UPDATE 1-Harbour reopens after storm

        By Ana Ruiz

        OSLO, Mar 14 (Fjordwire) - The north harbour reopened on Friday after two days of storm damage repairs.

        Crews cleared the last of the debris overnight, the port authority said.

        (c) 2025 Fjordwire. All rights reserved.
        """
        let a = ArticleLoader.parse(text: page, id: "w", path: "w.txt")
        #expect(a.date == "2025-03-14")
        #expect(a.outlet == "Fjordwire")
        #expect(DateParser.monthDay(in: "OSLO, Mar 14") ?? (0, 0) == (3, 14))
        #expect(DateParser.monthDay(in: "14 March") ?? (0, 0) == (3, 14))
        #expect(DateParser.monthDay(in: "Mar 14, 2025") == nil, "a full date is DateParser.find's")
        // A copyright range gives no single year.
        #expect(MetadataInference.copyrightYear([RemovedLine(text: "© 2019–2025 Fjordwire", reason: "copyright", line: 1)]) == nil)
    }

    @Test func reporterNoteWithContactIsChrome() {
        for line in ["Jane Roe covers science and higher education for The Chronicle. Email: jroe@chronicle.example",
                     "Sam Cole is a staff writer at the Valley Post. Reach him at scole@valleypost.example or follow him on X.",
                     "Li Wei reports on energy for Harbourlight. Contact her at 555-0100."] {
            #expect(ChromeRules.reason(for: line) == "author note with contact", "\(line)")
        }
        // A report about a journalist is the story, not a note about its writer.
        #expect(ChromeRules.reason(for: "Jane Roe covers the trial for a local radio station and was in court on Monday.") == nil)
        #expect(ChromeRules.reason(for: "Evan Gershkovich is a reporter for the Wall Street Journal who was detained in 2023.") == nil)
    }

    /// A wire no list of agencies knows signs its copy alone under the byline and again in the lead's
    /// dateline; the dateline vouches that the word is the wire's name.
    @Test func wireNamedAloneAndInTheDateline() {
        let page = """
        Ferry operators agree winter timetable after two-week standoff
        By MARTA LINDEN
        Tidewire

        OSTHAMN, Veldmark (Tidewire) — The two ferry companies serving the Veldmark islands agreed on Tuesday to run a shared winter timetable.

        The deal ends a standoff that left some islands without a crossing for four days.
        """
        let a = ArticleLoader.parse(text: page, id: "w", path: "w.txt")
        #expect(a.outlet == "Tidewire")
        #expect(a.byline == "MARTA LINDEN")
        #expect(a.paragraphs.first?.text.hasPrefix("OSTHAMN") == true)
        // Without the dateline the lone word proves nothing and names no outlet.
        let b = ArticleLoader.parse(text: page.replacingOccurrences(of: "OSTHAMN, Veldmark (Tidewire) — ", with: ""), id: "w", path: "w.txt")
        #expect(b.outlet == nil)
    }
}
