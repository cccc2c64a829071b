import Testing
@testable import ParallaxCore

@Suite struct TokenizerTests {
    @Test func keepsInnerApostrophesHyphensAndDecimals() {
        let t = Tokenizer.tokens("Kim Nam-joon said there’s $27.5 billion — really.")
        #expect(t.map(\.text) == ["Kim", "Nam-joon", "said", "there’s", "27.5", "billion", "really"])
        #expect(t[3].norm == "there's")
        #expect(t[4].isNumber)
    }

    @Test func offsetsAreUnicodeScalars() {
        let s = "Xi’s “gift”"
        let t = Tokenizer.tokens(s)
        #expect(t.map { ScalarText.slice(s, $0.start, $0.end) } == ["Xi’s", "gift"])
    }

    @Test func foldingKeepsLength() {
        let s = "“Check” — it’s\u{00A0}fine"
        #expect(TextNormalizer.forMatching(s).unicodeScalars.count == s.unicodeScalars.count)
        #expect(TextNormalizer.forMatching(s) == "\"check\" - it's fine")
    }

    @Test func displayWidthCountsWideCells() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
    }
}

@Suite struct WordDiffTests {
    @Test func mergesIntoReadablePhrases() {
        let l = "Lee presented Xi with a set of traditional Korean ceramics."
        let r = "Lee presented Xi with a handcrafted Go (baduk) board."
        let c = WordDiff.changes(l, r)
        #expect(c.count == 1)
        #expect(c.first?.left == "set of traditional Korean ceramics")
        #expect(c.first?.right == "handcrafted Go (baduk) board")
    }

    @Test func quoteStyleCaseAndApostrophesAreNotChanges() {
        #expect(WordDiff.changes("“You can check if there’s a backdoor,”", "\"you can check if there's a backdoor\"").isEmpty)
    }

    @Test func singleWordChange() {
        let c = WordDiff.changes("You should check if there is a backdoor", "You can check if there is a backdoor")
        #expect(c.map(\.left) == ["should"])
        #expect(c.map(\.right) == ["can"])
    }
}
