import Testing
@testable import ParallaxCore

/// How the sentences of a linked row pair up (made-up text): sentences that report the same thing pair with
/// their word changes; sentences that share a word or two but say different things stay apart.
@Suite struct SentencePairingTests {
    static func article(_ id: String, _ paragraphs: [String]) -> Article {
        Article(id: id, path: "\(id).txt", paragraphs: paragraphs.enumerated().map { i, t in
            Paragraph(index: i, text: t, sentences: SentenceSplitter.split(t), sourceLines: (i + 1)...(i + 1))
        })
    }

    static func sentences(_ left: [String], _ right: [String]) -> [SentencePair] {
        let p = StoryAligner(articles: [article("l", left), article("r", right)]).pair(0, 1)
        let linked = p.rows.filter { !$0.left.isEmpty && !$0.right.isEmpty }
        #expect(linked.count == 1)
        return linked.first?.sentences ?? []
    }

    /// "what we still do not know" and "we still do not know who …" share two words and a contraction: paired,
    /// they showed a wall of changed words around "still … not".
    @Test func sentencesSayingDifferentThingsStayApart() {
        let s = Self.sentences(
            ["The harbour board voted on Monday to close the old ferry pier at Marrow Point. Here is what we know so far, and what we still don't."],
            ["The old ferry pier at Marrow Point will close after the harbour board voted on Monday. We still do not know who asked for the vote."])
        let paired = s.filter { $0.left != nil && $0.right != nil }
        #expect(paired.count == 1)
        #expect(paired.first?.left?.hasPrefix("The harbour board") == true)
        #expect(s.contains { $0.left?.hasPrefix("Here is what") == true && $0.right == nil })
        #expect(s.contains { $0.right?.hasPrefix("We still do not know") == true && $0.left == nil })
    }

    /// One outlet's two sentences are the other's one ("A. B." / "A, and B"): one pair, a run of two sentences
    /// on the left, and only the joining word changed.
    @Test func twoSentencesPairWithTheOneThatHoldsBoth() {
        let s = Self.sentences(
            ["The council approved the new library budget on Monday. Building work on the library starts in the spring."],
            ["The council approved the new library budget on Monday, and building work on the library starts in the spring."])
        #expect(s.count == 1)
        #expect(s.first?.left?.hasSuffix("starts in the spring.") == true)
        #expect(s.first?.changes.map(\.right) == ["and"])
    }

    /// A reworded sentence still pairs when enough of its content words survive in order, and its change is
    /// shown (the seeds' gift: the same act, a different thing given).
    @Test func aChangedThingInTheSameFramePairs() {
        let s = Self.sentences(
            ["The visit ended with gifts. Lee, in turn, presented Xi with a set of traditional Korean ceramics on Saturday."],
            ["The visit ended with an exchange of gifts. Lee, in return, presented Xi with a handcrafted Go board on Saturday."])
        let gift = s.first { $0.left?.contains("ceramics") == true }
        #expect(gift?.right?.contains("Go board") == true)
        #expect(gift?.changes.contains { $0.left.contains("ceramics") && $0.right.contains("Go board") } == true)
    }

    /// A short sentence with one content word pairs on that word alone ("There are no victors").
    @Test func aShortSentencePairsOnItsOneContentWord() {
        let s = Self.sentences(
            ["The family spoke outside the court in Pretoria. There are no winners in this."],
            ["Outside the court in Pretoria, the family spoke to reporters. In a case like this there are no winners."])
        #expect(s.contains { $0.left == "There are no winners in this." && $0.right?.contains("no winners") == true })
    }
}

/// Change spans read as phrases: a short unchanged run inside a long rewrite does not split it.
@Suite struct ChangeIslandTests {
    @Test func aShortIslandInsideLongChangesJoinsThem() {
        // "and then" is all the two share: two words inside six changed on each side.
        let l = "Red green blue yellow black white, and then orange purple pink brown grey cyan."
        let r = "Cats dogs mice horses sheep goats, and then owls hawks crows geese ducks swans."
        let plain = WordDiff.changes(l, Tokenizer.tokens(l), r, Tokenizer.tokens(r))
        let joined = WordDiff.changes(l, Tokenizer.tokens(l), r, Tokenizer.tokens(r), joiningIslands: true)
        #expect(plain.count > joined.count)
        #expect(joined.count == 1)
    }

    @Test func aLongerCommonRunStillSeparatesTwoChanges() {
        let l = "The committee voted five to four on Thursday to cut the rate."
        let r = "The panel voted five to four on Thursday to hold the rate."
        let joined = WordDiff.changes(l, Tokenizer.tokens(l), r, Tokenizer.tokens(r), joiningIslands: true)
        #expect(joined.map(\.left) == ["committee", "cut"])
        #expect(joined.map(\.right) == ["panel", "hold"])
    }
}
