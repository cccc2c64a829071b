import Testing
@testable import ParallaxCore

/// Page shapes from a second batch of real web pastes (README "Articles and stories", "Measured on real
/// pastes"), rebuilt on sentences of our own: chrome the first rules missed, credits that name the outlet,
/// sentences a paste broke at its links.
@Suite struct FreshPasteShapeTests {
    let story = [
        "The harbour authority said on Tuesday that the new ferry timetable would start in March, a month later than planned.",
        "Officials blamed the delay on a shortage of trained crew, which has already cut services on two routes this winter.",
        "“We would rather start late than cancel sailings at the last minute,” the authority’s director told reporters.",
        "Passenger groups said the change would hit commuters from the islands hardest, since they have no other way to travel.",
        "The authority expects to hire forty more crew members before the summer season, according to its annual plan.",
    ]


    func reason(_ a: Article, _ line: Int) -> String? { a.removed.first { $0.line == line }?.reason }

    @Test func aBoxOfLinksInsideTheStoryIsNoEndOfIt() {
        let after = "The authority will publish the full timetable in February, once the new crews have finished their training at sea and passed the safety checks."
        let a = pasted(["Ferry timetable delayed by a month as crew shortage bites", "", story[0], story[1], story[2], story[3], "", "More News", "",
                        "Council approves the new tram depot after a long debate", "Island school reopens after the storm repairs",
                        "Load More", "", story[4], "", after])
        #expect(a.paragraphs.map(\.text) == Array(story) + [after])
        #expect(reason(a, 8)?.hasPrefix("label for links") == true)
        #expect(reason(a, 12)?.hasPrefix("link to another article") == true)
        // Under the last paragraph, the same marker still ends the page.
        let b = pasted(["Ferry timetable delayed by a month as crew shortage bites", ""] + story + ["", "More News",
                        "Council approves the new tram depot after a long debate", "The vote came after nine hours of argument in the chamber on Monday night.",
                        "Island school reopens after the storm repairs"])
        #expect(b.paragraphs.map(\.text) == story)
        // A closed comment section ends the story too.
        let c = pasted(["Ferry timetable delayed by a month as crew shortage bites", ""] + story + ["", "Comments (4) Closed",
                        "harbourwatcher Mar 03, 2025 10:12am", "The ferries were late every day last winter and nobody did anything about it."])
        #expect(c.paragraphs.map(\.text) == story)
    }

    @Test func aSentenceBrokenAtItsLinksIsOneParagraph() {
        let a = pasted(["Ferry timetable delayed by a month as crew shortage bites", "", story[0],
                        "On Wednesday, the", "Island Passengers Association", "asked for a meeting with the director about the timetable.",
                        "Passenger numbers fell by a fifth last year, and", "weekend sailings", "were the worst affected.", "", story[1]])
        #expect(a.paragraphs.map(\.text) == [
            story[0], "On Wednesday, the Island Passengers Association asked for a meeting with the director about the timetable.",
            "Passenger numbers fell by a fifth last year, and weekend sailings were the worst affected.", story[1],
        ])
        #expect(a.paragraphs[1].sourceLines == 4...6)
        // A press release's dateline cut before its comma.
        let b = pasted(["Ferrylink Holdings names a new chief executive", "", "HARBOUR CITY",
                        ", March 3, 2025 /PRNewswire/ — Ferrylink Holdings today named Ana Ruiz as its chief executive, starting in April."])
        #expect(b.paragraphs.first?.text.hasPrefix("HARBOUR CITY, March 3, 2025 /PRNewswire/") == true)
        #expect(b.outlet == "PR Newswire")
        #expect(b.date == "2025-03-03")
        // Labels and a date line under a headline are no broken sentence.
        let c = pasted(["Ferry timetable delayed by a month as crew shortage bites", "June 18, 2025", "in BUSINESS", "", story[0]])
        #expect(c.paragraphs.map(\.text) == [story[0]])
        #expect(c.date == "2025-06-18")
    }

    @Test func moreKindsOfChromeGo() {
        let page = [
            "Alert Sign Dear reader, please turn off Adblock to support the journalism you value on this site",
            "Dear reader, please upgrade to the latest version of IE to have a better reading experience",
            "No Result", "View All Result", "Home BUSINESS", "Ferry timetable delayed by a month as crew shortage bites",
            "Kindly Share This Story:", "in BUSINESS", "0", "FacebookTwitterWhatsapp", "Your Name:", "Recipient Email:", "File photo", "",
            story[0], "• Download", "• <iframe src=\"https://player.example/embed/1\" width=\"100%\">", "• Transcript",
            story[1], "Live Events", story[2],
            "Transcripts are produced on a deadline by a contractor. This text may not be in its final form and may be revised.",
            story[3], story[4], "Media Contact:", "ana dot ruiz at example dot com", "Email us at: press@example.com",
            "Newspapers in English", "Ferries to run all night at new year Next Story",
        ]
        let a = pasted(page)
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.title == "Ferry timetable delayed by a month as crew shortage bites")
        #expect(reason(a, 1) == "browser or ad-blocker notice")
        #expect(reason(a, 2) == "browser or ad-blocker notice")
        #expect(reason(a, 5) == "breadcrumb (section path)")
        #expect(reason(a, 9) == "counter (comments or shares)")
        #expect(reason(a, 10) == "share or social buttons")
        #expect(reason(a, 11) == "e-mail form")
        #expect(reason(a, 13) == "photo caption or credit")
        #expect(reason(a, 17) == "embedded HTML code")
        #expect(reason(a, 22) == "transcript notice")
    }

    @Test func aLicencePromptAndANumberedPostAreNoHeadline() {
        let a = pasted(["Got a TV Licence?", "You need one to watch live TV on any channel or device. It’s the law.",
                        "I don’t have a TV Licence.", "1. Thank you and good evening", story[0], story[1]])
        #expect(a.title == nil)
        #expect(a.paragraphs.map(\.text) == ["1. Thank you and good evening", story[0], story[1]])
        // A glued breadcrumb ("HomeWorld…") is no paragraph, and the headline under it is found.
        let b = pasted(["HomeWorldFerry timetable delayed by a month as crew...", "",
                        "Ferry timetable delayed by a month as crew shortage bites", "-", story[0]])
        #expect(b.title == "Ferry timetable delayed by a month as crew shortage bites")
        #expect(b.paragraphs.map(\.text) == [story[0]])
        // "VIDEO:" over a headline is its kicker, not a caption's label.
        let c = pasted(["VIDEO: Island Passengers Protest at the Harbour Over the New Ferry Timetable", "", story[0]])
        #expect(c.title == "VIDEO: Island Passengers Protest at the Harbour Over the New Ferry Timetable")
    }

    @Test func creditsThatNameTheOutlet() {
        func meta(_ above: [String], _ below: [String] = []) -> Article {
            pasted(above + [""] + story + below)
        }
        let headline = "Ferry timetable delayed by a month as crew shortage bites"
        var a = meta([headline, "Harbour Wire by Press Trust of India", "June 18, 2025"])
        #expect(a.outlet == "PTI")
        #expect(a.byline == "Press Trust of India")
        a = meta([headline, "Press Trust of India Portville (Hbr)"])
        #expect(a.outlet == "PTI")
        a = meta([headline, "From Bloomberg News"])
        #expect(a.outlet == "Bloomberg")
        a = meta(["Top stories Weather Traffic Best rates this month", "MONEY", headline, "Jane Roe, Harbour Today"])
        #expect(a.title == headline)
        #expect(a.byline == "Jane Roe")
        #expect(a.outlet == "Harbour Today")
        a = meta([headline, "- Jane Roe @janeroe Harbour Today"])
        #expect(a.byline == "Jane Roe")
        #expect(a.outlet == "Harbour Today")
        a = meta([headline, "Harbour Times4 days ago"])
        #expect(a.outlet == "Harbour Times")
        a = meta([headline, "Staff Writer", "The Portville News"])
        #expect(a.outlet == "The Portville News")
        a = meta([headline + " – Harbour News"])
        #expect(a.title == headline)
        #expect(a.outlet == "Harbour News")
        a = meta([headline + " | World news"])
        #expect(a.title == headline)
        #expect(a.outlet == nil)
        // A lone agency line under the standfirst, and one closing a paragraph.
        a = pasted([headline, "", "But the authority says the summer timetable is not at risk.", "Reuters", story[0], story[1]])
        #expect(a.outlet == "Reuters")
        #expect(a.paragraphs.map(\.text) == ["But the authority says the summer timetable is not at risk.", story[0], story[1]])
        a = pasted([headline, "", story[0], story[1] + " (NAN)"])
        #expect(a.outlet == "NAN")
        #expect(a.paragraphs.last?.text == story[1])
        // The site signing off under the story, a source note, a print-edition note.
        a = meta([headline], ["Portville News Nigeria"])
        #expect(a.outlet == "Portville News Nigeria")
        #expect(a.paragraphs.map(\.text) == story)
        a = meta([headline], ["Source: The Portville Herald https://portvilleherald.example/ferries"])
        #expect(a.outlet == "The Portville Herald")
        a = meta([headline], ["Published in Harbourline, September 22nd, 2014"])
        #expect(a.outlet == "Harbourline")
        #expect(a.date == "2014-09-22")
        // A feed's label names no outlet.
        a = meta(["Live news stream", headline])
        #expect(a.outlet == nil)
    }

    @Test func bylinesLoseWhatIsPrintedBesideTheName() {
        func byline(_ line: String) -> Article {
            pasted(["Ferry timetable delayed by a month as crew shortage bites", line, ""] + story)
        }
        #expect(byline("By Jane RoeTransport reporter").byline == "Jane Roe")
        #expect(byline("By Amaka Obi – Portville").byline == "Amaka Obi")
        let wire = byline("By Jane Roe Associated Press")
        #expect(wire.byline == "Jane Roe")
        #expect(wire.outlet == "AP")
        let portal = byline("By portvillenews.example | Edited by Jane Roe, Portville News")
        #expect(portal.byline == "portvillenews.example")
        #expect(portal.outlet == "portvillenews.example")
        // A name read off a date line yields to the "By" line under it.
        let a = pasted(["Ferry timetable delayed by a month as crew shortage bites", "PortWatch - Sun, 04/30/2017 - 08:29",
                        "By Jane Roe", ""] + story)
        #expect(a.byline == "Jane Roe")
        #expect(a.date == "2017-04-30")
        let b = pasted(["Harbour News 2024-07-05 08:07:23", "", "Ferry timetable delayed by a month as crew shortage bites",
                        "By Jane RoeTransport reporter", ""] + story)
        #expect(b.byline == "Jane Roe")
        #expect(b.date == "2024-07-05")
    }

    @Test func theStorysDateBeatsTheMastheadsDay() {
        let a = pasted(["Monday, December 22, 2025", "Harbour Images - Latest News Update", "",
                        "Ferry timetable delayed by a month as crew shortage bites", "June 18, 2025", ""] + story)
        #expect(a.date == "2025-06-18")
        #expect(a.title == "Ferry timetable delayed by a month as crew shortage bites")
        let b = pasted(["HARBOURLINE.COM", "Today's Paper | May 23, 2024", "Published 22 Sep, 2014 06:27am",
                        "Ferry timetable delayed by a month as crew shortage bites", ""] + story)
        #expect(b.date == "2014-09-22")
        #expect(b.byline == nil)
    }

    @Test func anAttributionAfterAnExclaimedQuoteEndsNoSentence() {
        let one = SentenceSplitter.split("“We will not stand for this nonsense!” Okafor stated.")
        #expect(one.count == 1)
        let asked = SentenceSplitter.split("“Who approved this timetable?” Councillor Ana Ruiz asked the director.")
        #expect(asked.count == 1)
        // A new sentence after the quote still starts one.
        let two = SentenceSplitter.split("“Stop the sailings!” The crowd repeated it for an hour.")
        #expect(two.count == 2)
    }

    @Test func anEmbeddedPostLosesItsSignatureAndItsLink() {
        let a = pasted(["Ferry timetable delayed by a month as crew shortage bites", "", story[0],
                        "Sad news for the islands today. https://t.co/Ab12Cd — Jane Roe (@janeroe) March 3, 2025", story[1]])
        #expect(a.paragraphs[1].text == "Sad news for the islands today.")
    }
}

/// Shapes from the sixth blind story's first run (`/work/notes/blind6-findings.md`) and the lead's notes on
/// real copy, on pages of our own.
@Suite struct ObituaryAndEmbedShapeTests {
    let lead = "Ana Ruiz, who has died aged 88, wrote the harbour songs that every choir on the coast still sings at new year."
    let second = "She was born in Portville in 1938, the daughter of a ferry pilot, and began writing music at the age of nine."

    @Test func headlineStandfirstNameAndDateOfAnObituary() {
        let a = ArticleLoader.parse(text: """
            Obituaries › Music
            Ana Ruiz obituary
            Songwriter whose harbour carols became a coastal standard, and whose film theme sold soap for a generation
            Tom Aske
            Mon 23 Nov 2026 18.30 GMT

            \(lead)
            \(second)

            Born: Ana Maria Ruiz, 3 March 1938, Portville
            Died: 22 November 2026, Portville
            Married: Li Wei, 1962 (died 2011)
            """, id: "o", path: "o.txt")
        #expect(a.title == "Ana Ruiz obituary")
        #expect(a.byline == "Tom Aske")
        #expect(a.date == "2026-11-23")
        // The fact box stays: its names are the story's people, and "Died:" is no byline.
        #expect(a.paragraphs.map(\.text).suffix(3) == ["Born: Ana Maria Ruiz, 3 March 1938, Portville", "Died: 22 November 2026, Portville",
                                                        "Married: Li Wei, 1962 (died 2011)"])
        // A job title over the date line is no name.
        let b = ArticleLoader.parse(text: "Harbour songwriter dies at 88 after a short illness\nTom Aske\nCourts Reporter\nMarch 28, 2024 — 3:47pm\n\n\(lead)",
                                    id: "b", path: "b.txt")
        #expect(b.byline == "Tom Aske")
    }

    @Test func embedFramesCalloutsContributorsAndMoreLabels() {
        let a = ArticleLoader.parse(text: """
            Harbour songwriter Ana Ruiz dies at 88

            \(lead)

            View this post on Instagram
            She taught me to sing as if the sea were listening. Thank you for everything.
            A post shared by Li Wei (@liweisings)

            The lifeboat crew posted a short message on X.

            Fair winds, Ana. The town will sing for you on the quay this Saturday.
            — Portville Lifeboat (@PortvilleLifeboat) November 23, 2026

            \(second)

            If you have a memory of Ana you'd like to share, email newsroom@harbour.example or call the studio on 01947 000000.

            ___

            Obituaries writer Tom Aske contributed to this report from London.

            MORE OBITUARIES
            Harbour master who ran the port for forty years dies at 91
            Former ferry captain Li Wei dies at 77
            """, id: "e", path: "e.txt")
        #expect(a.paragraphs.map(\.text) == [
            lead, "She taught me to sing as if the sea were listening. Thank you for everything.",
            "The lifeboat crew posted a short message on X.", "Fair winds, Ana. The town will sing for you on the quay this Saturday.", second,
        ])
        // A sub-heading in capitals over a paragraph is no label for links.
        let b = ArticleLoader.parse(text: """
            Harbour songwriter Ana Ruiz dies at 88

            \(lead)
            \(second)
            MORE DELAYS
            The quay concert planned for Saturday has been moved to Sunday because of the forecast storm, the council said.
            """, id: "m", path: "m.txt")
        #expect(b.paragraphs.last?.text.hasPrefix("The quay concert") == true)
    }

    @Test func questionHeadlinesAndAWireOpeningWithItsAgency() {
        let a = ArticleLoader.parse(text: """
            Is the Harbour Ferry Running Out of Crew Before the Summer?

            (Reuters) - The harbour authority said on Tuesday that the new ferry timetable would start in March, a month later than planned.
            \(lead)
            """, id: "q", path: "q.txt")
        #expect(a.title == "Is the Harbour Ferry Running Out of Crew Before the Summer?")
        #expect(a.outlet == "Reuters")
        let b = ArticleLoader.parse(text: """
            Why did the harbour authority cut the winter ferry timetable again this year?
            By Tom Aske - bio | email

            \(lead)
            """, id: "w", path: "w.txt")
        #expect(b.title == "Why did the harbour authority cut the winter ferry timetable again this year?")
        #expect(b.byline == "Tom Aske")
        // A question opening the story stays its first sentence.
        let c = ArticleLoader.parse(text: "Ferry timetable cut again\n\nWhy did the harbour authority cut the winter ferry timetable again this year?\n\(lead)",
                                    id: "c", path: "c.txt")
        #expect(c.paragraphs.count == 2)
    }
}

/// Shapes from the five pastes held out for the blind figure after the fixes (README "Measured on real
/// pastes"), found on that count and fixed after it, on pages of our own.
@Suite struct HeldOutPasteShapeTests {
    let lead = "The district court fined a driver 120 euros on Tuesday after he pleaded guilty to speeding near the harbour."
    let second = "Of the forty people listed for speeding that day, twelve were fined and the rest were struck out or adjourned."

    @Test func aNameWithATitleUnderTheHeadlineIsACaption() {
        let a = ArticleLoader.parse(text: "Harbour judge surprised as driver simply pleads guilty\n\nJudge Ana Ruiz\n\n\(lead)\n\(second)", id: "j", path: "j.txt")
        #expect(a.byline == nil)
        #expect(a.paragraphs.map(\.text) == [lead, second])
    }

    @Test func theAgencyAndTheDayAfterTheButtons() {
        let a = ArticleLoader.parse(text: "Harbour court fines forty drivers in one sitting\n\n0 Comment(s)Print E-mail Xinhua, January 2, 2020\nAdjust font size:\n\n\(lead)",
                                    id: "x", path: "x.txt")
        #expect(a.outlet == "Xinhua")
        #expect(a.date == "2020-01-02")
    }

    @Test func tagsAndAFeedLinkCloseThePage() {
        let a = ArticleLoader.parse(text: "Harbour court fines forty drivers in one sitting\n\n\(lead)\n\(second)\n\nTagged as\n\nLeave a Comment", id: "t", path: "t.txt")
        #expect(a.paragraphs.map(\.text) == [lead, second])
        let b = ArticleLoader.parse(text: "Press Release\nMay 3, 2009\n\nStatement on the harbour court's ruling\n\n\(lead)\n\(second)\n\nNews Latest News Feed",
                                    id: "n", path: "n.txt")
        #expect(b.byline == nil)
        #expect(b.paragraphs.map(\.text) == [lead, second])
    }
}

/// A football round-up's match headings (from the held-out count): results over each report, not captions or links.
@Suite struct RoundUpHeadingTests {
    @Test func resultHeadingsStay() {
        let a = ArticleLoader.parse(text: """
            League round-up: Portville strike late to beat Harbour Town

            Portville go top; Harbour Town fall to a third defeat in a row

            League One: Portville 3 Harbour Town 2

            Portville came from behind to beat Harbour Town 3-2 in a thrilling derby on Saturday afternoon at the quay.

            READ MORE

            Riverside 6 Northgate 1

            Riverside scored four times in the first half and went top of the table with their biggest win of the season.
            """, id: "r", path: "r.txt")
        #expect(a.paragraphs.map(\.text) == [
            "League One: Portville 3 Harbour Town 2",
            "Portville came from behind to beat Harbour Town 3-2 in a thrilling derby on Saturday afternoon at the quay.",
            "Riverside 6 Northgate 1",
            "Riverside scored four times in the first half and went top of the table with their biggest win of the season.",
        ])
    }
}
