import Testing
@testable import ParallaxCore

/// A volunteer site on a blog platform: its name, its tagline under it and over its menu, a post line ("Posted on 3
/// March 2026 by Harbour News Team · Local News, Transport") and the post's title under it. The tagline is no headline,
/// the post line gives the date and the writer, and the title under it is the headline. A masthead that runs on the
/// copyright owner's name ("Quayside Brief" over "© 2026 Quayside Media Ltd") is the outlet in full. Pages of our own.
@Suite struct BlogPostHeaderTests {
    static let story = [
        "Villagers in Ardmore heard the foghorn long before they saw the ferry come round the point on Tuesday morning.",
        "The Greystone Ferries sailing had left the island at 08:10 and reached the harbour shortly after ten.",
    ]

    @Test func theTaglineIsNoHeadlineAndThePostLineGivesDateAndWriter() {
        let a = pasted(["Ardmore & District Community News", "Run by volunteers for Ardmore, Kilbride and Sallow since 2011", "",
                        "Home   Local News   What's On   Clubs & Groups   Contact Us", "",
                        "Posted on 3 March 2026 by Harbour News Team · Local News, Transport", "",
                        "Fog ferry limps into Ardmore harbour two hours late", ""] + Self.story)
        #expect(a.title == "Fog ferry limps into Ardmore harbour two hours late")
        #expect(a.date == "2026-03-03")
        #expect(a.byline == "Harbour News Team")
        #expect(a.paragraphs.map(\.text) == Self.story)
        #expect(MetadataInference.dateLine("Posted on 3 March 2026 by Jane Roe")?.name == "Jane Roe")
        // a sentence with a date and "by" stays no date line
        #expect(MetadataInference.dateLine("The ferry was posted on 3 March 2026 by the harbour office to every resident in Ardmore and Kilbride.") == nil)
    }

    @Test func aMastheadRunningOnTheCopyrightOwnersNameIsTheOutlet() {
        let a = pasted(["Quayside Brief", "Ferries · Ports · Safety · Data", "Subscribe   Log in", "",
                        "Greystone ferry reaches Ardmore after fog delay", "", "By Ana Ruiz | 3 March 2026 16:05", ""] + Self.story
                       + ["", "Subscribe   Advertise   Contact", "© 2026 Quayside Media Ltd"])
        #expect(a.outlet == "Quayside Brief")
    }
}
