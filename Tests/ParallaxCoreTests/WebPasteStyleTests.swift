import Testing
@testable import ParallaxCore

/// Page shapes of common news sites, with invented text, to keep the rules general: each must come out
/// as its headline, byline, date and story paragraphs only.
@Suite struct WebPasteStyleTests {
    @Test func broadcasterStyleTeasersAndPromotionsBetweenParagraphs() {
        let a = ArticleLoader.parse(text: """
            Harbour crane collapse: inquiry finds no fault with the operator

            The inquiry into the collapse of a harbour crane in March has found no fault with the operator, it said on Tuesday.

            Crane operator cleared of blame in harbour collapse
            What we know about the harbour crane inquiry
            The report blamed a cracked weld that had been missed at two inspections.

            Read more stories from the north coast
            Listen to the latest news from the north coast on Coast Sounds
            Watch the full statement (Video)

            Propaganda vs reality

            The harbour authority said it would inspect every crane before the summer.
            """, id: "b", path: "b.txt")
        #expect(a.paragraphs.map(\.text) == [
            "The inquiry into the collapse of a harbour crane in March has found no fault with the operator, it said on Tuesday.",
            "The report blamed a cracked weld that had been missed at two inspections.",
            "Propaganda vs reality",
            "The harbour authority said it would inspect every crane before the summer.",
        ])
        #expect(a.paragraphs[2].isHeading)
        #expect(a.removed.map(\.reason).filter { $0.hasPrefix("links to other stories") }.count == 2)
        #expect(a.removed.map(\.reason).filter { $0 == "promotion of other coverage" }.count == 3)
    }

    @Test func sentenceBrokenByABlankLineIsOneParagraph() {
        let a = ArticleLoader.parse(text: """
            My comments at the party leaders meeting were distorted, says the prime minister

            Prime Minister Tavi Renholm, speaking about the arson attack on his home yesterday, said comments made by him at the

            party leaders meeting on Saturday had been distorted by some politicians and media.

            The Prime Minister said he had called the head of a television station three times.
            """, id: "b", path: "b.txt")
        #expect(a.paragraphs.count == 2)
        #expect(a.paragraphs.first?.text.hasSuffix("at the party leaders meeting on Saturday had been distorted by some politicians and media.") == true)
        #expect(a.removed.allSatisfy { !$0.reason.hasPrefix("caption") })
    }

    @Test func reutersStyle() {
        let a = ArticleLoader.parse(text: """
            World
            Harbour city council approves new tram line after long debate
            By Maria Lopez and Tom Wright
            November 3, 20253:15 AM GMT+9Updated 2 hours ago
            [1/3] Council members vote on the tram plan in the city hall, November 2, 2025. REUTERS/John Smith/Pool Purchase Licensing Rights, opens new tab
            PORTVILLE, Nov 3 (Reuters) - The city council approved a new tram line on Monday after a debate that lasted more than nine hours, officials said.
            The line will link the harbour with the university district and is due to open in 2028, the mayor told reporters.
            "This is the biggest investment in public transport for a generation," Mayor Ana Costa said.
            Opponents said the cost, estimated at 1.4 billion euros, was too high for a city of its size.
            Reporting by Maria Lopez; Editing by Tom Wright
            Our Standards: The Thomson Reuters Trust Principles., opens new tab
            Suggested Topics:
            Europe
            """, id: "reuters", path: "reuters.txt")
        #expect(a.title == "Harbour city council approves new tram line after long debate")
        #expect(a.byline == "Maria Lopez and Tom Wright")
        #expect(a.date == "2025-11-03")
        #expect(a.outlet == "Reuters")
        #expect(a.paragraphs.count == 4)
        #expect(a.paragraphs.allSatisfy { !$0.isHeading })
    }

    @Test func bbcStyle() {
        let a = ArticleLoader.parse(text: """
            Harbour city approves tram line after nine-hour debate
            2 hours ago
            Share
            Save
            Maria Lopez
            Transport correspondent
            Reporting from Portville
            Getty Images
            Council members during the vote on Monday
            The city council approved a new tram line on Monday after a debate that lasted more than nine hours.
            The line will link the harbour with the university district and is due to open in 2028.
            "This is the biggest investment in public transport for a generation," Mayor Ana Costa said.
            More on this story
            Why trams are back in fashion
            Related topics
            Portville
            Transport
            """, id: "bbc", path: "bbc.txt")
        #expect(a.title == "Harbour city approves tram line after nine-hour debate")
        #expect(a.byline == "Maria Lopez")
        #expect(a.date == nil)
        #expect(a.outlet == nil)
        #expect(a.paragraphs.count == 3)
        #expect(a.paragraphs.allSatisfy { !$0.isHeading })
    }

    @Test func guardianStyle() {
        let a = ArticleLoader.parse(text: """
            Portville
            This article is more than 1 month old
            Harbour city approves tram line after nine-hour debate
            Mayor hails biggest transport investment in a generation as critics warn of cost
            Maria Lopez in Portville
            Mon 3 Nov 2025 05.00 GMT
            Share
            The city council approved a new tram line on Monday after a debate that lasted more than nine hours.

            The line will link the harbour with the university district and is due to open in 2028.

            Explore more on these topics
            Portville
            Transport
            Europe
            Share
            Reuse this content
            """, id: "guardian", path: "guardian.txt")
        #expect(a.title == "Harbour city approves tram line after nine-hour debate")
        #expect(a.byline == "Maria Lopez")
        #expect(a.date == "2025-11-03")
        #expect(a.outlet == nil)
        #expect(a.paragraphs.count == 2)
        #expect(a.paragraphs.allSatisfy { !$0.isHeading })
    }

    @Test func cnnStyle() {
        let a = ArticleLoader.parse(text: """
            Harbour city approves tram line after nine-hour debate
            By Maria Lopez, CNN
            Updated 5:00 AM EST, Mon November 3, 2025
            Portville
            CNN
             — 
            The city council approved a new tram line on Monday after a debate that lasted more than nine hours.
            The line will link the harbour with the university district and is due to open in 2028.
            """, id: "cnn", path: "cnn.txt")
        #expect(a.title == "Harbour city approves tram line after nine-hour debate")
        #expect(a.byline == "Maria Lopez, CNN")
        #expect(a.date == "2025-11-03")
        #expect(a.outlet == "CNN")
        #expect(a.paragraphs.count == 2)
        #expect(a.paragraphs.allSatisfy { !$0.isHeading })
    }

    @Test func nytStyle() {
        let a = ArticleLoader.parse(text: """
            Advertisement
            SKIP ADVERTISEMENT
            Supported by
            Harbour City Approves Tram Line After Nine-Hour Debate
            The mayor called it the biggest transport investment in a generation. Critics said the city could not afford it.
            Listen to this article · 5:32 min Learn more
            Share full article
            By Maria Lopez
            Reporting from Portville
            Nov. 3, 2025
            The city council approved a new tram line on Monday after a debate that lasted more than nine hours.
            The line will link the harbour with the university district and is due to open in 2028.
            Maria Lopez is a correspondent covering southern Europe.
            See more on: Portville
            Read 212 Comments
            """, id: "nyt", path: "nyt.txt")
        #expect(a.title == "Harbour City Approves Tram Line After Nine-Hour Debate")
        #expect(a.byline == "Maria Lopez")
        #expect(a.date == "2025-11-03")
        #expect(a.outlet == nil)
        // Standfirst and two paragraphs; the writer's note under them, named by the byline, is no paragraph.
        #expect(a.paragraphs.count == 3)
        #expect(!a.paragraphs.contains { $0.text.hasPrefix("Maria Lopez is") })
        #expect(a.paragraphs.allSatisfy { !$0.isHeading })
    }


    @Test func wireStyleWithContactAndEndMark() {
        let a = ArticleLoader.parse(text: """
            Home
            National
            Politics
            Tram line approved after long debate in the city council
            Published : Nov. 2, 2025 - 15:30
            Updated : Nov. 2, 2025 - 15:30
            By Kim Soo-yeon

            [photo]
            Council members vote on the plan (Yonhap)
            PORTVILLE -- The city council approved a new tram line on Monday after a debate that lasted more than nine hours.
            The line will link the harbour with the university district, officials said.
            kimsy@example.com
            Editor: Li Xia
            (END)
            """, id: "wire", path: "wire.txt")
        #expect(a.title == "Tram line approved after long debate in the city council")
        #expect(a.byline == "Kim Soo-yeon")
        #expect(a.date == "2025-11-02")
        // A caption ending in an agency credit is not a dateline: the outlet stays unknown.
        #expect(a.outlet == nil)
        #expect(a.paragraphs.count == 2)
        #expect(a.removed.count == 12)
    }

    @Test func pageTitleWithSiteSuffix() {
        let a = ArticleLoader.parse(text: """
            Tram line approved after a long debate | Portville Post
            Local news
            Tram line approved after a long debate

            The city council approved a new tram line on Monday after a debate that lasted more than nine hours.
            """, id: "suffix", path: "suffix.txt")
        #expect(a.title == "Tram line approved after a long debate")
        #expect(a.removed.map(\.reason) == ["repeated headline", "site name or label above the headline", "headline (shown as the title)"])
    }

    /// Caption labels on their own line with the caption below, "Ad Feedback", the fullscreen button, a
    /// subscriber's gift box and a screen-reader-framed box of other stories in the middle of the text.
    @Test func captionLabelsGiftBoxAndLinkBox() {
        let a = ArticleLoader.parse(text: """
            Harbour city approves tram line after nine-hour debate
            The city council approved a new tram line on Monday after a debate that lasted more than nine hours.
            Image caption,
            Council members during the vote on Monday
            Image source, Getty Images
            Recommended Stories
            list of 3 items
            list 1 of 3
            Why trams are back in fashion
            list 2 of 3
            Bus fares to rise in spring
            end of list
            The line will link the harbour with the university district and is due to open in 2028.
            View image in fullscreen
            Ad Feedback
            Advertisement - Scroll to continue
            Send any friend a story
            As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.
            Media caption,
            Watch: the council vote
            "This is the biggest investment in public transport for a generation," Mayor Ana Costa said.
            Opponents said the cost, estimated at 1.4 billion euros, was too high for a city of its size.
            """, id: "labels", path: "labels.txt")
        #expect(a.paragraphs.map(\.text.first) == ["T", "T", "\"", "O"])
        Self.expectRemoved(a, [
            "Council members during the vote on Monday": "photo caption (after “Image caption,”)",
            "Image source, Getty Images": "photo caption or credit",
            "Bus fares to rise in spring": "box of links to other stories",
            "Ad Feedback": "advertisement marker",
            "Advertisement - Scroll to continue": "advertisement marker",
            "View image in fullscreen": "page widget",
            "Send any friend a story": "gift-article prompt",
            "Watch: the council vote": "photo caption (after “Media caption,”)",
        ])
    }

    /// Each line was removed, for the reason given.
    static func expectRemoved(_ a: Article, _ want: [String: String], sourceLocation: SourceLocation = #_sourceLocation) {
        let reasons = Dictionary(a.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { a, _ in a })
        for (line, reason) in want { #expect(reasons[line] == reason, "\(line)", sourceLocation: sourceLocation) }
    }

    /// Video and audio widgets, bookmark toasts, a label for links with its teaser under it, an agency
    /// credit in brackets and a tabloid's comment furniture.
    @Test func widgetsLinkLabelsAndCommentFurniture() {
        let a = ArticleLoader.parse(text: """
            Harbour city approves tram line after nine-hour debate
            NEW You can now listen to Harbour News articles!
            The city council approved a new tram line on Monday after a debate that lasted more than nine hours.
            Click to play video
            Please use Chrome browser for a more accessible video player
            Get the free Morning Briefing email for news from our reporters across the world
            Read our Privacy notice
            The line will link the harbour with the university district and is due to open in 2028.
            close video
            Bookmark popover
            Removed from bookmarks
            Read more from Harbour News:
            Why trams are back in fashion
            Bus fares to rise in spring
            "This is the biggest investment in public transport for a generation," Mayor Ana Costa said.
            [Harbour Wire]
            Opponents said the cost, estimated at 1.4 billion euros, was too high for a city of its size.
            Share or comment on this article:
            The comments below have not been moderated.
            Share what you think
            """, id: "widgets", path: "widgets.txt")
        #expect(a.paragraphs.map(\.text.first) == ["T", "T", "\"", "O"])
        Self.expectRemoved(a, [
            "Bus fares to rise in spring": "link to another article (after “Read more from Harbour News:”)",
            "[Harbour Wire]": "photo caption or credit",
            "Click to play video": "page widget",
            "The comments below have not been moderated.": "comment section",
        ])
    }

    /// A label for links stops at the first line of prose: the story goes on below it.
    @Test func linkLabelStopsAtProse() {
        let a = ArticleLoader.parse(text: """
            Harbour city approves tram line after nine-hour debate
            The city council approved a new tram line on Monday after a debate that lasted more than nine hours.
            Related:
            Why trams are back in fashion
            The line will link the harbour with the university district and is due to open in 2028.
            Opponents said the cost, estimated at 1.4 billion euros, was too high for a city of its size.
            """, id: "related", path: "related.txt")
        #expect(a.paragraphs.count == 3)
        #expect(a.removed.map(\.text).suffix(2) == ["Related:", "Why trams are back in fashion"])
    }

    /// The headline right under "Read more" may ask a longer question than a teaser further down the list.
    @Test func aTeasersQuestionRightUnderTheLabelGoes() {
        let a = ArticleLoader.parse(text: """
            Harbour city approves tram line after nine-hour debate
            The city council approved a new tram line on Monday after a debate that lasted more than nine hours.
            Read more
            Cities fall back in love with the tram – but who pays for the tracks?
            The line will link the harbour with the university district and is due to open in 2028.
            Opponents said the cost, estimated at 1.4 billion euros, was too high for a city of its size.
            """, id: "teaser", path: "teaser.txt")
        #expect(a.paragraphs.count == 3)
        #expect(a.removed.map(\.text).suffix(2) == ["Read more", "Cities fall back in love with the tram – but who pays for the tracks?"])
    }

    /// A section path above the headline is not the headline; a newsletter's "view in browser" line neither.
    @Test func breadcrumbAndNewsletterFurnitureAreNotHeadlines() {
        let a = ArticleLoader.parse(text: """
            View this email in your browser
            News › Transport › Trams
            Harbour city approves tram line after nine-hour debate
            The city council approved a new tram line on Monday after a debate that lasted more than nine hours.
            The line will link the harbour with the university district and is due to open in 2028.
            """, id: "crumbs", path: "crumbs.txt")
        #expect(a.title == "Harbour city approves tram line after nine-hour debate")
        #expect(a.removed.map(\.reason).prefix(2) == ["newsletter furniture", "breadcrumb (section path)"])
        #expect(ChromeRules.isBreadcrumb("Home » World » Europe"))
        #expect(!ChromeRules.isBreadcrumb("Profits rose > 5% in the quarter, the bank said."))
        #expect(!ChromeRules.isBreadcrumb("Results from the first round > the second round"))
    }

    /// "Name, Job Title" on one line under the headline gives the byline, as "By Name, Job Title" would: the name.
    @Test func nameCommaJobTitleIsTheByline() {
        let a = ArticleLoader.parse(text: """
            Harbour city approves tram line after nine-hour debate
            Maria Lopez, Chief Transport Writer
            The city council approved a new tram line on Monday after a debate that lasted more than nine hours.
            The line will link the harbour with the university district and is due to open in 2028.
            """, id: "title", path: "title.txt")
        #expect(a.byline == "Maria Lopez")
        #expect(a.paragraphs.count == 2)
    }
}
