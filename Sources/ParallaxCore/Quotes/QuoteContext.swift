import Foundation

/// One paragraph prepared for attribution: its words, its quotes, its names, and sentence boundaries that
/// do not cut through quotes.
struct QuoteContext: Sendable {
    let text: String
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let spans: [QuoteSpan]
    let runs: [NameRun]
    /// For each token: index of the top-level span containing it, if any.
    let quoteOf: [Int?]
    /// Quote-aware sentence ranges (scalar offsets) covering the paragraph.
    let sentences: [Range<Int>]
    /// Per depth: the spans of that depth (sorted by `markStart`) and the running maximum of their
    /// `markEnd`, so "is this token inside a quote of depth d" is one binary search.
    private let byDepth: [(spans: [QuoteSpan], maxEnd: [Int])]

    /// `continuesQuote`: the paragraph before ended inside a quote (see `QuoteScanner.scan`). `turnFrom`: the
    /// paragraph is a transcript turn whose words from that offset on are its speaker's (`TranscriptTurns`); the
    /// quotes written inside them are nested in it.
    init(text: String, continuesQuote: Bool = false, turnFrom: Int? = nil) {
        self.text = text
        scalars = ScalarText.scalars(text)
        tokens = Tokenizer.tokens(text)
        var found = QuoteScanner.scan(text, continuesQuote: continuesQuote && turnFrom == nil)
        if continuesQuote, turnFrom == nil, found.isEmpty, let whole = Self.unmarkedContinuation(scalars, tokens) { found = [whole] }
        if let from = turnFrom {
            var a = from, b = scalars.count
            while a < b, scalars[a].properties.isWhitespace { a += 1 }
            while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
            if b > a {
                let inner = found.filter { $0.markStart >= a }.map { q -> QuoteSpan in var q = q; q.depth += 1; return q }
                found = [QuoteSpan(markStart: a, markEnd: b, start: a, end: b, depth: 0, missingOpen: true)] + inner
            }
        }
        spans = found
        runs = NameRuns.find(in: text, tokens: tokens)
        quoteOf = Self.topSpanOfTokens(tokens, spans)
        sentences = Self.sentenceRanges(scalars, spans: spans.filter { $0.depth == 0 }, tokens: tokens)
        var depths: [(spans: [QuoteSpan], maxEnd: [Int])] = []
        for q in spans {
            while depths.count <= q.depth { depths.append(([], [])) }
            depths[q.depth].spans.append(q)
        }
        for d in depths.indices {
            depths[d].spans.sort { $0.markStart < $1.markStart }
            var m = Int.min
            depths[d].maxEnd = depths[d].spans.map { m = max(m, $0.markEnd); return m }
        }
        byDepth = depths
    }

    /// Whether the paragraph ends inside a top-level quote that the next paragraph may go on with.
    var endsInsideQuote: Bool { spans.last { $0.depth == 0 }?.runsOn == true }

    /// A paragraph with no quote mark after one that ended inside a quote, speaking in the first person
    /// ("We never missed a crossing, not one."): the quote going on with its opening mark lost. News copy
    /// tells events in the third person, so a first-person paragraph there is the quoted speaker's; one in
    /// the third person is the writer's, after a closing mark the writer forgot.
    private static func unmarkedContinuation(_ s: [Unicode.Scalar], _ tokens: [Token]) -> QuoteSpan? {
        func speaksFirst(_ k: Int) -> Bool {
            let t = tokens[k]
            guard firstPerson.contains(t.norm), t.text != "US" else { return false }
            // "World War I", "King Edvard I": a numeral after a name, not the pronoun.
            guard t.norm == "i", k > 0, tokens[k - 1].isCapitalized, k > 1 else { return true }
            let gap = ScalarText.string(s[tokens[k - 2].end..<tokens[k - 1].start])
            return gap.contains(where: { ".!?".contains($0) })
        }
        guard tokens.indices.contains(where: speaksFirst), !speaksForTheOutlet(tokens) else { return nil }
        var a = 0, b = s.count
        while a < b, s[a].properties.isWhitespace { a += 1 }
        while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
        guard b - a >= 2 else { return nil }
        return QuoteSpan(markStart: a, markEnd: b, start: a, end: b, depth: 0, runsOn: true, missingOpen: true)
    }

    /// "We have been hearing from readers …", "Send us your pictures", "We asked the council for comment": the
    /// newsroom's own "we", which a live page or a story's end writes right after a quote whose closing mark
    /// was lost. A speaker does not talk of readers, of sending "us" pictures, of "our reporter" or of asking
    /// anyone for comment.
    static func speaksForTheOutlet(_ tokens: [Token]) -> Bool {
        let w = tokens.map(\.norm)
        for (k, t) in w.enumerated() {
            if ["readers", "reader", "listeners", "viewers", "subscribers"].contains(t) { return true }
            guard k + 1 < w.count else { continue }
            let n = w[k + 1]
            if n == "us", ["send", "contact", "email", "e-mail", "message", "follow"].contains(t) { return true }
            if t == "our", ["reporter", "reporters", "correspondent", "correspondents", "live", "coverage", "newsroom"].contains(n) { return true }
            // "we'll update this page", "we will bring you the latest"
            if ["we", "we'll"].contains(t) {
                let verb = n == "will" && k + 2 < w.count ? w[k + 2] : n
                if ["update", "bring"].contains(verb) { return true }
            }
            if t == "for", n == "comment" { return true }
        }
        return false
    }

    static let firstPerson: Set<String> = [
        "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself",
        "we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves",
    ]

    /// Whether `start..<end` lies inside a span of depth `depth` (marks included).
    func isInsideSpan(depth: Int, start: Int, end: Int) -> Bool {
        guard depth < byDepth.count else { return false }
        let (list, maxEnd) = byDepth[depth]
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].markStart <= start { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && maxEnd[lo - 1] >= end
    }

    /// For each token, the first top-level span (index into `spans`) containing it: one pass over tokens
    /// and spans together instead of every span for every token.
    private static func topSpanOfTokens(_ tokens: [Token], _ spans: [QuoteSpan]) -> [Int?] {
        let top = spans.indices.filter { spans[$0].depth == 0 }
        guard !top.isEmpty else { return Array(repeating: nil, count: tokens.count) }
        // Spans are sorted by markStart; the first containing span is the earliest one that started at or
        // before the token and ends at or after it. Keep the candidates whose markStart has been passed,
        // dropping from the front those that ended before the token (tokens come in text order).
        var out: [Int?] = []
        out.reserveCapacity(tokens.count)
        var next = 0
        var open: [Int] = []
        var head = 0
        for t in tokens {
            while next < top.count, spans[top[next]].markStart <= t.start { open.append(top[next]); next += 1 }
            while head < open.count, spans[open[head]].markEnd < t.start { head += 1 }
            var found: Int? = nil
            var k = head
            while k < open.count {
                if spans[open[k]].markEnd >= t.end { found = open[k]; break }
                k += 1
            }
            out.append(found)
        }
        return out
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "gen", "sen", "rep", "gov", "prof", "inc", "corp", "co",
        "ltd", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "e.g", "i.e", "lt", "col", "capt", "sgt", "rev", "ft", "mt", "approx", "est", "dept",
    ]

    private static func sentenceRanges(_ s: [Unicode.Scalar], spans: [QuoteSpan], tokens: [Token]) -> [Range<Int>] {
        let n = s.count
        // Inside a top-level quote: spans are sorted by markStart, so one running maximum of markEnd answers it.
        var maxEnd: [Int] = []
        var m = Int.min
        for q in spans { m = max(m, q.markEnd); maxEnd.append(m) }
        func inQuote(_ i: Int) -> Bool {
            var lo = 0, hi = spans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if spans[mid].markStart <= i { lo = mid + 1 } else { hi = mid }
            }
            return lo > 0 && maxEnd[lo - 1] > i
        }
        func startsSentence(_ i: Int) -> Bool {
            var j = i
            while j < n, s[j].properties.isWhitespace { j += 1 }
            guard j < n, j > i else { return j >= n }
            let u = s[j]
            return u.properties.isUppercase || u.properties.numericType != nil || "“\"‘'`«(".unicodeScalars.contains(u)
        }
        func wordBefore(_ i: Int) -> String {
            var a = i
            while a > 0, s[a - 1].properties.isAlphabetic || s[a - 1] == "." { a -= 1 }
            return TextNormalizer.forMatching(ScalarText.string(s[a..<i]))
        }
        var cuts: [Int] = []
        var i = 0
        while i < n {
            let u = s[i]
            if "?!…".unicodeScalars.contains(u) || u == ".", !inQuote(i) {
                var j = i + 1
                while j < n, ".?!…)".unicodeScalars.contains(s[j]) { j += 1 }
                if startsSentence(j) {
                    let w = wordBefore(i)
                    let initial = w.count == 1 && i > 0 && s[i - 1].properties.isUppercase
                    if u != "." || !(abbreviations.contains(w) || initial) { cuts.append(j) }
                }
                i = j
                continue
            }
            i += 1
        }
        // A quote that ends a sentence inside its marks ("…secure?” The question…").
        for q in spans where q.end > q.start && q.markEnd < n {
            let last = s[q.end - 1]
            if ".?!…".unicodeScalars.contains(last), startsSentence(q.markEnd) {
                var j = q.markEnd
                while j < n, s[j].properties.isWhitespace { j += 1 }
                if j < n, s[j].properties.isUppercase || "“\"‘'`«".unicodeScalars.contains(s[j]) { cuts.append(q.markEnd) }
            }
        }
        cuts = Array(Set(cuts.filter { $0 > 0 && $0 < n })).sorted()
        var ranges: [Range<Int>] = []
        var a = 0
        for c in cuts { ranges.append(a..<c); a = c }
        ranges.append(a..<n)
        return ranges
    }

    func sentenceIndex(at offset: Int) -> Int {
        // Sentences are contiguous and in order: binary search for the one containing the offset.
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].contains(offset) ? lo : max(0, sentences.count - 1)
    }

    /// Index of the first token starting at or after `offset` (tokens are in text order).
    func firstToken(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Text between two tokens (exclusive), for comma and period checks.
    func gap(_ a: Int, _ b: Int) -> String {
        let from = tokens[a].end, to = tokens[b].start
        guard from < to else { return "" }
        return ScalarText.string(scalars[from..<to])
    }

    func run(endingAt k: Int) -> NameRun? { runs.first { $0.tokenRange.upperBound - 1 == k } }
    func run(startingAt k: Int) -> NameRun? { runs.first { $0.tokenRange.lowerBound == k } }
    func run(containing k: Int) -> NameRun? { runs.first { $0.tokenRange.contains(k) } }
}
