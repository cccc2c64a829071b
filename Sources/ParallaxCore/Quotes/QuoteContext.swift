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

    init(text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        tokens = Tokenizer.tokens(text)
        spans = QuoteScanner.scan(text)
        runs = NameRuns.find(in: text, tokens: tokens)
        let top = spans.enumerated().filter { $0.element.depth == 0 }
        quoteOf = tokens.map { t in top.first { $0.element.markStart <= t.start && t.end <= $0.element.markEnd }?.offset }
        sentences = Self.sentenceRanges(scalars, spans: spans.filter { $0.depth == 0 }, tokens: tokens)
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "gen", "sen", "rep", "gov", "prof", "inc", "corp", "co",
        "ltd", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "e.g", "i.e", "lt", "col", "capt", "sgt", "rev", "ft", "mt", "approx", "est", "dept",
    ]

    private static func sentenceRanges(_ s: [Unicode.Scalar], spans: [QuoteSpan], tokens: [Token]) -> [Range<Int>] {
        let n = s.count
        func inQuote(_ i: Int) -> Bool { spans.contains { $0.markStart <= i && i < $0.markEnd } }
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
            return TextNormalizer.forMatching(String(String.UnicodeScalarView(s[a..<i])))
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
        sentences.firstIndex { $0.contains(offset) } ?? max(0, sentences.count - 1)
    }

    /// Text between two tokens (exclusive), for comma and period checks.
    func gap(_ a: Int, _ b: Int) -> String {
        let from = tokens[a].end, to = tokens[b].start
        guard from < to else { return "" }
        return String(String.UnicodeScalarView(scalars[from..<to]))
    }

    func run(endingAt k: Int) -> NameRun? { runs.first { $0.tokenRange.upperBound - 1 == k } }
    func run(startingAt k: Int) -> NameRun? { runs.first { $0.tokenRange.lowerBound == k } }
    func run(containing k: Int) -> NameRun? { runs.first { $0.tokenRange.contains(k) } }
}
