import Testing
@testable import ParallaxCore

/// A magazine's pull quotes, repeated from the text, and an interview's profile box, of our own.
@Suite struct PullQuotesAndProfileBoxesTests {
    func reason(_ a: Article, _ text: String) -> String? { a.removed.first { $0.text == text }?.reason }

    @Test func aPullQuoteRepeatedFromTheTextGoes() {
        let said = "\"You learn the tide in a year and spend thirty finding out you were wrong,\" he said, tying up the boat."
        let a = pasted(["The last ferryman on the river", "By Elowen Penrose", "November 29, 2026",
                        "He has worked the crossing since 1986, when he took it over from his uncle, and the fare has gone up eight times.",
                        "\"You learn the tide in a year and spend thirty finding out you were wrong.\"", said,
                        "The council says the slipways cost too much to repair and the licence will not be renewed in March."])
        #expect(reason(a, "\"You learn the tide in a year and spend thirty finding out you were wrong.\"") == "pull quote (repeated from the text)")
        #expect(a.paragraphs.map(\.text).contains(said))
    }

    @Test func aQuoteSaidOnceStays() {
        let quote = "\"We will keep the boat running until the last day of the licence.\""
        let a = pasted(["The last ferryman on the river", "By Elowen Penrose", "November 29, 2026",
                        "He has worked the crossing since 1986, when he took it over from his uncle, and the fare has gone up eight times.",
                        quote, "The council says the slipways cost too much to repair and the licence will not be renewed in March."])
        #expect(a.paragraphs.map(\.text).contains(quote))
    }

    @Test func anInterviewsProfileBoxAndItsEditorsNoteGo() {
        let a = pasted(["Nordic Trade Weekly", "\"We build where the power is clean\": a battery maker's chief on subsidies",
                        "Interview by Henrik Aalto", "30 November 2026",
                        "Who is Solveig Brekke?", "Born: 1974, Tromsø", "Education: MSc in chemical engineering", "Career: 20 years in aluminium",
                        "Your factory will open a year late. What went wrong?",
                        "Nothing went wrong in the plant itself. Car makers are buying fewer electric cars than they told us they would.",
                        "This interview has been edited for length and clarity."])
        #expect(a.byline == "Henrik Aalto")
        #expect(reason(a, "Who is Solveig Brekke?") == "profile box")
        #expect(reason(a, "Career: 20 years in aluminium") == "profile box")
        #expect(reason(a, "This interview has been edited for length and clarity.") != nil)
        #expect(a.paragraphs.count == 2)
    }

    @Test func anObituarysFactBoxWithoutAHeadingStays() {
        let a = pasted(["Eileen Tarrant, ferry pilot, 1938-2026", "By Moira Hale", "November 29, 2026",
                        "Eileen Tarrant, who has died aged 88, flew ferry aircraft for forty years and taught three generations to fly.",
                        "Born: 3 March 1938, Kelderby", "Died: 22 November 2026, Kelderby",
                        "She is survived by her son and two grandchildren, who said she was flying until she was eighty."])
        #expect(reason(a, "Born: 3 March 1938, Kelderby") != "profile box")
    }
}
