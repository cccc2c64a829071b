import Testing
@testable import ParallaxCore

/// Word diffs of a sentence run reuse the paragraph's tokens from the alignment features; that must give
/// exactly the tokens of the run's text, which holds as long as sentence bounds never cut a word.
@Suite struct SentencePairerTokenTests {
    @Test func runTokensEqualTokenizingTheRun() throws {
        var runs = 0
        for (_, story) in try AlignmentEvaluationTests().goldStories() {
            let features = StoryFeatures(articles: story.articles, parameters: .default)
            for (a, article) in story.articles.enumerated() {
                for p in article.paragraphs.indices {
                    let items = SentencePairer.items(article, [p], features.paragraphs[a])
                    guard items.first?.paragraphTokens != nil else { continue }
                    for start in items.indices {
                        for end in (start + 1)...min(items.count, start + 3) where items[end - 1].paragraph == items[start].paragraph {
                            let text = SentencePairer.text(items, start..<end)
                            #expect(SentencePairer.tokens(items, start..<end, text: text) == Tokenizer.tokens(text))
                            runs += 1
                        }
                    }
                }
            }
        }
        #expect(runs > 100)
    }
}
