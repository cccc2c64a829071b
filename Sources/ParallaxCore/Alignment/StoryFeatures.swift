import Foundation

/// Per-article vectors for a whole story, computed once: TF-IDF weights use document frequencies over all
/// paragraphs of the story, so every pair and the N-way grouping see the same weights.
struct StoryFeatures: Sendable {
    /// [article][paragraph]
    var paragraphs: [[ParagraphFeatures]]
    /// Document frequency (in paragraphs) by stem id.
    var documentFrequency: [Int32]
    var paragraphCount: Int
    /// Per article, the words the analysis looked up and their stems (`WordAnalyzer.Lexeme`), so that
    /// detail extraction, which stems the words around each detail, does not stem them again.
    var lexicons: [[String: WordAnalyzer.Lexeme]] = []

    init(articles: [Article], parameters: AlignmentParameters) {
        // 1. Words, stems and cues, per article in parallel.
        let analyzedWithLexicons = ParallelMap.map(articles.count) { a in
            var cache: [String: WordAnalyzer.Lexeme] = [:]
            let paragraphs = articles[a].paragraphs.map { p in
                // Subheadings label a section; they report nothing, so they link to nothing.
                WordAnalyzer.isHeading(p) ? (words: [], sentenceCount: max(1, p.sentences.count), tokens: nil) : WordAnalyzer.analyze(p, stemCache: &cache)
            }
            return (paragraphs: paragraphs, lexicon: cache)
        }
        let analyzed = analyzedWithLexicons.map(\.paragraphs)
        // 2. Shared vocabulary, document frequencies and the story's names (capitalized mid-sentence).
        var ids: [String: UInt32] = [:]
        var df: [Int32] = []
        var names = Set<String>()
        var termIDs = [[[UInt32?]]]()
        termIDs.reserveCapacity(articles.count)
        // Pairs of consecutive content words (stop words skipped) in one sentence: shared phrasing
        // ("laughter and applause") is stronger evidence of the same report than the words apart.
        var bigramIDs = [[[(sentence: Int, id: UInt32)]]]()
        // The other spellings of hyphenated compounds, by word index (`WordAnalyzer.compoundParts`).
        var partIDs = [[[(word: Int, id: UInt32)]]]()
        let useParts = parameters.compoundPartWeight > 0
        func intern(_ key: String) -> UInt32 {
            if let existing = ids[key] { return existing }
            let id = UInt32(df.count)
            ids[key] = id
            df.append(0)
            return id
        }
        var paragraphCount = 0
        let useBigrams = parameters.bigramWeight > 0
        for art in analyzed {
            var perArticle: [[UInt32?]] = []
            var perArticleBigrams: [[(sentence: Int, id: UInt32)]] = []
            var perArticleParts: [[(word: Int, id: UInt32)]] = []
            for para in art {
                paragraphCount += 1
                var seen = Set<UInt32>()
                var row: [UInt32?] = []
                var bigrams: [(sentence: Int, id: UInt32)] = []
                var parts: [(word: Int, id: UInt32)] = []
                row.reserveCapacity(para.words.count)
                var previous: (stem: String, sentence: Int)?
                for (k, w) in para.words.enumerated() {
                    guard let stem = w.stem else { row.append(nil); continue }
                    let id = intern(stem)
                    if seen.insert(id).inserted { df[Int(id)] += 1 }
                    row.append(id)
                    if useParts {
                        for part in w.parts where part != stem {
                            let pid = intern(part)
                            if seen.insert(pid).inserted { df[Int(pid)] += 1 }
                            parts.append((k, pid))
                        }
                    }
                    if w.isCapitalized && !w.isSentenceInitial && !w.isNumber { names.insert(w.norm) }
                    if useBigrams, let prev = previous, prev.sentence == w.sentence {
                        let b = intern(prev.stem + "\u{1}" + stem)
                        if seen.insert(b).inserted { df[Int(b)] += 1 }
                        bigrams.append((w.sentence, b))
                    }
                    previous = (stem, w.sentence)
                }
                perArticle.append(row)
                perArticleBigrams.append(bigrams)
                perArticleParts.append(parts)
            }
            termIDs.append(perArticle)
            bigramIDs.append(perArticleBigrams)
            partIDs.append(perArticleParts)
        }
        let n = Float(max(paragraphCount, 1))
        // Smoothed so that in a tiny story (two short articles) the words both sides share are not
        // dismissed as common: with N paragraphs, df = N still weighs ln 2, df = 1 about ln(N/2 + 1.5).
        let power = Float(parameters.idfPower)
        let idf = df.map { d in pow(log(1 + (n + 1) / (Float(d) + 1)), power) }
        // 3. Vectors, per article in parallel.
        let ids2 = termIDs, names2 = names, bigrams2 = bigramIDs, parts2 = partIDs
        let paragraphs = ParallelMap.map(articles.count) { a in
            analyzed[a].indices.map { p in
                var f = StoryFeatures.vectors(
                    words: analyzed[a][p].words, ids: ids2[a][p], bigrams: bigrams2[a][p], parts: parts2[a][p],
                    sentenceCount: analyzed[a][p].sentenceCount, idf: idf, names: names2, parameters: parameters)
                f.tokens = analyzed[a][p].tokens
                return f
            }
        }
        self.paragraphs = paragraphs
        self.documentFrequency = df
        self.paragraphCount = paragraphCount
        self.lexicons = analyzedWithLexicons.map(\.lexicon)
    }

    private static func vectors(
        words: [AnalyzedWord], ids: [UInt32?], bigrams: [(sentence: Int, id: UInt32)], parts: [(word: Int, id: UInt32)],
        sentenceCount: Int,
        idf: [Float], names: Set<String>, parameters: AlignmentParameters
    ) -> ParagraphFeatures {
        var paraStems = SparseVectorBuilder(capacity: words.count + bigrams.count)
        var paraTri = SparseVectorBuilder(capacity: words.count * 8)
        // Each sentence's builders sized for its words (and bigrams, parts): growing them was a tenth of
        // building the vectors.
        var perSentence = [Int](repeating: 0, count: sentenceCount)
        for w in words { perSentence[min(w.sentence, sentenceCount - 1)] += 1 }
        var sentStems = perSentence.map { SparseVectorBuilder(capacity: 2 * $0 + 2) }
        var sentTri = perSentence.map { SparseVectorBuilder(capacity: 8 * $0) }
        var grams: [UInt32] = []
        grams.reserveCapacity(32)
        // Content ids outside attribution phrases, only for sentences that have one (nil: all their ids).
        let attribution = AttributionPhrases.mask(words)
        var plain = [[UInt32]?](repeating: nil, count: sentenceCount)
        for (k, w) in words.enumerated() where attribution[k] {
            plain[min(w.sentence, sentenceCount - 1)] = []
        }
        // A sentence of capitalised words only ("Reuters" closing a caption, "NAIROBI (Reuters)") is a credit or
        // a label: it names, it reports nothing, so it never stands in for its paragraph in a sentence pair.
        var reports = [Bool](repeating: false, count: sentenceCount)
        for w in words where !w.isCapitalized && !w.isNumber { reports[min(w.sentence, sentenceCount - 1)] = true }
        func boost(_ w: AnalyzedWord) -> Float {
            var boost: Float = 1
            if w.isNumber { boost = max(boost, Float(parameters.numberBoost)) }
            if w.isCapitalized && (!w.isSentenceInitial || names.contains(w.norm)) {
                boost = max(boost, Float(parameters.nameBoost))
            }
            if w.isQuoted { boost = max(boost, Float(parameters.quoteBoost)) }
            return boost
        }
        for (k, w) in words.enumerated() {
            guard let id = ids[k] else { continue }
            if !attribution[k] { plain[min(w.sentence, sentenceCount - 1)]?.append(id) }
            let weight = idf[Int(id)] * boost(w)
            paraStems.add(id, weight)
            let s = min(w.sentence, sentenceCount - 1)
            sentStems[s].add(id, weight)
            if !w.isNumber {
                WordAnalyzer.trigrams(w.norm, into: &grams)
                let g = weight / Float(grams.count).squareRoot()
                for h in grams {
                    paraTri.add(h, g)
                    sentTri[s].add(h, g)
                }
            }
        }
        let partWeight = Float(parameters.compoundPartWeight)
        for (k, id) in parts {
            let w = words[k]
            let s = min(w.sentence, sentenceCount - 1)
            if !attribution[k] { plain[s]?.append(id) }
            let weight = idf[Int(id)] * boost(w) * partWeight
            paraStems.add(id, weight)
            sentStems[s].add(id, weight)
        }
        // A bigram id never equals a word's (its key holds a separator no stem has), and all entries of one
        // bigram weigh the same, so taking the maximum keeps that weight.
        for b in bigrams {
            let weight = idf[Int(b.id)] * Float(parameters.bigramWeight)
            paraStems.add(b.id, weight)
            sentStems[min(b.sentence, sentenceCount - 1)].add(b.id, weight)
        }
        // Repeats within a paragraph count, but sublinearly.
        var stems = paraStems.combined { max($0, $1) }
        for k in stems.counts.indices where stems.counts[k] > 1 { stems.weights[k] *= 1 + log(Float(stems.counts[k])) }
        let whole = UnitVectors(stems: SparseVector(sortedIDs: stems.ids, weights: stems.weights), trigrams: paraTri.summed())
        let sentences = (0..<sentenceCount).map {
            UnitVectors(stems: sentStems[$0].maximum(), trigrams: sentTri[$0].summed())
        }
        var f = ParagraphFeatures(whole: whole, sentences: sentences, terms: whole.stems.ids, quotes: quotations(words, ids))
        f.plain = plain.indices.map { reports[$0] ? plain[$0].map { Array(Set($0)).sorted() } : [] }
        f.quotedShare = QuotedParagraphs.quotedShare(words, ids)
        (f.names, f.namesOutsideQuotes) = QuotedParagraphs.names(words, ids, storyNames: names)
        return f
    }
}

/// The content words of each quotation of a paragraph (a run of quoted words), so that two paragraphs carrying
/// the same utterance can be recognised whatever the words around it. Words quoted inside the quotation are
/// left out: a speaker who repeats a phrase every outlet quotes ("when a minister says the panel 'will do what
/// it's told', that is …") makes no other utterance of the same one.
func quotations(_ words: [AnalyzedWord], _ ids: [UInt32?]) -> [[UInt32]] {
    var out: [[UInt32]] = []
    var current = Set<UInt32>()
    var inside = false
    func close() {
        if current.count >= 2 { out.append(current.sorted()) }
        current.removeAll()
    }
    for (k, w) in words.enumerated() {
        if w.isQuoted {
            inside = true
            if !w.isNested, let id = ids[k] { current.insert(id) }
        } else if inside {
            close()
            inside = false
        }
    }
    close()
    return out
}

extension UnitVectors {
    func similarity(_ o: UnitVectors, stemWeight: Float) -> Float {
        if stems.isEmpty || o.stems.isEmpty { return 0 }
        return stemWeight * stems.dot(o.stems) + (1 - stemWeight) * trigrams.dot(o.trigrams)
    }
}
