import Testing
@testable import ParallaxCore

/// Hyphenated compounds also count as their parts and their hyphenless spelling, so a fact written both ways
/// shares words (made-up sentences).
@Suite struct CompoundPartsTests {
    @Test func partsAndJoinedSpelling() {
        let magnitude = WordAnalyzer.compoundParts("6.4-magnitude")
        #expect(magnitude.contains("6.4"))
        #expect(magnitude.contains(EnglishStemmer.stem("magnitude")))
        #expect(WordAnalyzer.compoundParts("hat-trick").contains(EnglishStemmer.stem("hattrick")))
        #expect(WordAnalyzer.compoundParts("light-hearted").contains(EnglishStemmer.stem("lighthearted")))
        // Stop words among the parts weigh nothing, as anywhere.
        let art = WordAnalyzer.compoundParts("state-of-the-art")
        #expect(!art.contains("of") && !art.contains("the"))
        #expect(art.contains(EnglishStemmer.stem("state")))
    }

    @Test func scoresAndRangesStayWhole() {
        #expect(WordAnalyzer.compoundParts("3-1").isEmpty)
        #expect(WordAnalyzer.compoundParts("2019-20").isEmpty)
        #expect(WordAnalyzer.compoundParts("harbour").isEmpty)
    }

    @Test func sameFactWithAndWithoutHyphenScoresHigher() {
        let left = StoryAlignerTests.article("left", [
            "A 6.4-magnitude tremor shook the valley town of Orsana before dawn, cutting power to the old quarter.",
        ])
        let right = StoryAlignerTests.article("right", [
            "The tremor, of magnitude 6.4, struck before dawn; the old quarter of Orsana lost power.",
        ])
        var off = AlignmentParameters()
        off.compoundPartWeight = 0
        let without = StoryAligner(articles: [left, right], parameters: off).linker.score(0, 0, 1, 0)
        let with = StoryAligner(articles: [left, right]).linker.score(0, 0, 1, 0)
        #expect(with > without + 0.02)
    }
}
