import Foundation

/// The gift one outlet gets wrong: "Lindqvist gave Albrecht a silver ship's compass" against "Lindqvist's gift to
/// the president was a brass telescope".
///
/// `DetailObjects` compares only named things (a capital on one side), because a lower-case swap in two
/// sentences is mostly paraphrase. A gift is the exception worth the risk: what was given is the fact, and
/// outlets word the giving so differently ("gave him", "presented … with", "'s gift to … was") that the word
/// diff seldom isolates it. So the thing given is read after a giving phrase, and two of them conflict when the
/// same giver is named in comparable sentences and the two things share no content word.
enum Gifts {
    struct Given {
        var key: ComparableSentences.Key
        var giver: String
        var range: Range<Int>  // in the paragraph
        var words: Set<String>
        var text: String
    }

    /// Pair ids apart from `DetailObjects`' (which count from zero).
    static let pairBase = 1 << 40

    static func conflicts(story: Story, comparable: ComparableSentences) -> [(article: Int, mention: DetailMention)] {
        var given: [Given] = []
        for (a, article) in story.articles.enumerated() {
            for p in article.paragraphs {
                let sentences = p.sentences.isEmpty ? [Sentence(start: 0, end: ScalarText.count(p.text))] : p.sentences
                for (si, s) in sentences.enumerated() {
                    let text = ScalarText.slice(p.text, s.start, s.end)
                    for g in things(in: text, Tokenizer.tokens(text)) {
                        let slice = ScalarText.slice(text, g.range.lowerBound, g.range.upperBound)
                        given.append(Given(key: .init(article: a, paragraph: p.index, sentence: si), giver: g.giver,
                                           range: (s.start + g.range.lowerBound)..<(s.start + g.range.upperBound),
                                           words: ComparableSentences.contentWords(slice), text: slice))
                    }
                }
            }
        }
        var candidates: [(Int, Int, Double)] = []
        for i in given.indices {
            for j in given.indices where j > i && given[j].key.article != given[i].key.article {
                let (x, y) = (given[i], given[j])
                guard x.giver == y.giver, !x.words.isEmpty, !y.words.isEmpty, x.words.isDisjoint(with: y.words) else { continue }
                let sim = comparable.similarity(x.key, y.key)
                if sim >= 0.2 { candidates.append((i, j, sim)) }
            }
        }
        // One conflict per thing given: the best-matching counterpart.
        var out: [(Int, DetailMention)] = []
        var used = Set<Int>()
        for (i, j, _) in candidates.sorted(by: { $0.2 > $1.2 }) where !used.contains(i) && !used.contains(j) {
            used.formUnion([i, j])
            let id = pairBase + out.count / 2
            for g in [given[i], given[j]] {
                out.append((g.key.article, DetailMention(
                    value: .object(words: g.words), paragraph: g.key.paragraph, sentence: g.key.sentence,
                    start: g.range.lowerBound, end: g.range.upperBound, text: g.text, context: g.words, pair: id)))
            }
        }
        return out
    }

    /// Things given in a sentence, with the giver's folded name: "X gave Y a …", "X handed Y a …", "X presented
    /// Y with a …", "X's gift to Y was a …". The thing runs from its article to a word that ends it ("made",
    /// "from", "that", …) or the clause's end, six words at most.
    static func things(in text: String, _ toks: [Token]) -> [(giver: String, range: Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        let scalars = ScalarText.scalars(text)
        /// Punctuation between two tokens ends the thing ("a first edition of “Salt Lantern,” a 1911 …").
        func broken(_ a: Token, _ b: Token) -> Bool {
            scalars[a.end..<b.start].contains { ",;:.!?()\"“”‘—–".unicodeScalars.contains($0) }
        }
        for (k, t) in toks.enumerated() where givingWords.contains(t.norm) {
            var start: Int?
            var giver: String?
            if t.norm == "gift", k >= 1, k + 1 < toks.count, toks[k + 1].norm == "to" {
                // "Lindqvist's gift to the president was a brass telescope"
                giver = name(toks[k - 1])
                if let was = toks[(k + 1)...].prefix(6).firstIndex(where: { $0.norm == "was" }) { start = was + 1 }
            } else if t.norm != "gift", k >= 1 {
                giver = name(toks[k - 1])
                // the recipient: a name, a pronoun or a short noun phrase, then the thing's article
                var m = k + 1
                var steps = 0
                while m < toks.count, steps < 5, !articles.contains(toks[m].norm) { m += 1; steps += 1 }
                if m < toks.count, articles.contains(toks[m].norm), m > k + 1 { start = m }
                if t.norm == "presented", let s = start, s >= 1, toks[s - 1].norm != "with" { start = nil }
            }
            guard let g = giver, let s = start, s < toks.count, articles.contains(toks[s].norm) else { continue }
            var e = s + 1
            while e < toks.count, e - s < 7, !enders.contains(toks[e].norm), !broken(toks[e - 1], toks[e]) { e += 1 }
            guard e > s + 1 else { continue }
            out.append((g, toks[s].start..<toks[e - 1].end))
        }
        return out
    }

    /// A capitalised name (possessive dropped), folded; nil for a pronoun or a common word.
    private static func name(_ t: Token) -> String? {
        guard t.isCapitalized else { return nil }
        var w = t.norm
        if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
        guard w.count >= 3, !StopWords.contains(w) else { return nil }
        return w
    }

    static let givingWords: Set<String> = ["gave", "handed", "presented", "gift"]
    static let articles: Set<String> = ["a", "an"]
    static let enders: Set<String> = [
        "made", "from", "that", "which", "who", "by", "for", "to", "as", "in", "on", "at", "and", "with", "while", "after",
        "before", "said", "was", "is",
    ]
}
