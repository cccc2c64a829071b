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
/// contractions, the order and abbreviation of dates and the spelling of percentages (`MatchingKeys`), British or
/// American spelling and hyphenation (`SpellingVariants`) and punctuation (tokens are compared in folded form,
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
        changes(left, leftTokens, right, rightTokens, spans: tokenSpans(left, leftTokens, right, rightTokens), joiningIslands: joiningIslands)
    }

    /// Changed token spans (token index ranges, left and right) between two texts' tokens: the costly part
    /// of `changes`, which a caller diffing the same two texts again can keep and pass back.
    static func tokenSpans(_ left: String, _ leftTokens: [Token], _ right: String, _ rightTokens: [Token]) -> [(Range<Int>, Range<Int>)] {
        // Compare on matching keys (`MatchingKeys`: house style made one), each key remembering its tokens.
        let a = MatchingKeys(leftTokens, in: left)
        let b = MatchingKeys(rightTokens, in: right)
        let keySpans = spans(a.keys, b.keys).flatMap { withoutSpellingVariants($0, a.keys, b.keys) }
        return keySpans.map { (ka, kb) in
            (ka.isEmpty ? a.insertionPoint(ka.lowerBound, tokenCount: leftTokens.count) : a.tokens(ka),
             kb.isEmpty ? b.insertionPoint(kb.lowerBound, tokenCount: rightTokens.count) : b.tokens(kb))
        }
    }

    /// The changes from spans found by `tokenSpans` for the same tokens.
    static func changes(
        _ left: String, _ leftTokens: [Token], _ right: String, _ rightTokens: [Token], spans: [(Range<Int>, Range<Int>)],
        joiningIslands: Bool = false
    ) -> [WordChange] {
        finish(left, leftTokens, right, rightTokens, spans, joiningIslands: joiningIslands)
    }

    /// The words two texts are compared on (quote ledger: a quote is verbatim when these are equal).
    public static func comparisonWords(_ text: String) -> [String] {
        MatchingKeys(Tokenizer.tokens(text), in: text).keys.map(SpellingVariants.unified)
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

    /// Changed spans between two key sequences (index ranges), unchanged keys advancing both sides.
    /// `settingAsideEnds` off always runs the standard library's diff (`disjointMiddle`), for tests.
    static func spans(_ an: [String], _ bn: [String], settingAsideEnds: Bool = true) -> [(Range<Int>, Range<Int>)] {
        if settingAsideEnds, let s = disjointMiddle(an, bn) { return s }
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

    /// The spans without the standard library's diff when it has nothing to choose: that diff first sets aside
    /// the common prefix and then the common suffix (`[x]` against `[x, x]` inserts the second `x`), and when
    /// what is left of the two sides shares no key, every key of it is changed however the rest is diffed, so
    /// the middles are the one span. Nil when they share a key (the diff's choice decides what is kept) or are
    /// too long to compare pairwise. Sentences told alike or with one word or figure changed end here; the
    /// generic diff cost ~90 k instructions a sentence pair, most of it building its result.
    static func disjointMiddle(_ an: [String], _ bn: [String]) -> [(Range<Int>, Range<Int>)]? {
        var start = 0, endA = an.count, endB = bn.count
        while start < endA, start < endB, an[start] == bn[start] { start += 1 }
        while endA > start, endB > start, an[endA - 1] == bn[endB - 1] { endA -= 1; endB -= 1 }
        let ma = start..<endA, mb = start..<endB
        if ma.isEmpty && mb.isEmpty { return [] }
        if !ma.isEmpty && !mb.isEmpty {
            guard ma.count * mb.count <= maxPairwise else { return nil }
            for x in ma { for y in mb where an[x] == bn[y] { return nil } }
        }
        return [(ma, mb)]
    }

    /// Largest middle (left keys × right keys) compared pairwise by `disjointMiddle`.
    static let maxPairwise = 400

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
