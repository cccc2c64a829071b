import Foundation

/// Pairs the sentences of linked paragraphs and diffs each pair word by word.
///
/// Pairing is greedy by similarity, one-to-one, above `sentencePairing`; it is not bound to order because
/// outlets reorder sentences as freely as paragraphs. The output follows the left order, with right
/// sentences that have no partner placed just before the next paired right sentence that follows them.
enum SentencePairer {
    struct Item {
        var paragraph: Int
        var sentence: Int
        var text: String
        var vectors: UnitVectors?
    }

    static func items(_ article: Article, _ paragraphs: [Int], _ features: [ParagraphFeatures]?) -> [Item] {
        var out: [Item] = []
        for p in paragraphs {
            let para = article.paragraphs[p]
            let bounds = para.sentences.isEmpty ? [Sentence(start: 0, end: ScalarText.count(para.text))] : para.sentences
            for (k, s) in bounds.enumerated() {
                let text = para.text(of: s).trimmingCharacters(in: .whitespacesAndNewlines)
                if text.isEmpty { continue }
                let v = features.flatMap { k < $0[p].sentences.count ? $0[p].sentences[k] : nil }
                out.append(Item(paragraph: p, sentence: k, text: text, vectors: v))
            }
        }
        return out
    }

    static func pairs(left: [Item], right: [Item], parameters: AlignmentParameters) -> [SentencePair] {
        let w = Float(parameters.stemWeight)
        var candidates: [(Int, Int, Float)] = []
        for (i, a) in left.enumerated() {
            guard let va = a.vectors else { continue }
            for (j, b) in right.enumerated() {
                guard let vb = b.vectors else { continue }
                let s = va.similarity(vb, stemWeight: w)
                if Double(s) >= parameters.sentencePairing { candidates.append((i, j, s)) }
            }
        }
        candidates.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
        var partnerOfLeft = [Int?](repeating: nil, count: left.count)
        var rightTaken = [Bool](repeating: false, count: right.count)
        var sim = [Float](repeating: 0, count: left.count)
        for (i, j, s) in candidates where partnerOfLeft[i] == nil && !rightTaken[j] {
            partnerOfLeft[i] = j
            rightTaken[j] = true
            sim[i] = s
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
            if let j = partnerOfLeft[i] {
                emitRightOnly(upTo: j)
                let b = right[j]
                out.append(SentencePair(
                    left: a.text, right: b.text, similarity: Double(sim[i]), changes: WordDiff.changes(a.text, b.text),
                    leftParagraph: a.paragraph, leftSentence: a.sentence, rightParagraph: b.paragraph,
                    rightSentence: b.sentence))
            } else {
                out.append(SentencePair(
                    left: a.text, right: nil, similarity: 0, changes: [], leftParagraph: a.paragraph,
                    leftSentence: a.sentence))
            }
        }
        emitRightOnly(upTo: right.count)
        return out
    }

    static func only(right b: Item) -> SentencePair {
        SentencePair(left: nil, right: b.text, similarity: 0, changes: [], rightParagraph: b.paragraph, rightSentence: b.sentence)
    }
}
