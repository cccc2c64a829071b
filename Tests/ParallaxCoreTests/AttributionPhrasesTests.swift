import Testing
@testable import ParallaxCore

/// Sentences that share only who said something do not report the same thing (made-up text).
@Suite struct AttributionPhrasesTests {
    /// A paragraph whose sentences are split after each ". ".
    static func paragraph(_ i: Int, _ sentences: [String]) -> Paragraph {
        var spans: [Sentence] = []
        var at = 0
        for s in sentences {
            let n = s.unicodeScalars.count
            spans.append(Sentence(start: at, end: at + n))
            at += n + 1
        }
        return Paragraph(index: i, text: sentences.joined(separator: " "), sentences: spans, sourceLines: (i + 1)...(i + 1))
    }

    static func masked(_ text: String) -> [String] {
        var cache: [String: WordAnalyzer.Lexeme] = [:]
        let words = WordAnalyzer.analyze(paragraph(0, [text]), stemCache: &cache).words
        let mask = AttributionPhrases.mask(words)
        return words.indices.filter { mask[$0] }.map { words[$0].norm }
    }

    @Test func theSpeakerAndTheVerbAreTheAttribution() {
        #expect(Self.masked("Culture Minister Rachida Dati said nobody had been hurt.") == ["culture", "minister", "rachida", "dati", "said"])
        #expect(Self.masked("Nobody had been hurt, said Rachida Dati.") == ["said", "rachida", "dati"])
        #expect(Self.masked("Interior Minister Laurent Nunez has said the raid was short.") == ["interior", "minister", "laurent", "nunez", "said"])
        #expect(Self.masked("According to Interior Minister Laurent Nunez, the raid lasted seven minutes.")
            == ["according", "to", "interior", "minister", "laurent", "nunez"])
    }

    @Test func whatWasSaidIsNot() {
        #expect(!Self.masked("He spoke in Italian and later in Spanish.").contains("italian"))
        #expect(Self.masked("The gallery reopened on Wednesday.").isEmpty)
    }

    @Test func aSharedSpeakerAloneDoesNotMakeSentencesMatch() {
        let a = Article(id: "a", path: "a.txt", paragraphs: [Self.paragraph(0, [
            "Culture Minister Rachida Dati said the thieves reached the window with a lorry-mounted lift.",
            "They were gone within seven minutes.",
        ])])
        let other = Article(id: "b", path: "b.txt", paragraphs: [Self.paragraph(0, [
            "Culture Minister Rachida Dati said nobody had been injured.",
            "The museum stayed closed on Monday.",
        ])])
        let same = Article(id: "c", path: "c.txt", paragraphs: [Self.paragraph(0, [
            "Culture Minister Rachida Dati said the thieves used a lorry-mounted lift to reach a window.",
            "The museum stayed closed on Monday.",
        ])])
        let features = StoryFeatures(articles: [a, other, same], parameters: .default)
        let linker = ParagraphLinker(features: features, parameters: .default)
        let w = Float(AlignmentParameters.default.stemWeight)
        func sentenceBest(_ l: Int, _ r: Int) -> Double {
            let x = features.paragraphs[l][0], y = features.paragraphs[r][0]
            return Double(x.sentences.flatMap { s in y.sentences.map { s.similarity($0, stemWeight: w) } }.max()!)
        }
        // The shared attribution makes the first sentences alike, but that pair does not count ...
        #expect(linker.score(0, 0, 1, 0) < sentenceBest(0, 1))
        // ... while a pair that also shares what was said does.
        #expect(linker.score(0, 0, 2, 0) == sentenceBest(0, 2))
    }

    @Test func aCreditInCapitalsAloneDoesNotMakeParagraphsMatch() {
        // Real crash copy (not in the repo): a photo caption closing with its agency's credit and a wire
        // paragraph closing with its dateline linked at 0.86 through the pair "Reuters" / "NAIROBI (Reuters)".
        let caption = Article(id: "a", path: "a.txt", paragraphs: [Self.paragraph(0, [
            "A farmer photographs the wreckage in a field outside the town on Sunday.",
            "Reuters",
        ])])
        let wire = Article(id: "b", path: "b.txt", paragraphs: [Self.paragraph(0, [
            "The new aircraft had no recorded technical problems, the chief executive said.",
            "NAIROBI (Reuters)",
        ])])
        let features = StoryFeatures(articles: [caption, wire], parameters: .default)
        let linker = ParagraphLinker(features: features, parameters: .default)
        #expect(linker.score(0, 0, 1, 0) < AlignmentParameters.default.weak)
        #expect(StoryAligner(articles: [caption, wire]).links(0, 1).isEmpty)
    }
}
