import Testing
@testable import ParallaxCore

/// A live-blog page, with invented text (a shape found after the blind story's first run).
@Suite struct LiveBlogPasteTests {
    @Test func sentenceIntroducingTheFirstListIsKept() {
        let a = ArticleLoader.parse(text: """
            Skip to content
            CITYNEWS   World   Local   Sport
            Tram depot fire: what happened on Tuesday – as it happened
            Updated 4 March 2025, 16:12 GMT

            16:05 GMT

            Here is where things stand late this afternoon:
            - A fire broke out in the tram depot on Mill Road at about 9am and was put out by noon.
            - Two trams were destroyed and services on line 3 are suspended until Friday.

            14:40 GMT

            The mayor, Ana Costa, said the depot would be inspected before it reopens to staff.
            """, id: "live", path: "live.txt")
        #expect(a.paragraphs.first?.text == "Here is where things stand late this afternoon:")
        #expect(!a.removed.contains { $0.text.hasPrefix("Here is") })
        // A short label ending in a colon above the story still goes.
        let b = ArticleLoader.parse(text: """
            Tram depot fire: services suspended on line 3 until Friday
            Listen to this article:
            A fire broke out in the tram depot on Mill Road at about 9am and was put out by noon, officials said.
            Two trams were destroyed and services on line 3 are suspended until Friday, the operator said.
            """, id: "b", path: "b.txt")
        #expect(b.paragraphs.first?.text.hasPrefix("A fire broke out") == true)
    }

    @Test func brandInTheMenuAndTheFooterBeatsALabelAboveTheHeadline() {
        let a = ArticleLoader.parse(text: """
            CITYNEWS   World   Local   Sport   Live
            Local live
            Tram depot fire: services suspended on line 3 until Friday, operator says
            A fire broke out in the tram depot on Mill Road at about 9am and was put out by noon, officials said.
            Two trams were destroyed and services on line 3 are suspended until Friday, the operator said.
            © 2025 CityNews Media Group
            """, id: "c", path: "c.txt")
        #expect(a.outlet == "CityNews")
        // Without the brand in the menu, a label made only of section words ("Local live", like "Live news
        // stream") names no outlet: the copyright owner is the better guess.
        let b = ArticleLoader.parse(text: """
            Local live
            Tram depot fire: services suspended on line 3 until Friday, operator says
            A fire broke out in the tram depot on Mill Road at about 9am and was put out by noon, officials said.
            Two trams were destroyed and services on line 3 are suspended until Friday, the operator said.
            © 2025 Harbour Holdings
            """, id: "d", path: "d.txt")
        #expect(b.outlet == "Harbour Holdings")
    }
}

/// Other shapes found in the blind story's first run: a wire contributor line, an interview excerpt.
@Suite struct WireAndInterviewShapeTests {
    @Test func contributorLineIsACredit() {
        let a = ArticleLoader.parse(text: """
            Title: Tram depot fire

            A fire broke out in the tram depot on Mill Road at about 9am and was put out by noon, officials said.

            Two trams were destroyed and services on line 3 are suspended until Friday, the operator said.

            Harbour Wire writer Ana Costa in Lisbon contributed to this report.
            """, id: "w", path: "w.txt")
        #expect(a.paragraphs.count == 2)
        #expect(a.removed.contains { $0.text.hasPrefix("Harbour Wire writer") && $0.reason == "reporting credits" })
    }

    @Test func interviewQuestionIsNotAHeading() {
        let a = ArticleLoader.parse(text: """
            Title: Tram depot fire

            We asked the depot's manager, Ana Costa, what happens next for the tram service on line 3.

            Q: Will the line reopen?

            A: Yes. Two trams are lost, but the track and the wires are fine, and we expect to run again by Friday.
            """, id: "q", path: "q.txt")
        #expect(a.paragraphs.allSatisfy { !$0.isHeading })
    }
}
