import Foundation

/// Pairs the sentences of linked paragraphs and diffs each pair word by word.
///
/// Pairing is greedy by similarity above `sentencePairing`, not bound to order because outlets reorder
/// sentences as freely as paragraphs; a pair then absorbs neighbouring unpaired sentences when that makes
/// the two sides more alike (a split or merged sentence). Every pair must keep enough content words through
/// its word diff (`enoughKept`): two sentences that say different things are shown apart, each with the
/// other side empty, not as one sentence rewritten word for word. The output follows the left order, with
/// right sentences that have no partner placed just before the next paired right sentence that follows them.
enum SentencePairer {
    struct Item {
        var paragraph: Int
        var sentence: Int
        var text: String
        var vectors: UnitVectors?
        /// Scalar offsets of `text` in the paragraph.
        var start: Int
        var end: Int
        /// The whole paragraph text, to slice merged runs from.
        var paragraphText: String
        /// The paragraph's tokens when the alignment features have them (scalar offsets in the paragraph).
        var paragraphTokens: [Token]? = nil
    }

    /// The text of consecutive items of one paragraph, exactly as in the paragraph, so that change
    /// offsets stay relative to the first sentence's start.
    /// The tokens of `text(items, r)`, offsets relative to it: the paragraph's tokens inside the run when
    /// the features kept them (sentence bounds never cut a word), else the text tokenized again.
    static func tokens(_ items: [Item], _ r: Range<Int>, text: String) -> [Token] {
        let first = items[r.lowerBound], last = items[r.upperBound - 1]
        guard let all = first.paragraphTokens else { return Tokenizer.tokens(text) }
        return all.compactMap { t in
            guard t.start >= first.start, t.end <= last.end else { return nil }
            var u = t
            u.start -= first.start
            u.end -= first.start
            return u
        }
    }

    static func text(_ items: [Item], _ r: Range<Int>) -> String {
        let first = items[r.lowerBound], last = items[r.upperBound - 1]
        if r.count == 1 { return first.text }
        return ScalarText.slice(first.paragraphText, first.start, last.end)
    }

    static func items(_ article: Article, _ paragraphs: [Int], _ features: [ParagraphFeatures]?) -> [Item] {
        var out: [Item] = []
        for p in paragraphs {
            let para = article.paragraphs[p]
            let bounds = para.sentences.isEmpty ? [Sentence(start: 0, end: ScalarText.count(para.text))] : para.sentences
            for (k, s) in bounds.enumerated() {
                let text = para.text(of: s)
                if text.allSatisfy(\.isWhitespace) { continue }
                let v = features.flatMap { k < $0[p].sentences.count ? $0[p].sentences[k] : nil }
                out.append(Item(
                    paragraph: p, sentence: k, text: text, vectors: v, start: s.start, end: s.end, paragraphText: para.text,
                    paragraphTokens: features?[p].tokens))
            }
        }
        return out
    }

    /// A run of left sentences paired with a run of right sentences.
    struct Match {
        var left: Range<Int>
        var right: Range<Int>
        var similarity: Float
    }

    /// The word diffs' spans already found for runs of left and right sentences: pairing diffs each candidate
    /// pair (`enoughKept`), and the pairs it keeps are diffed again for display, mostly the same runs.
    final class Spans {
        struct Key: Hashable {
            var left: Range<Int>
            var right: Range<Int>
        }
        private var found: [Key: [(Range<Int>, Range<Int>)]] = [:]

        /// A run of sentences of one side as `enoughKept` reads it: its text and tokens (`text`, `tokens`), and
        /// per token whether it is a content word (no stop word) and whether it counts toward the content words
        /// (no speech verb either). The rows' display reads the runs pairing cut out again: cutting their tokens
        /// out of the paragraph a second time was 3 M instructions of a long `diff`.
        struct Run {
            var text: String
            var tokens: [Token]
            var content: [Bool]
            var counted: [Bool]
        }
        private var leftRuns: [Range<Int>: Run] = [:]
        private var rightRuns: [Range<Int>: Run] = [:]

        func run(_ items: [Item], _ r: Range<Int>, left: Bool) -> Run {
            if let known = left ? leftRuns[r] : rightRuns[r] { return known }
            let text = SentencePairer.text(items, r)
            let tokens = SentencePairer.tokens(items, r, text: text)
            let content = tokens.map { !StopWords.contains($0.norm) }
            let counted = tokens.indices.map { content[$0] && !AttributionPhrases.speechVerbs.contains(tokens[$0].norm) }
            let run = Run(text: text, tokens: tokens, content: content, counted: counted)
            if left { leftRuns[r] = run } else { rightRuns[r] = run }
            return run
        }

        func spans(_ l: Range<Int>, _ r: Range<Int>, _ lt: String, _ a: [Token], _ rt: String, _ b: [Token]) -> [(Range<Int>, Range<Int>)] {
            let key = Key(left: l, right: r)
            if let s = found[key] { return s }
            let s = WordDiff.tokenSpans(lt, a, rt, b)
            found[key] = s
            return s
        }
    }

    static func pairs(left: [Item], right: [Item], parameters: AlignmentParameters) -> [SentencePair] {
        let spans = Spans()
        let matches = match(left: left, right: right, parameters: parameters, spans: spans)
        var groupOfLeft = [Int?](repeating: nil, count: left.count)
        var rightTaken = [Bool](repeating: false, count: right.count)
        for (g, m) in matches.enumerated() {
            for i in m.left { groupOfLeft[i] = g }
            for j in m.right { rightTaken[j] = true }
        }
        var out: [SentencePair] = []
        var emittedRight = [Bool](repeating: false, count: right.count)
        func emitRightOnly(upTo end: Int) {
            for j in 0..<end where !rightTaken[j] && !emittedRight[j] {
                emittedRight[j] = true
                out.append(only(right: right[j]))
            }
        }
        for (i, a) in left.enumerated() {
            guard let g = groupOfLeft[i] else {
                out.append(SentencePair(
                    left: a.text, right: nil, similarity: 0, changes: [], leftParagraph: a.paragraph,
                    leftSentence: a.sentence))
                continue
            }
            let m = matches[g]
            guard i == m.left.lowerBound else { continue }
            emitRightOnly(upTo: m.right.lowerBound)
            let x = spans.run(left, m.left, left: true), y = spans.run(right, m.right, left: false)
            let lt = x.text, rt = y.text, ta = x.tokens, tb = y.tokens
            let b = right[m.right.lowerBound]
            out.append(SentencePair(
                left: lt, right: rt, similarity: Double(m.similarity),
                changes: WordDiff.changes(lt, ta, rt, tb, spans: spans.spans(m.left, m.right, lt, ta, rt, tb), joiningIslands: true),
                leftParagraph: a.paragraph, leftSentence: a.sentence, rightParagraph: b.paragraph,
                rightSentence: b.sentence))
        }
        emitRightOnly(upTo: right.count)
        return out
    }

    /// Whether the word diff of two runs leaves enough content words unchanged, in order, for a reader to
    /// see one sentence rewritten rather than two different sentences: `sentenceSharedWords` of them, or
    /// every content word of the side that has fewer, speech verbs aside ("There are no victors," he added /
    /// "…, there's no victors," he said pairs on "victors"; a kept "asked" still counts). Stop words do
    /// not: "what we still don't know" and "we still do not know who …" share "still … not" and nothing
    /// they report (ashby-resignation); a vector similarity of short sentences rates such a pair high (0.53
    /// there), while true paraphrases keep two content words at 0.1–0.2 (the seeds' gift: "Lee … presented
    /// Xi with").
    static func enoughKept(
        _ left: [Item], _ l: Range<Int>, _ right: [Item], _ r: Range<Int>, parameters: AlignmentParameters, spans: Spans = Spans()
    ) -> Bool {
        if parameters.sentenceSharedWords == 0 { return true }
        let ra = spans.run(left, l, left: true), rb = spans.run(right, r, left: false)
        let changes = WordDiff.changes(ra.text, ra.tokens, rb.text, rb.tokens, spans: spans.spans(l, r, ra.text, ra.tokens, rb.text, rb.tokens))
        func content(_ run: Spans.Run, _ changed: [Range<Int>]) -> (all: Int, kept: Int) {
            var all = 0, kept = 0
            for k in run.tokens.indices where run.content[k] {
                if run.counted[k] { all += 1 }
                if !changed.contains(where: { $0.contains(run.tokens[k].start) }) { kept += 1 }
            }
            return (all, kept)
        }
        let x = content(ra, changes.map(\.leftRange)), y = content(rb, changes.map(\.rightRange))
        return min(x.kept, y.kept) >= max(1, min(parameters.sentenceSharedWords, x.all, y.all))
    }

    /// Greedy one-to-one pairing by similarity, then each pair grows over unpaired neighbouring sentences
    /// while that raises its similarity: one outlet's long sentence often holds two of another's.
    static func match(left: [Item], right: [Item], parameters: AlignmentParameters, spans: Spans = Spans()) -> [Match] {
        let w = Float(parameters.stemWeight)
        var candidates: [(Int, Int, Float)] = []
        for (i, a) in left.enumerated() {
            guard let va = a.vectors else { continue }
            for (j, b) in right.enumerated() {
                guard let vb = b.vectors else { continue }
                let s = va.similarity(vb, stemWeight: w)
                if Double(s) >= parameters.sentencePairing, enoughKept(left, i..<(i + 1), right, j..<(j + 1), parameters: parameters, spans: spans) {
                    candidates.append((i, j, s))
                }
            }
        }
        candidates.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
        var leftTaken = [Bool](repeating: false, count: left.count)
        var rightTaken = [Bool](repeating: false, count: right.count)
        var matches: [Match] = []
        for (i, j, s) in candidates where !leftTaken[i] && !rightTaken[j] {
            leftTaken[i] = true
            rightTaken[j] = true
            matches.append(Match(left: i..<(i + 1), right: j..<(j + 1), similarity: s))
        }
        func vectors(_ items: [Item], _ r: Range<Int>) -> UnitVectors? {
            var v: UnitVectors?
            for k in r {
                guard let x = items[k].vectors else { continue }
                v = v.map { $0.combined(with: x) } ?? x
            }
            return v
        }
        for g in matches.indices {
            while true {
                var m = matches[g]
                var best: (Match, Float)?
                let options: [(Range<Int>, Range<Int>)] = [
                    (m.left.lowerBound - 1..<m.left.upperBound, m.right), (m.left.lowerBound..<m.left.upperBound + 1, m.right),
                    (m.left, m.right.lowerBound - 1..<m.right.upperBound), (m.left, m.right.lowerBound..<m.right.upperBound + 1),
                ]
                for (l, r) in options {
                    guard l.lowerBound >= 0, l.upperBound <= left.count, r.lowerBound >= 0, r.upperBound <= right.count else { continue }
                    let newLeft = l != m.left ? (l.lowerBound < m.left.lowerBound ? l.lowerBound : l.upperBound - 1) : nil
                    let newRight = r != m.right ? (r.lowerBound < m.right.lowerBound ? r.lowerBound : r.upperBound - 1) : nil
                    // Runs stay inside one paragraph so change offsets keep pointing into it.
                    if let k = newLeft, leftTaken[k] || left[k].paragraph != left[m.left.lowerBound].paragraph { continue }
                    if let k = newRight, rightTaken[k] || right[k].paragraph != right[m.right.lowerBound].paragraph { continue }
                    guard let vl = vectors(left, l), let vr = vectors(right, r) else { continue }
                    let s = vl.similarity(vr, stemWeight: w)
                    // The added sentence must match the other side by itself (`gapPairing`), and either make
                    // the pair more alike or keep enough of its words in the other side's (`enoughKept`):
                    // "A. B." / "A, and B". Matching alone let a sentence sharing a name join a pair and
                    // turn it into a paragraph of changes.
                    var own: Float = 0
                    if let k = newLeft, let x = left[k].vectors, let y = vectors(right, m.right) { own = x.similarity(y, stemWeight: w) }
                    if let k = newRight, let y = right[k].vectors, let x = vectors(left, m.left) { own = y.similarity(x, stemWeight: w) }
                    let anyWords = parameters.sentenceSharedWords == 0
                    if !anyWords, Double(own) < parameters.gapPairing { continue }
                    var gain = s > m.similarity + 0.02 || (anyWords && Double(own) >= parameters.gapPairing)
                    if !gain, !anyWords, let k = newLeft { gain = enoughKept(left, k..<(k + 1), right, m.right, parameters: parameters, spans: spans) }
                    if !gain, !anyWords, let k = newRight { gain = enoughKept(left, m.left, right, k..<(k + 1), parameters: parameters, spans: spans) }
                    let value = max(s, own)
                    if gain, value > (best?.1 ?? 0) { best = (Match(left: l, right: r, similarity: max(s, m.similarity)), value) }
                }
                guard let (grown, _) = best else { break }
                for k in grown.left { leftTaken[k] = true }
                for k in grown.right { rightTaken[k] = true }
                m = grown
                matches[g] = m
            }
        }
        fillGaps(&matches, left: left, right: right, leftTaken: &leftTaken, rightTaken: &rightTaken, parameters: parameters, spans: spans)
        return matches
    }

    /// Sentences left over between the same two pairs on both sides stand in the same place in the two
    /// texts; there a lower similarity (`gapPairing`) is enough to pair them, as diff tools pair a changed
    /// line with the line it replaced.
    static func fillGaps(
        _ matches: inout [Match], left: [Item], right: [Item], leftTaken: inout [Bool], rightTaken: inout [Bool],
        parameters: AlignmentParameters, spans: Spans = Spans()
    ) {
        let w = Float(parameters.stemWeight)
        let ordered = matches.sorted { $0.left.lowerBound < $1.left.lowerBound }
        var bounds: [(Int, Int, Int, Int)] = []  // left gap [a, b), right gap [c, d)
        var prevLeft = 0, prevRight = 0
        for m in ordered + [Match(left: left.count..<left.count, right: right.count..<right.count, similarity: 0)] {
            if m.right.lowerBound >= prevRight { bounds.append((prevLeft, m.left.lowerBound, prevRight, m.right.lowerBound)) }
            prevLeft = max(prevLeft, m.left.upperBound)
            prevRight = max(prevRight, m.right.upperBound)
        }
        for (a, b, c, d) in bounds where a < b && c < d {
            var options: [(Int, Int, Float)] = []
            for i in a..<b where !leftTaken[i] {
                guard let vi = left[i].vectors else { continue }
                for j in c..<d where !rightTaken[j] {
                    guard let vj = right[j].vectors else { continue }
                    let s = vi.similarity(vj, stemWeight: w)
                    if Double(s) >= parameters.gapPairing, enoughKept(left, i..<(i + 1), right, j..<(j + 1), parameters: parameters, spans: spans) {
                        options.append((i, j, s))
                    }
                }
            }
            options.sort { $0.2 > $1.2 }
            for (i, j, s) in options where !leftTaken[i] && !rightTaken[j] {
                leftTaken[i] = true
                rightTaken[j] = true
                matches.append(Match(left: i..<(i + 1), right: j..<(j + 1), similarity: s))
            }
        }
    }

    static func only(right b: Item) -> SentencePair {
        SentencePair(left: nil, right: b.text, similarity: 0, changes: [], rightParagraph: b.paragraph, rightSentence: b.sentence)
    }
}
