import Testing
@testable import ParallaxCore

/// Behaviour of pairing, rows and groups on small made-up articles (no seed text).
@Suite struct StoryAlignerTests {
    static func article(_ id: String, _ paragraphs: [String]) -> Article {
        Article(id: id, path: "\(id).txt", paragraphs: paragraphs.enumerated().map { i, t in
            Paragraph(index: i, text: t, sentences: [Sentence(start: 0, end: t.unicodeScalars.count)], sourceLines: (i + 1)...(i + 1))
        })
    }

    static let left = article("left", [
        "The mayor of Lindenfeld opened the new glass bridge over the Aller river on Tuesday.",
        "Engineers said the bridge cost 14 million euros and took three years to build.",
        "Local bakers sold pretzels shaped like the bridge during the ceremony.",
        "Critics of the project argued the money should have gone to the town's schools.",
    ])
    static let right = article("right", [
        "Critics argued that the 14 million euros would have been better spent on Lindenfeld schools.",
        "A new glass bridge across the Aller river was opened by Lindenfeld's mayor on Tuesday.",
        "Construction took three years, engineers said, at a cost of 14 million euros.",
        "Heavy rain is forecast for the weekend.",
    ])

    @Test func linksSurviveReordering() {
        let a = StoryAligner(articles: [Self.left, Self.right])
        let links = Set(a.links(0, 1).map { [$0.left, $0.right] })
        #expect(links.contains([0, 1]))
        #expect(links.contains([1, 2]))
        #expect(links.contains([3, 0]))
        #expect(!links.contains { $0[0] == 2 })
        #expect(!links.contains { $0[1] == 3 })
    }

    @Test func everyParagraphInExactlyOneRow() {
        let p = StoryAligner(articles: [Self.left, Self.right]).pair(0, 1)
        #expect(p.rows.flatMap(\.left).sorted() == [0, 1, 2, 3])
        #expect(p.rows.flatMap(\.right).sorted() == [0, 1, 2, 3])
        // Left order is kept.
        let lefts = p.rows.flatMap(\.left)
        #expect(lefts == lefts.sorted())
    }

    @Test func rowKinds() {
        let p = StoryAligner(articles: [Self.left, Self.right]).pair(0, 1)
        let kind = { (l: Int) in p.rows.first { $0.left.contains(l) }!.kind }
        #expect(kind(2) == .leftOnly)
        #expect(p.rows.first { $0.right == [3] }?.kind == .rightOnly)
        // The critics paragraph is first on the right but last on the left: moved.
        #expect(kind(3) == .moved)
        #expect(kind(0) == .changed)
    }

    @Test func rightOnlyParagraphSitsNextToItsNeighbour() {
        let p = StoryAligner(articles: [Self.left, Self.right]).pair(0, 1)
        let k = p.rows.firstIndex { $0.right == [3] }!
        // Right 3 follows right 2, which is beside left 1.
        #expect(p.rows[k - 1].right.contains(2))
    }

    @Test func identicalTextIsSame() {
        let x = Self.article("x", ["The council approved the budget of 3 million euros on Monday."])
        let y = Self.article("y", ["The council approved the budget of 3 million euros on Monday."])
        let p = StoryAligner(articles: [x, y]).pair(0, 1)
        #expect(p.rows.map(\.kind) == [.same])
        #expect(p.links.first.map { $0.similarity > 0.99 } == true)
    }

    @Test func sentenceChangesComeFromWordDiff() {
        let x = Self.article("x", ["Lee presented Xi with a set of traditional Korean ceramics on Saturday in Gyeongju."])
        let y = Self.article("y", ["Lee presented Xi with a handcrafted Go board on Saturday in Gyeongju."])
        let p = StoryAligner(articles: [x, y]).pair(0, 1)
        let c = p.rows.flatMap(\.sentences).flatMap(\.changes)
        #expect(c.map(\.left) == ["set of traditional Korean ceramics"])
        #expect(c.map(\.right) == ["handcrafted Go board"])
    }

    @Test func groupsDoNotSnowballThroughChains() {
        // a~b share one fact, b~c another, c~d another: a chain, not one story.
        let a = Self.article("a", ["Volcano Arenal erupted near Fortuna, sending ash over San Carlos province."])
        let b = Self.article("b", ["Ash from Arenal covered San Carlos; airline Vuelo Azul cancelled flights to Liberia."])
        let c = Self.article("c", ["Vuelo Azul cancelled flights to Liberia and refunded 2,300 tickets through its app."])
        let d = Self.article("d", ["The app refunded 2,300 tickets, a spokeswoman for the ticketing startup Boleta said."])
        let groups = StoryAligner(articles: [a, b, c, d]).groups()
        #expect(groups.allSatisfy { $0.outlets < 4 })
        #expect(groups.flatMap { $0.members.flatMap { m in m.paragraphs.map { "\(m.article)\($0)" } } }.sorted() == ["a0", "b0", "c0", "d0"])
    }

    @Test func groupsGatherTheSameFact() {
        let g = StoryAligner(articles: [Self.left, Self.right]).groups()
        let bridge = g.first { grp in grp.members.contains { $0.article == "left" && $0.paragraphs == [0] } }
        #expect(bridge?.outlets == 2)
        #expect(bridge?.members.contains { $0.article == "right" && $0.paragraphs == [1] } == true)
        #expect(Set(g.map(\.id)) == Set(0..<g.count))
    }
}

@Suite struct SideBySideRendererTests {
    @Test func plainMarkersWithoutColour() {
        let x = StoryAlignerTests.article("x", ["Lee presented Xi with a set of traditional Korean ceramics on Saturday in Gyeongju."])
        let y = StoryAlignerTests.article("y", ["Lee presented Xi with a handcrafted Go board on Saturday in Gyeongju."])
        let text = SideBySideRenderer(width: 200, color: false).render(StoryAligner(articles: [x, y]).pair(0, 1))
        #expect(text.contains("[-set of traditional Korean ceramics-]"))
        #expect(text.contains("{+handcrafted Go board+}"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func colourUsesEscapesAndNoBrackets() {
        let x = StoryAlignerTests.article("x", ["You should check if there is a backdoor in the new phone."])
        let y = StoryAlignerTests.article("y", ["You can check if there is a backdoor in the new phone."])
        let text = SideBySideRenderer(width: 100, color: true).render(StoryAligner(articles: [x, y]).pair(0, 1))
        #expect(text.contains("\u{1B}[0;31;1mshould"))
        #expect(!text.contains("[-"))
    }

    @Test func linesFitTheWidthIncludingWideCharacters() {
        let x = StoryAlignerTests.article("x", ["한국 대통령 이재명 and the visiting president met in Gyeongju for talks about trade and security."])
        let y = StoryAlignerTests.article("y", ["Heavy rain is forecast 🌧️ for the weekend across the southern provinces of the country."])
        let text = SideBySideRenderer(width: 41, color: false).render(StoryAligner(articles: [x, y]).pair(0, 1))
        for line in text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 41, "\(line)") }
    }

    @Test func controlCharactersAreShownNotSent() {
        let x = StoryAlignerTests.article("x", ["Evil \u{1B}[2J text with \u{9B}31m control \u{202E} chars."])
        let y = StoryAlignerTests.article("y", ["Plain text."])
        let text = SideBySideRenderer(width: 120, color: false).render(StoryAligner(articles: [x, y]).pair(0, 1))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E })
        #expect(text.contains("^[[2J"))
    }

    /// The ASCII shortcut must not split a grapheme: a combining mark after an ASCII letter, CR LF, and a
    /// change that starts or ends on either stay what grapheme-by-grapheme walking gives.
    @Test func asciiShortcutKeepsGraphemesWhole() {
        let r = SideBySideRenderer(width: 80, color: false)
        let text = "cafe\u{301} x\r\ny e\u{301}le\u{300}ve 🇯🇵!"
        let cells = r.styled(text, [3..<5, 9..<10], side: .removed)
        #expect(String(cells.map(\.char)) == "caf[-e\u{301}-] x^M [-y-] e\u{301}le\u{300}ve 🇯🇵!")
        #expect(cells.allSatisfy { $0.width == DisplayWidth.of($0.char) && $0.byte == ($0.char.asciiValue ?? 0) })
        #expect(cells.first { $0.char == "e\u{301}" }?.style == .removed)
    }
}

@Suite struct StoryAlignerEdgeTests {
    @Test func emptyAndTinyArticles() {
        let empty = Article(id: "empty", path: "empty.txt")
        let one = StoryAlignerTests.article("one", ["Just one short line"])
        let a = StoryAligner(articles: [empty, one, StoryAlignerTests.left])
        #expect(a.pair(0, 1).rows.map(\.right) == [[0]])
        #expect(a.pair(1, 0).rows.map(\.left) == [[0]])
        #expect(a.pair(0, 0).rows.isEmpty)
        let groups = a.groups()
        #expect(groups.flatMap(\.members).flatMap(\.paragraphs).count == 1 + StoryAlignerTests.left.paragraphs.count)
        #expect(StoryAligner(articles: []).groups().isEmpty)
    }

    @Test func anArticleAgainstItselfIsAllSame() {
        let a = StoryAligner(articles: [StoryAlignerTests.left, StoryAlignerTests.left])
        let p = a.pair(0, 1)
        #expect(p.rows.allSatisfy { $0.kind == .same })
        #expect(p.rows.map(\.left) == p.rows.map(\.right))
    }

    @Test func paragraphsWithoutSentenceBoundariesStillAlign() {
        var x = StoryAlignerTests.left
        for i in x.paragraphs.indices { x.paragraphs[i].sentences = [] }
        let p = StoryAligner(articles: [x, StoryAlignerTests.right]).pair(0, 1)
        #expect(p.rows.flatMap(\.left).sorted() == [0, 1, 2, 3])
        #expect(p.rows.contains { $0.kind == .changed || $0.kind == .moved })
    }
}

/// The grouping rule on hand-made link graphs: more linked than unlinked cross-article pairs.
@Suite struct GroupClustererTests {
    /// One paragraph per article; `edges` link article x's paragraph to article y's.
    static func groups(_ articles: Int, _ edges: [(Int, Int, Double)]) -> [[Int]] {
        var byPair: [Int: [ParagraphLink]] = [:]
        for (x, y, s) in edges { byPair[min(x, y) * articles + max(x, y), default: []].append(ParagraphLink(left: 0, right: 0, similarity: s)) }
        let links = byPair.keys.sorted().map { ArticlePairLinks(left: $0 / articles, right: $0 % articles, links: byPair[$0]!) }
        return GroupClusterer.cluster(
            paragraphCounts: [Int](repeating: 1, count: articles), links: links, threshold: AlignmentParameters.default.groupLinkage)
            .map { $0.map(\.article).sorted() }.sorted { $0.first! < $1.first! }
    }

    @Test func weakLinksOfOneFactGroupTogether() {
        // Four outlets paraphrase one fact: five of the six pairs link, all weakly (as links the story
        // closure completes do); a mean similarity over the pairs would stay under any useful threshold.
        let g = Self.groups(4, [(0, 1, 0.16), (0, 2, 0.17), (0, 3, 0.15), (1, 2, 0.18), (1, 3, 0.15)])
        #expect(g == [[0, 1, 2, 3]])
    }

    @Test func aParagraphJoinsOnlyWhereMostPairsAreLinked() {
        // 0, 1, 2 report one fact; 3 links to one of them only (it mentions the fact in passing).
        let g = Self.groups(4, [(0, 1, 0.6), (0, 2, 0.6), (1, 2, 0.6), (2, 3, 0.7)])
        #expect(g == [[0, 1, 2], [3]])
    }

    @Test func aChainOfLinksDoesNotSnowball() {
        // Each paragraph links only its neighbour in the chain: three may group (the middle one links both,
        // the missing link is the likelier error), a fourth shares a link with one of three and stays out.
        let g = Self.groups(6, [(0, 1, 0.6), (1, 2, 0.6), (2, 3, 0.6), (3, 4, 0.6), (4, 5, 0.6)])
        #expect(g.allSatisfy { $0.count <= 3 })
        #expect(g.count >= 2)
    }

    @Test func twoFactsBridgedByOneLinkStayApart() {
        let g = Self.groups(6, [(0, 1, 0.6), (0, 2, 0.6), (1, 2, 0.6), (3, 4, 0.6), (3, 5, 0.6), (4, 5, 0.6), (2, 3, 0.9)])
        #expect(g == [[0, 1, 2], [3, 4, 5]])
    }
}

/// The reader's compare view aligns two outlets inside their story; the famous "what Lee gave in return"
/// difference must show there as a change, as it does in `diff` (FamousDifferencesTests).
@Suite struct CompareInStoryTests {
    @Test func giftInReturnIsAChangeInStoryContext() throws {
        guard let path = AlignmentGold.seedsPath else { print("skipping: no seeds"); return }
        let story = try LibraryLoader.loadStory(path: path)
        let aligner = StoryAligner(articles: story.articles)
        let l = try #require(story.articles.firstIndex { $0.id.hasPrefix("000") })
        let r = try #require(story.articles.firstIndex { $0.id.hasPrefix("001") })
        let changes = aligner.pair(l, r).rows.flatMap { $0.sentences.flatMap(\.changes) }
        #expect(changes.contains { $0.left.contains("ceramics") && $0.right.contains("Go (baduk) board") })
    }
}
