import Foundation

/// One readable change between two texts: a run of words on the left replaced by a run on the right
/// (either side may be empty for a pure insertion or deletion). Offsets are scalars into each text.
public struct WordChange: Sendable, Hashable {
    public var left: String
    public var right: String
    public var leftRange: Range<Int>
    public var rightRange: Range<Int>

    public init(left: String, right: String, leftRange: Range<Int>, rightRange: Range<Int>) {
        self.left = left
        self.right = right
        self.leftRange = leftRange
        self.rightRange = rightRange
    }
}

/// Word-level diff that ignores what readers do not count as a change: quote marks, case, apostrophe style,
/// British or American spelling and hyphenation (`SpellingVariants`) and punctuation (tokens are compared in folded form,
/// punctuation is not a token).
public enum WordDiff {
    /// Changes between `left` and `right`. Adjacent removals and insertions are merged into one span, and
    /// spans separated by a single unchanged short word are joined so the result reads as phrases
    /// ("a set of traditional Korean ceramics" vs "a handcrafted Go (baduk) board").
    public static func changes(_ left: String, _ right: String) -> [WordChange] {
        let a = Tokenizer.tokens(left)
        let b = Tokenizer.tokens(right)
        return changes(left, a, right, b)
    }

    /// `joiningIslands`: also join spans around a short unchanged run that is much shorter than the changes on
    /// both sides of it (see `finish`), for display, where such a run splits one rewritten phrase into confetti.
    public static func changes(
        _ left: String, _ leftTokens: [Token], _ right: String, _ rightTokens: [Token], joiningIslands: Bool = false
    ) -> [WordChange] {
        changes(left, leftTokens, right, rightTokens, spans: tokenSpans(leftTokens, rightTokens), joiningIslands: joiningIslands)
    }

    /// Changed token spans (token index ranges, left and right) between two token lists: the costly part
    /// of `changes`, which a caller diffing the same two texts again can keep and pass back.
    static func tokenSpans(_ leftTokens: [Token], _ rightTokens: [Token]) -> [(Range<Int>, Range<Int>)] {
        // Compare on matching keys: contractions count as their spelled-out words ("there's" = "there is"),
        // each key remembering the token it came from.
        let (an, aOwner) = keys(leftTokens)
        let (bn, bOwner) = keys(rightTokens)
        let keySpans = spans(an, bn).flatMap { withoutSpellingVariants($0, an, bn) }
        var tokenSpans: [(Range<Int>, Range<Int>)] = []
        for (ka, kb) in keySpans {
            let ta = ka.isEmpty ? insertionPoint(ka.lowerBound, aOwner, leftTokens.count) : aOwner[ka.lowerBound]..<(aOwner[ka.upperBound - 1] + 1)
            let tb = kb.isEmpty ? insertionPoint(kb.lowerBound, bOwner, rightTokens.count) : bOwner[kb.lowerBound]..<(bOwner[kb.upperBound - 1] + 1)
            tokenSpans.append((ta, tb))
        }
        return tokenSpans
    }

    /// The changes from spans found by `tokenSpans` for the same tokens.
    static func changes(
        _ left: String, _ leftTokens: [Token], _ right: String, _ rightTokens: [Token], spans: [(Range<Int>, Range<Int>)],
        joiningIslands: Bool = false
    ) -> [WordChange] {
        finish(left, leftTokens, right, rightTokens, spans, joiningIslands: joiningIslands)
    }

    /// Token index range for an insertion before key `k`.
    private static func insertionPoint(_ k: Int, _ owner: [Int], _ count: Int) -> Range<Int> {
        let t = k < owner.count ? owner[k] : count
        return t..<t
    }

    private static let pronounIs: Set<String> = [
        "it", "that", "there", "here", "what", "who", "where", "when", "how", "he", "she", "this",
    ]

    /// The words two texts are compared on (quote ledger: a quote is verbatim when these are equal).
    public static func comparisonWords(_ text: String) -> [String] {
        keys(Tokenizer.tokens(text)).0.map(SpellingVariants.unified)
    }

    /// A changed span diffed again on spellings made one ("humour" = "humor", "light-hearted" =
    /// "lighthearted"): what is left of it, if
    /// anything. Only changed spans are respelt, so the cost stays with the few words that differ.
    private static func withoutSpellingVariants(
        _ span: (Range<Int>, Range<Int>), _ an: [String], _ bn: [String]
    ) -> [(Range<Int>, Range<Int>)] {
        guard !span.0.isEmpty, !span.1.isEmpty else { return [span] }
        let a = an[span.0].map(SpellingVariants.unified), b = bn[span.1].map(SpellingVariants.unified)
        guard !a.elementsEqual(an[span.0]) || !b.elementsEqual(bn[span.1]) else { return [span] }
        return spans(a, b).map { (x, y) in
            (x.lowerBound + span.0.lowerBound..<x.upperBound + span.0.lowerBound,
             y.lowerBound + span.1.lowerBound..<y.upperBound + span.1.lowerBound)
        }
    }

    /// Matching keys of tokens and, for each key, the index of its token.
    static func keys(_ tokens: [Token]) -> ([String], [Int]) {
        var keys: [String] = []
        var owner: [Int] = []
        keys.reserveCapacity(tokens.count)
        owner.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() {
            // Only a word with an apostrophe (or "cannot") expands: the rest are their own key.
            guard t.norm.utf8.contains(UInt8(ascii: "'")) || t.norm == "cannot" else {
                keys.append(t.norm)
                owner.append(i)
                continue
            }
            for k in expand(t.norm) {
                keys.append(k)
                owner.append(i)
            }
        }
        return (keys, owner)
    }

    static func expand(_ w: String) -> [String] {
        switch w {
        case "can't", "cannot": return ["can", "not"]
        case "won't": return ["will", "not"]
        case "shan't": return ["shall", "not"]
        case "let's": return ["let", "us"]
        case "ain't": return ["is", "not"]
        default: break
        }
        if w.hasSuffix("n't"), w.count > 3 { return [String(w.dropLast(3)), "not"] }
        for (suffix, word) in [("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"), ("'m", "am")]
        where w.hasSuffix(suffix) && w.count > suffix.count {
            return [String(w.dropLast(suffix.count)), word]
        }
        if w.hasSuffix("'s") {
            let base = String(w.dropLast(2))
            if pronounIs.contains(base) { return [base, "is"] }
        }
        return [w]
    }

    /// Changed spans between two key sequences (index ranges), unchanged keys advancing both sides.
    private static func spans(_ an: [String], _ bn: [String]) -> [(Range<Int>, Range<Int>)] {
        let diff = bn.difference(from: an)
        var removed = [Bool](repeating: false, count: an.count)
        var inserted = [Bool](repeating: false, count: bn.count)
        for c in diff {
            switch c {
            case .remove(let o, _, _): removed[o] = true
            case .insert(let o, _, _): inserted[o] = true
            }
        }
        // Walk both sequences in step: unchanged tokens advance both sides together.
        var spans: [(Range<Int>, Range<Int>)] = []  // token index ranges
        var i = 0, j = 0
        while i < an.count || j < bn.count {
            if i < an.count, j < bn.count, !removed[i], !inserted[j] {
                i += 1; j += 1; continue
            }
            let si = i, sj = j
            while i < an.count, removed[i] { i += 1 }
            while j < bn.count, inserted[j] { j += 1 }
            if si == i && sj == j { break }  // defensive: cannot happen with a consistent diff
            spans.append((si..<i, sj..<j))
        }
        return spans
    }

    /// Joins spans separated by a single unchanged token and turns token spans into text changes.
    /// With `joiningIslands`, an unchanged run of up to three tokens on each side is joined too when the changes
    /// on both sides of it are each at least three times as long ("[-x y z-] the [-u v w-]" reads as one
    /// rewrite, "[-x-] the same words [-y-]" as two changes).
    private static func finish(
        _ left: String, _ leftTokens: [Token], _ right: String, _ rightTokens: [Token], _ spans: [(Range<Int>, Range<Int>)],
        joiningIslands: Bool = false
    ) -> [WordChange] {
        func size(_ s: (Range<Int>, Range<Int>)) -> Int { max(s.0.count, s.1.count) }
        var merged: [(Range<Int>, Range<Int>)] = []
        for s in spans {
            guard let last = merged.last else { merged.append(s); continue }
            let gapLeft = s.0.lowerBound - last.0.upperBound, gapRight = s.1.lowerBound - last.1.upperBound
            let island = max(gapLeft, gapRight)
            let single = gapLeft <= 1 && gapRight <= 1 && gapLeft == gapRight
            if single || (joiningIslands && island <= 3 && island * 3 <= min(size(last), size(s))) {
                merged[merged.count - 1] = (last.0.lowerBound..<s.0.upperBound, last.1.lowerBound..<s.1.upperBound)
            } else {
                merged.append(s)
            }
        }
        return merged.map { (ar, br) in
            let lr = scalarRange(leftTokens, ar)
            let rr = scalarRange(rightTokens, br)
            return WordChange(
                left: ScalarText.slice(left, lr.lowerBound, lr.upperBound),
                right: ScalarText.slice(right, rr.lowerBound, rr.upperBound),
                leftRange: lr, rightRange: rr)
        }
    }

    /// Scalar range covered by tokens `r`; an empty token range maps to an empty range at the insertion point.
    private static func scalarRange(_ tokens: [Token], _ r: Range<Int>) -> Range<Int> {
        if r.isEmpty {
            let at = r.lowerBound < tokens.count ? tokens[r.lowerBound].start : (tokens.last?.end ?? 0)
            return at..<at
        }
        return tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end
    }
}
