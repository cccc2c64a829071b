import Testing
@testable import ParallaxCore

/// Page furniture of kinds met on the tenth round of blind pastes, of our own: a sign-up box's form lines, a
/// script widget's placeholder, a live page's post ages, a cached copy's banner, a site's edition in another
/// language, a dated clarification, a report's running header beside its page number, a reporter's name over
/// the place line.
@Suite struct PageWidgetsAndEditionsTests {
    func reason(_ a: Article, _ text: String) -> String? { a.removed.first { $0.text == text }?.reason }

    let body = [
        "Police are searching for the driver of a grey van that hit a boy on Harton Road and drove off without stopping.",
        "The boy was taken to hospital with injuries to his legs that are not thought to be life-threatening.",
        "Witnesses said the van, which had a damaged bumper, was travelling towards the town centre.",
    ]

    @Test func aSignUpBoxsFormLinesGo() {
        let box = ["Sign up to our daily newsletter", "Enter your email", "Sign up", "Thank you for subscribing!", "We have more newsletters",
                   "Show me", "Invalid email", "Something went wrong, please try again later."]
        let a = pasted(["Boy hurt as van driver flees crash scene", "By Callum Ridley", "28 November 2026", body[0], body[1]] + box + [body[2]])
        #expect(a.paragraphs.map(\.text) == body)
    }

    @Test func aLivePagesWidgetsAndPostAgesGo() {
        for line in ["Please turn on JavaScript to use this feature", "13m ago", "1h ago", "Updated at 12.55 GMT"] {
            #expect(ChromeRules.reason(for: line) != nil, "\(line)")
        }
    }

    @Test func aLivePagesHeadlineStandsOverItsStandfirstAndReporters() {
        let a = pasted(["Sign in", "The Clarion", "News", "Opinion", "Sport", "Storm Ilse live: thousands without power as gusts hit the coast",
                        "Amber wind warning until 6pm; ferries cancelled; rail lines closed by fallen trees",
                        "Tom Ellery (now) and Nasrin Qadir (earlier)", "Sat 28 Nov 2026 14.05 GMT"] + body)
        #expect(a.title == "Storm Ilse live: thousands without power as gusts hit the coast")
        #expect(a.outlet == "The Clarion")
        #expect(a.byline == "Tom Ellery (now) and Nasrin Qadir (earlier)")
    }

    @Test func aCachedCopysBannerGoes() {
        let a = pasted(["This is Google's cache of https://www.example.com/amp/story. It is a snapshot of the page as it appeared on 29 Nov 2026 21:14:08 GMT. The current page could have changed in the meantime. Learn more.",
                        "Full version", "Text-only version", "View source",
                        "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.",
                        "The Harton Times", "Boy hurt as van driver flees crash scene", "By Callum Ridley", "Nov. 28, 2026"] + body)
        #expect(a.title == "Boy hurt as van driver flees crash scene")
        #expect(a.paragraphs.map(\.text) == body)
    }

    @Test func anEnglishEditionNamesItsSiteAndItsDate() {
        let a = pasted(["Folha do Litoral", "English edition", "Leia em português", "Boy hurt as van driver flees crash scene",
                        "27.nov.2026 at 15h40", "Joana Ribeiro dos Santos", "Santos"] + body
                      + ["Translated by Paulo Mendes", "Read the original in Portuguese", "Folha do Litoral's journalism depends on subscribers. Subscribe"])
        #expect(a.outlet == "Folha do Litoral")
        #expect(a.date == "2026-11-27")
        #expect(a.byline == "Joana Ribeiro dos Santos")
        #expect(a.paragraphs.map(\.text) == body)
    }

    @Test func aDatedClarificationGoes() {
        let note = "Clarification, Nov. 28: This story has been updated to make clear where the estimate came from."
        #expect(ChromeRules.reason(for: note) == "editor's note or correction")
        #expect(ChromeRules.reason(for: "Correction (29 November 2026): An earlier version gave the wrong age.") == "editor's note or correction")
    }

    @Test func aSectionOfNewsAndAppealsIsNoOutlet() {
        #expect(MetadataInference.isGenericLabel("News and appeals"))
    }

    @Test func aRunningHeaderBesideItsPageNumberGoes() {
        let a = pasted(["Report on an unannounced inspection of HMP Harton", "Published 30 November 2026",
                        body[0], body[1], "", "HMP Harton                                   Page 3 of 48", "Report on an unannounced inspection", "", body[2]])
        #expect(a.paragraphs.map(\.text) == body)
    }

    @Test func aMagazinesIssueNoteNamesItOverALabelInCapitals() {
        let a = pasted(["THE LONG READ", "The van driver who never stopped", "Words by Callum Ridley", "November 29, 2026"] + body
                        + ["This article appears in the December issue of Northern Life. Subscribe here."])
        #expect(a.outlet == "Northern Life")
    }
}
