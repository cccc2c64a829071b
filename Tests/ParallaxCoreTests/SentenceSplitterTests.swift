import Testing
@testable import ParallaxCore

@Suite struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        SentenceSplitter.split(s).map { ScalarText.slice(s, $0.start, $0.end) }
    }

    @Test func splitsPlainSentences() {
        #expect(sentences("The talks ended. Both sides left! Was it over? Nobody knew.")
            == ["The talks ended.", "Both sides left!", "Was it over?", "Nobody knew."])
    }

    @Test func keepsAbbreviationsTitlesAndInitials() {
        #expect(sentences("Mr. Lee met Dr. Kim in the U.S. capital on Nov. 3 with Patrick F. Walsh. They talked.")
            == ["Mr. Lee met Dr. Kim in the U.S. capital on Nov. 3 with Patrick F. Walsh.", "They talked."])
    }

    @Test func dottedAbbreviationEndsSentenceBeforeATypicalOpener() {
        #expect(sentences("Chips were banned by the U.S. The move hurt.") == ["Chips were banned by the U.S.", "The move hurt."])
        #expect(sentences("He joined Acme Inc. last year.") == ["He joined Acme Inc. last year."])
    }

    @Test func wireDatelineStateEndsNoSentence() {
        #expect(sentences("PINE HOLLOW, Calif. (AP) — Crews held the line on Sunday. Rain is due.")
            == ["PINE HOLLOW, Calif. (AP) — Crews held the line on Sunday.", "Rain is due."])
        #expect(sentences("ST. LOUIS, Mo. — The river crested overnight.") == ["ST. LOUIS, Mo. — The river crested overnight."])
        // Not a dateline: the city is not in capitals, or the abbreviation is inside the text.
        #expect(sentences("Crews met near Chico, Calif. Firefighters then left.").count == 2)
        #expect(sentences("Paradise, Calif. Firefighters then left.").count == 2)
    }

    @Test func decimalsAndMoneyDoNotSplit() {
        #expect(sentences("Apple made $27.5 billion. Revenue was 102.5 bn.") == ["Apple made $27.5 billion.", "Revenue was 102.5 bn."])
        #expect(sentences("It rose 2.5 percent.").count == 1)
    }

    @Test func ellipsesSplitOnlyBeforeACapital() {
        #expect(sentences("respect each other's paths... (and) resolve disputes.").count == 1)
        #expect(sentences("We waited... Then it came.") == ["We waited...", "Then it came."])
        #expect(sentences("We waited\u{2026} Then it came.") == ["We waited\u{2026}", "Then it came."])
    }

    @Test func quotesThatEndSentences() {
        #expect(sentences("He asked, \u{201C}Is the line secure?\u{201D} The question drew laughs.")
            == ["He asked, \u{201C}Is the line secure?\u{201D}", "The question drew laughs."])
        #expect(sentences("\u{201C}It was fun,\u{201D} Kim said. \u{201C}We laughed.\u{201D}")
            == ["\u{201C}It was fun,\u{201D} Kim said.", "\u{201C}We laughed.\u{201D}"])
        // A question mark inside a quote followed by lower case continues the sentence.
        #expect(sentences("\"Is it secure?\" he asked, smiling.").count == 1)
        #expect(sentences("who quipped: \"Is the line secure?\", drawing laughter.").count == 1)
    }

    @Test func dashesNeverSplit() {
        #expect(sentences("Two phones\u{2014}one for him, one for his wife\u{2014}were given. It was 2013 \u{2013} or so.").count == 2)
        #expect(sentences("It was a joke \u{2014} a rare one.").count == 1)
    }

    @Test func numberedAbbreviations() {
        #expect(sentences("See No. 5 and Fig. 2 for details.").count == 1)
        #expect(sentences("The answer was no. The vote failed.").count == 2)
    }

    @Test func offsetsAreScalarsAndSkipSpaces() {
        let s = "Caf\u{E9} \u{1F600} ok.  Next one."
        let r = SentenceSplitter.split(s)
        #expect(r == [Sentence(start: 0, end: 10), Sentence(start: 12, end: 21)])
    }

    @Test func degenerateInputs() {
        #expect(SentenceSplitter.split("") == [])
        #expect(SentenceSplitter.split("   ") == [])
        #expect(sentences("No terminator at all") == ["No terminator at all"])
        #expect(sentences("...") == ["..."])
        #expect(sentences("A.B.C.D.E.F.G.").count == 1)
    }

    @Test func longLineIsLinear() {
        let s = String(repeating: "Word. ", count: 100_000) + String(repeating: ".", count: 100_000)
        let clock = ContinuousClock()
        let t = clock.measure { #expect(SentenceSplitter.split(s).count == 100_000) }
        #expect(t < .seconds(20))
    }
}
