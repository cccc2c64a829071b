import Testing
@testable import ParallaxCore

/// A print edition's drop cap, left by text extraction on a line of its own, on our own sentences.
@Suite struct DropCapTests {
    @Test func theLetterGoesBackOnItsWordAndTheParagraphStartsAtIt() {
        let text = [
            "Harbour ferry fares to rise", "", "T", "",
            "he harbour ferry will cost a dollar more from March, the port authority said on", "Monday, the first rise in six years.", "",
            "Commuters said the service had become less reliable since the winter.",
        ].joined(separator: "\n")
        let a = ArticleLoader.parse(text: text, id: "p", path: "p.txt")
        #expect(a.paragraphs.first?.text.hasPrefix("The harbour ferry will cost a dollar more from March") == true)
        #expect(a.paragraphs.first?.sourceLines.lowerBound == 3)
        #expect(!a.removed.contains { $0.text == "T" })
    }

    @Test func withoutABlankLineToo() {
        let text = ["Ferry fares rise", "By Ana Ruiz", "V", "ictoria's ferries will cost a dollar more from March, the operator said.",
                    "Commuters said the service had become less reliable since the winter."].joined(separator: "\n")
        let a = ArticleLoader.parse(text: text, id: "p", path: "p.txt")
        #expect(a.paragraphs.first?.text.hasPrefix("Victoria's ferries will cost") == true)
    }

    @Test func anArticleOrPronounBrokenOffByAHardWrapKeepsItsSpace() {
        var lines = [SourceLine(number: 1, text: "A"), SourceLine(number: 2, text: "few kilometres to the north, the road was still closed."),
                     SourceLine(number: 3, text: "I"), SourceLine(number: 4, text: "was told the ferry would not sail today, she said.")]
        DropCaps.join(&lines)
        #expect(lines.map(\.text) == ["A few kilometres to the north, the road was still closed.", "I was told the ferry would not sail today, she said."])
        // A drop cap's letter still goes back onto its word.
        var cap = [SourceLine(number: 1, text: "A"), SourceLine(number: 2, text: "fter the storm the ferry stayed in port all week.")]
        DropCaps.join(&cap)
        #expect(cap.map(\.text) == ["After the storm the ferry stayed in port all week."])
    }

    @Test func aLetterBeforeACapitalisedLineStaysAsItWas() {
        // A list label or a grade is no drop cap: the next line does not go on with a word.
        let lines = [SourceLine(number: 1, text: "B"), SourceLine(number: 2, text: "Grades were announced on Friday for every school in the district.")]
        var joined = lines
        DropCaps.join(&joined)
        #expect(joined.map(\.text) == lines.map(\.text))
    }
}
