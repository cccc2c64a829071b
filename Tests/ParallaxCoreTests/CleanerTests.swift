import Testing
@testable import ParallaxCore

/// General page-furniture rules, on invented pages shaped like real ones (not the seeds).
@Suite struct CleanerTests {
    let story = [
        "The minister announced on Tuesday that the new bridge would open to traffic next spring, two years late.",
        "Engineers said the delay was caused by problems with the foundations, which had to be redesigned twice.",
        "\u{201C}We wanted to get it right rather than get it fast,\u{201D} the minister told reporters at the site.",
        "The project has cost 1.2 billion euros so far, about a third more than the original budget.",
        "Local businesses welcomed the news but said the years of roadworks had hurt trade badly.",
    ]

    func reasons(_ a: Article) -> [Int: String] {
        Dictionary(a.removed.map { ($0.line, $0.reason) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func removesChromeAroundAStoryAndKeepsEverySentence() {
        let page = [
            "Skip to content", "Home | World | Business | Sport | Culture", "Accept all cookies",
            "We use cookies to give you the best experience. By using this site you agree.",
            "EUROPE", "Bridge to open next spring after two-year delay", "By Ana Silva", "Published: 12 March 2024",
            "Share", "Facebook Twitter Email", "", "bridge_site_0312.JPG",
            "Workers at the bridge site last week. Photograph: Ana Silva", "Listen to this article", "4 min read", "",
            story[0], "", story[1], "", "Advertisement", "", story[2], "READ MORE: Why big projects run late", "",
            story[3], "Story continues below advertisement", story[4], "", "Sign up for our daily newsletter",
            "Follow us on Twitter", "Related Articles", "City unveils new tram plan",
            "A much longer teaser paragraph that summarises some other story in several full sentences. It goes on. And on.",
            "Comments (12)", "Leave a comment", "\u{00A9} 2024 Example Media. All rights reserved.",
        ].joined(separator: "\n")
        let a = ArticleLoader.parse(text: page, id: "p", path: "p.txt")
        #expect(a.paragraphs.map(\.text) == story)
        #expect(a.title == "Bridge to open next spring after two-year delay")
        #expect(a.byline == "Ana Silva")
        #expect(a.date == "2024-03-12")
        let r = reasons(a)
        #expect(r[1] == "site navigation")
        #expect(r[2] == "navigation menu")
        #expect(r[3]?.contains("cookie") == true)
        #expect(r[4]?.contains("cookie") == true)
        #expect(r[5] == "section label")
        #expect(r[9] == "share or social button" || r[9] == "share or social buttons")
        #expect(r[10] == "share or social buttons")
        #expect(r[12] == "image file name used as a caption")
        #expect(r[13] == "photo caption or credit")
        #expect(r[14] == "reading time or audio player")
        #expect(r[15] == "reading time or audio player")
        #expect(r[21] == "advertisement marker")
        #expect(r[24] == "link to another article")
        #expect(r[27] == "advertisement marker")
        #expect(r[32]?.hasPrefix("end of story") == true)
        for line in 33...37 { #expect(r[line]?.hasPrefix("after the end of the story") == true) }
    }

    @Test func widgetsFundingNotesPaywallsAndButtonsInTwoLanguages() {
        // Set between the paragraphs, where no end-of-story rule reaches them.
        let page = ["Bridge to open next spring after two-year delay", "By Ana Silva", "",
            story[0], "License this article", story[1], "Was this article helpful?  Yes  No", story[2],
            "This article was produced with the support of the Harbour Journalism Fund.", story[3],
            "This article is for Example Daily subscribers. Subscribe now for unlimited access.",
            "Comparte esta nota / Share this story", story[4],
            "[\u{24D2} Example Daily, unauthorized reproduction and redistribution prohibited]",
            "Sign up to our Culture newsletter", "Get the best of the week’s arts, every Friday",
        ]
        let a = ArticleLoader.parse(text: page.joined(separator: "\n"), id: "p", path: "p.txt")
        #expect(a.paragraphs.map(\.text) == story)
    }

    /// A lead under a wire dateline names its agencies the way a photo credit does ("/REUTERS"), yet it is the
    /// story; the credited captions above it still go (found on real copy).
    @Test func aWireDatelineLeadIsNoPhotoCredit() {
        let page = [
            "Bridge to open next spring after two-year delay", "",
            "The minister visits the bridge site on March 12, 2024. -- PHOTO: REUTERS", "",
            "LISBON (AFP/REUTERS) - " + story[0], "", story[1], "", story[2],
        ].joined(separator: "\n")
        let a = ArticleLoader.parse(text: page, id: "w", path: "w.txt")
        #expect(a.paragraphs.first?.text.hasPrefix("LISBON (AFP/REUTERS) - The minister announced") == true)
        #expect(reasons(a)[3] == "photo caption or credit")
        #expect(a.paragraphs.count == 3)
    }

    @Test func aSummaryBoxIsRemovedWithItsBullets() {
        let text = (["Key points", "\u{2022} Bridge opens next spring", "\u{2022} Costs are up by a third", ""] + story).joined(separator: "\n")
        let a = ArticleLoader.parse(text: text, id: "s", path: "s.txt")
        #expect(a.paragraphs.count == story.count)
        #expect(a.removed.map(\.line) == [1, 2, 3])
    }

    @Test func bulletsInTheStoryStay() {
        let text = ([story[0], "The plan includes:", "- a new tram line", "- two car parks", story[1]]).joined(separator: "\n")
        let a = ArticleLoader.parse(text: text, id: "b", path: "b.txt")
        #expect(a.paragraphs.count == 5)
        #expect(a.removed.isEmpty)
    }

    @Test func anEarlyRelatedLinkDoesNotCutTheStory() {
        let text = ([story[0], "Related: Why big projects run late", story[1], "Related Articles", story[2], story[3], story[4]]).joined(separator: "\n")
        let a = ArticleLoader.parse(text: text, id: "r", path: "r.txt")
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func aLongCommentSectionStillEndsTheStory() {
        let comment = "I have lived here for thirty years and the roadworks have been a nightmare for everyone on our street, frankly."
        let text = (story + ["Comments (45)"] + Array(repeating: comment, count: 12)).joined(separator: "\n")
        let a = ArticleLoader.parse(text: text, id: "c", path: "c.txt")
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func proseMentioningChromeWordsIsKept() {
        let lines = [
            "Google said it would stop using third-party cookies in its browser, which websites use to track users.",
            "Subscribers to the service rose by a fifth, the company said in its annual report on Monday.",
            "Share prices fell sharply after the announcement, wiping billions off the company's value.",
            "Related-party transactions were also questioned by the auditors in their report.",
        ]
        let a = ArticleLoader.parse(text: lines.joined(separator: "\n"), id: "k", path: "k.txt")
        #expect(a.paragraphs.map(\.text) == lines)
    }

    @Test func trailingHeadlineListWithoutAMarker() {
        let text = (story + ["", "Other headline about a tram plan", "", "Second unrelated headline here", "", "Third one about the weather"]).joined(separator: "\n")
        let a = ArticleLoader.parse(text: text, id: "t", path: "t.txt")
        #expect(a.paragraphs.count == story.count)
        #expect(a.removed.allSatisfy { $0.reason == "list of other headlines after the story" })
    }

    @Test func subHeadingsAreKeptAndFlagged() {
        let text = ([story[0], "", "Delays and costs", "", story[1], "", "- Next steps -", "", story[2]]).joined(separator: "\n")
        let a = ArticleLoader.parse(text: text, id: "h", path: "h.txt")
        #expect(a.paragraphs.map(\.isHeading) == [false, true, false, true, false])
        #expect(a.paragraphs[1].sentences == [Sentence(start: 0, end: 16)])
    }

    @Test func hardWrappedTextIsJoined() {
        let text = """
            The minister announced on Tuesday that the new bridge would
            open to traffic next spring, two years late. Engineers said
            the delay was caused by problems with the foundations, which
            had to be redesigned twice.

            A second paragraph of one line.
            """
        let a = ArticleLoader.parse(text: text, id: "w", path: "w.txt")
        #expect(a.paragraphs.count == 2)
        #expect(a.paragraphs[0].sourceLines == 1...4)
        #expect(a.paragraphs[0].text == "The minister announced on Tuesday that the new bridge would open to traffic next spring, two years late. Engineers said the delay was caused by problems with the foundations, which had to be redesigned twice.")
        #expect(a.paragraphs[0].sentences.count == 2)
        #expect(a.paragraphs[1].sourceLines == 6...6)
    }

    @Test func stackedShortLinesAreNotHardWrapped() {
        let text = "A headline about the new bridge opening\nBy Ana Silva, Transport Correspondent\nPublished 12 March 2024\n\n" + story.joined(separator: "\n")
        let a = ArticleLoader.parse(text: text, id: "s", path: "s.txt")
        #expect(a.title == "A headline about the new bridge opening")
        #expect(a.paragraphs.map(\.text) == story)
    }

    @Test func wrappedLinesJoinWithoutSpaceAfterAHyphen() {
        // A word broken by wrapping is joined whole (the typesetter's hyphen goes, see `Dehyphenation`; the
        // fourth blind story's PDF release); a capital after the hyphen is no broken word.
        #expect(ParagraphBuilder.join(["problems with the founda-", "tions were", "well-", "Known"]) == "problems with the foundations were well- Known")
        #expect(ParagraphBuilder.join(["a well-", "known case"]) == "a well-known case")
    }

    @Test func displayedTextIsOnlyTrimmedAndNormalisedToNFC() {
        let text = "\u{FEFF}  Cafe\u{301} owners said\u{00A0}the \u{201C}new\u{201D} rules hurt the town.\u{200B} \r\nNext line here.\r\n"
        let a = ArticleLoader.parse(text: text, id: "n", path: "n.txt")
        #expect(a.paragraphs.map(\.text) == ["Caf\u{E9} owners said\u{00A0}the \u{201C}new\u{201D} rules hurt the town.", "Next line here."])
    }
}

/// Markdown marks inside lines go (found on the second blind story's Markdown blog, README "Articles and
/// stories").
@Suite struct MarkdownMarkupTests {
    @Test func blockQuoteEmphasisAndLinksLoseTheirMarks() {
        #expect(MarkdownMarkup.stripBlockQuote("> “We were second best,” she said.") == "“We were second best,” she said.")
        #expect(MarkdownMarkup.stripBlockQuote("> > nested") == "nested")
        #expect(MarkdownMarkup.stripBlockQuote(">not a quote mark") == ">not a quote mark")
        #expect(MarkdownMarkup.stripEmphasis("The **Blues** were *that* good.") == "The Blues were that good.")
        #expect(MarkdownMarkup.stripEmphasis("*By Ann Lee | 2 May 2025*") == "By Ann Lee | 2 May 2025")
        // Lone or unpaired asterisks stay: footnotes, ratings, arithmetic.
        #expect(MarkdownMarkup.stripEmphasis("Fees apply* to 5*3 and 4 * 2.") == "Fees apply* to 5*3 and 4 * 2.")
        #expect(MarkdownMarkup.stripLinks("Read [the full report](https://example.org/r) or [reply](#c).") == "Read the full report or reply.")
        #expect(MarkdownMarkup.stripLinks("Scores [1] and [2](x y) stay.") == "Scores [1] and [2](x y) stay.")
    }

    @Test func aBlockQuotedQuoteIsWhole() {
        let text = "Cup final: a night to forget\n\nBen Ode, a former striker, put it plainly:\n\n> “This was not a team of stars, it was a team that runs for each other.”\n"
        let a = ArticleLoader.parse(text: text, id: "m", path: "m.md")
        #expect(a.paragraphs.map(\.text).last == "“This was not a team of stars, it was a team that runs for each other.”")
        let l = QuoteLedger.build(story: Story(id: "t", path: "t", articles: [a]))
        #expect(l.quotes.first?.instances.first?.partial == false)
        #expect(l.quotes.first?.instances.first?.speaker == "Ben Ode")
    }

    @Test func aLongLineOfStrayMarksStaysLinear() {
        let line = String(repeating: "*a [b ", count: 20_000)
        #expect(MarkdownMarkup.stripLinks(MarkdownMarkup.stripEmphasis(line)).count > 0)
    }
}
