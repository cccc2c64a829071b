import Testing
@testable import ParallaxCore

/// The outlet read from the page's first line, and a menu that is no site name (README "Articles and
/// stories"), on pages of our own.
@Suite struct MastheadTests {
    static func outlet(_ lines: [String]) -> String? {
        ArticleLoader.parse(text: lines.joined(separator: "\n"), id: "p", path: "p.txt").outlet
    }

    static let story = [
        "Harbour ferry fares will rise by a dollar from March, the port authority said on Monday.",
        "Commuters said the service had become less reliable since the winter, and the union agreed.",
    ]

    @Test func aNameInCapitalsOverAMenuIsTheOutlet() {
        #expect(Self.outlet(["GADGETBEAT", "Reviews  News  Deals  How-To", "", "Ferry fares to rise by a dollar in March", "Ana Ruiz", "Nov 26, 2026", ""] + Self.story) == "GADGETBEAT")
        #expect(Self.outlet(["AEROTIMES", "Safety | Airlines | Airports", "", "Ferry fares to rise by a dollar in March", "Written by Ana Ruiz", ""] + Self.story) == "AEROTIMES")
    }

    @Test func aMenuOfTwoButtonsIsNoSiteName() {
        #expect(Self.outlet(["Skip to main content", "LATAM DESK   Politics   Economy   Opinion", "Sign in | Subscribe", "POLITICS",
                             "Ferry fares to rise by a dollar in March", "By Ana Ruiz", "November 28, 2026", ""] + Self.story) == "LATAM DESK")
    }

    @Test func theMastheadBeatsAMenusFirstButton() {
        #expect(Self.outlet(["THE HARBOUR DESK", "Nonprofit news for the harbour towns", "Donate    Newsletters    Events    About",
                             "Ferry fares to rise by a dollar in March", "By Ana Ruiz | November 24, 2026", ""] + Self.story) == "THE HARBOUR DESK")
    }

    @Test func anEditionNoteIsNoPartOfTheName() {
        #expect(Self.outlet(["Diario del Puerto (English edition)", "Politics", "", "Ferry fares to rise by a dollar in March",
                             "By Ana Ruiz | Nov 24, 2026", ""] + Self.story) == "Diario del Puerto")
    }

    @Test func aSectionWordOrADateOnTheFirstLineIsNoOutlet() {
        #expect(Self.outlet(["POLITICS", "", "Ferry fares to rise by a dollar in March", "By Ana Ruiz", ""] + Self.story) == nil)
    }

    @Test func aNameOverTheSectionMenuUnderACookieBannerIsTheOutlet() {
        let banner = ["We value your privacy", "We and our partners use cookies to measure traffic. You can change your choices at any time.",
                      "Accept all   Reject all   Manage options", ""]
        #expect(Self.outlet(banner + ["The Lantern", "News   Opinion   Sport   Culture   Travel", "Culture › Theatre", "",
                                      "Ferry fares to rise by a dollar in March", "", "Ana Ruiz Transport correspondent", "Tue 1 Dec 2026 09.10 GMT", ""] + Self.story) == "The Lantern")
        // A section's label over the menu names no site; nor does a menu of the site's own buttons.
        #expect(Self.outlet(banner + ["Culture", "News   Opinion   Sport   Culture   Travel", "",
                                      "Ferry fares to rise by a dollar in March", "", "Tue 1 Dec 2026 09.10 GMT", ""] + Self.story) == nil)
        #expect(Self.outlet(banner + ["Watch Live", "News   Opinion   Sport   Culture   Travel", "",
                                      "Ferry fares to rise by a dollar in March", "", "Tue 1 Dec 2026 09.10 GMT", ""] + Self.story) == nil)
        #expect(Self.outlet(banner + ["Ferry Guide", "Donate   Events   About", "",
                                      "Ferry fares to rise by a dollar in March", "", "Tue 1 Dec 2026 09.10 GMT", ""] + Self.story) == nil)
    }
}
