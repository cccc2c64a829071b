import Foundation

/// How alike two sentences of different articles are, so a detail is only compared with details that
/// report the same thing.
///
/// Two sources, combined: the story aligner's sentence pairs inside aligned paragraphs (strong evidence),
/// and the overlap of stemmed content words for any sentence pair (so a detail repeated in a paragraph the
/// aligner did not link, like a lead and a later paragraph, still finds its counterpart).
struct ComparableSentences: Sendable {
    struct Key: Hashable, Sendable {
        var article: Int
        var paragraph: Int
        var sentence: Int
    }

    private var words: [Key: Set<String>] = [:]
    private var aligned: [Key: Set<Key>] = [:]
    /// Sentence pairs sharing two or more content words, or aligned, with their similarity (computed once).
    private var pairs: [(Key, Key, Double)] = []
    private var memo: [[Key]: Double] = [:]

    init(story: Story, useAligner: Bool = true) {
        var stems: [String: String] = [:]
        for (a, article) in story.articles.enumerated() {
            for p in article.paragraphs {
                let sentences = p.sentences.isEmpty ? [Sentence(start: 0, end: ScalarText.count(p.text))] : p.sentences
                for (s, r) in sentences.enumerated() {
                    let text = ScalarText.slice(p.text, r.start, r.end)
                    words[Key(article: a, paragraph: p.index, sentence: s)] = Set(Tokenizer.tokens(text).compactMap { t in
                        guard !t.isNumber, t.norm.count >= 3, !StopWords.contains(t.norm) else { return nil }
                        if let x = stems[t.norm] { return x }
                        let x = EnglishStemmer.stem(t.norm)
                        stems[t.norm] = x
                        return x
                    })
                }
            }
        }
        defer {
            pairs = computePairs()
            for (a, b, x) in pairs { memo[[a, b]] = x; memo[[b, a]] = x }
        }
        // Sentence-level alignment costs one pair alignment per pair of articles: worth it for the usual
        // handful of outlets, not for hundreds, where shared words alone decide.
        guard useAligner, story.articles.count > 1, story.articles.count <= 12 else { return }
        // Pairs by similarity alone: a figure two outlets give in sentences that share little else ("14%" / "14
        // per cent") is still one detail, though `diff` shows the two sentences apart.
        var parameters = AlignmentParameters()
        parameters.sentenceSharedWords = 0
        let aligner = StoryAligner(articles: story.articles, parameters: parameters)
        for i in story.articles.indices {
            for j in story.articles.indices where j > i {
                for row in aligner.pair(i, j).rows {
                    for sp in row.sentences {
                        guard let lp = sp.leftParagraph, let ls = sp.leftSentence, let rp = sp.rightParagraph, let rs = sp.rightSentence else { continue }
                        let l = Key(article: i, paragraph: story.articles[i].paragraphs[lp].index, sentence: ls)
                        let r = Key(article: j, paragraph: story.articles[j].paragraphs[rp].index, sentence: rs)
                        aligned[l, default: []].insert(r)
                        aligned[r, default: []].insert(l)
                    }
                }
            }
        }
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(Tokenizer.tokens(text).compactMap { t in
            guard !t.isNumber, t.norm.count >= 3, !StopWords.contains(t.norm) else { return nil }
            return EnglishStemmer.stem(t.norm)
        })
    }

    /// Jaccard overlap of content words, raised to at least 0.5 when the aligner paired the sentences.
    func similarity(_ a: Key, _ b: Key) -> Double {
        if let x = memo[[a, b]] { return x }
        let wa = words[a] ?? [], wb = words[b] ?? []
        let union = wa.union(wb).count
        let j = union == 0 ? 0 : Double(wa.intersection(wb).count) / Double(union)
        return isAligned(a, b) ? max(j, 0.5) : j
    }

    func isAligned(_ a: Key, _ b: Key) -> Bool { aligned[a]?.contains(b) ?? false }

    /// A label ("Turnout: 32.6%.", "Prize: £3,000."): a sentence of one or two content words, which a newsletter's
    /// box or a fact file gives a figure under. Word overlap cannot show it says what a longer sentence says.
    func isLabel(_ a: Key) -> Bool {
        guard let wa = words[a] else { return false }
        return !wa.isEmpty && wa.count <= 2
    }

    /// Whether `a` is a label whose words all stand in `b` ("Turnout: 32.6%." in "Turnout was 36.2 per cent, up …").
    func isLabel(_ a: Key, in b: Key) -> Bool {
        isLabel(a) && words[a]!.isSubset(of: words[b] ?? [])
    }

    /// Sentence pairs across articles that the aligner paired or that share enough content words.
    func candidatePairs(minimum: Double) -> [(Key, Key)] {
        pairs.filter { $0.2 >= minimum || isAligned($0.0, $0.1) }.map { ($0.0, $0.1) }
    }

    private func computePairs() -> [(Key, Key, Double)] {
        let keys = words.keys.sorted { ($0.article, $0.paragraph, $0.sentence) < ($1.article, $1.paragraph, $1.sentence) }
        let number = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        // Count shared words through an inverted index instead of comparing every pair of sentences.
        var postings: [String: [Int]] = [:]
        for (n, k) in keys.enumerated() { for w in words[k]! { postings[w, default: []].append(n) } }
        var shared: [Int: Int] = [:]  // a * count + b
        let count = keys.count
        for (_, list) in postings where list.count > 1 && list.count <= 400 {
            for (x, a) in list.enumerated() {
                for b in list[(x + 1)...] where keys[a].article != keys[b].article { shared[a * count + b, default: 0] += 1 }
            }
        }
        var codes: [Int] = shared.compactMap { $0.value >= 2 ? $0.key : nil }
        for (k, others) in aligned {
            for o in others where number[k]! < number[o]! && (shared[number[k]! * count + number[o]!] ?? 0) < 2 {
                codes.append(number[k]! * count + number[o]!)
            }
        }
        codes.sort()
        return codes.map { code in
            let a = keys[code / count], b = keys[code % count]
            return (a, b, similarity(a, b))
        }
    }

    /// Aligned sentence pairs across articles (each once, left article first).
    var alignedPairs: [(Key, Key)] {
        aligned.flatMap { k, v in v.filter { k.article < $0.article }.map { (k, $0) } }
            .sorted { ($0.0.article, $0.0.paragraph, $0.0.sentence, $0.1.article) < ($1.0.article, $1.0.paragraph, $1.0.sentence, $1.1.article) }
    }
}
