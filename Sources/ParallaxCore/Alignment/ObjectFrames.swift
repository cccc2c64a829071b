import Foundation

/// Two sentences that tell the same act in the same words up to the thing it concerns, and then name a
/// different thing ("Lee, in turn, presented Xi with a set of traditional Korean ceramics" / "Lee, in return,
/// presented Xi with a handcrafted Go (baduk) board"), report one fact on which the outlets disagree. That
/// is the comparison a reader most wants to see, yet such a pair shares little beyond the frame, and its
/// frame words ("Lee", "presented", "Xi") are in every outlet's account, so its similarity stays low.
/// The frame is the details ledger's own test for a conflicting named object (`DetailObjects`: the changed
/// phrase on each side is a short noun phrase ending its clause, with a capitalised word and no word in
/// common), with at least `minimumLeadIn` words the same right before it.
enum ObjectFrames {
    struct Sentence {
        var text: String
        var tokens: [Token]
        /// Runs of three consecutive words holding a content word: two sentences can only share a frame
        /// when they share one of these, which rules out almost every pair before any word diff.
        var anchors: Set<[String]>
    }

    static func sentences(of paragraph: Paragraph) -> [Sentence] {
        guard !paragraph.isHeading else { return [] }
        return paragraph.sentenceTexts.map { text in
            let tokens = Tokenizer.tokens(text)
            var anchors = Set<[String]>()
            if tokens.count >= 3 {
                for i in 0...(tokens.count - 3) {
                    let run = tokens[i..<(i + 3)].map(\.norm)
                    if run.contains(where: { $0.count >= 3 && !StopWords.contains($0) }) { anchors.insert(run) }
                }
            }
            return Sentence(text: text, tokens: tokens, anchors: anchors)
        }
    }

    /// Whether a sentence of one paragraph and one of the other name different things in the same frame.
    static func conflict(_ a: [Sentence], _ b: [Sentence]) -> Bool {
        for x in a where !x.anchors.isEmpty {
            for y in b where !x.anchors.isDisjoint(with: y.anchors) && x.text != y.text {
                for d in DetailObjects.differences(x.text, x.tokens, y.text, y.tokens, alignedOK: false)
                where leadIn(x.tokens, before: d.0.lowerBound, y.tokens, before: d.1.lowerBound) >= minimumLeadIn {
                    return true
                }
            }
        }
        return false
    }

    /// Words of the act itself must lead into the thing ("presented Xi with a"): three words are often no
    /// more than a measure ("a pair of small NASA spacecraft" / "a pair of BE-3U engines") or a subject
    /// ("the two countries' tech industries" / "the two countries also signed").
    static let minimumLeadIn = 4

    /// How many words before the two phrases are the same, read backwards from them (an article opening a
    /// phrase belongs to the lead-in: the diff puts it on one side or the other).
    static func leadIn(_ a: [Token], before x: Int, _ b: [Token], before y: Int) -> Int {
        func start(_ t: [Token], _ at: Int) -> Int {
            var k = t.firstIndex { $0.start >= at } ?? t.count
            if k < t.count, ["a", "an", "the"].contains(t[k].norm) { k += 1 }
            return k
        }
        var i = start(a, x) - 1, j = start(b, y) - 1, n = 0
        while i >= 0, j >= 0, a[i].norm == b[j].norm {
            n += 1
            i -= 1
            j -= 1
        }
        return n
    }
}
