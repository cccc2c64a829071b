import Foundation

/// Similarity vectors of one sentence or paragraph: stems weighted by rarity (TF-IDF over the story) and
/// character trigrams of the same words, which catch inflections the stemmer keeps apart ("Korea" and
/// "Korean") and spelling variants of names ("Gyeongju", "Geongju").
struct UnitVectors: Sendable {
    var stems: SparseVector
    var trigrams: SparseVector
}

/// Precomputed vectors for one paragraph and its sentences.
struct ParagraphFeatures: Sendable {
    var whole: UnitVectors
    var sentences: [UnitVectors]
    /// Stem ids (deduplicated) for candidate generation.
    var terms: [UInt32]
    /// Each quotation (a run of quoted words) as its sorted distinct stem ids, when it has at least two.
    var quotes: [[UInt32]] = []
    /// The paragraph's tokens, for the other analyses of the same pair; nil for a subheading (not analysed).
    var tokens: [Token]?
    /// Per sentence, the sorted stem ids of its words outside attribution phrases (`AttributionPhrases`);
    /// nil for a sentence without one (all its ids, as in `sentences`).
    var plain: [[UInt32]?] = []
    /// Share of the content words inside quotation marks, and the sorted stem ids of the names
    /// (`QuotedParagraphs`): a paragraph that is mostly a quotation links by a middling score only through a name.
    var quotedShare: Float = 0
    var names: [UInt32] = []
    var namesOutsideQuotes = false
}

/// One word of a paragraph as the similarity model sees it.
struct AnalyzedWord: Sendable {
    /// Stem, or nil for a stop word (weightless).
    var stem: String?
    /// A hyphenated compound's other spellings as stems: its parts and the parts run together
    /// (`WordAnalyzer.compoundParts`); empty for any other word.
    var parts: [String] = []
    var norm: String
    var sentence: Int
    var isNumber: Bool
    var isCapitalized: Bool
    var isSentenceInitial: Bool
    var isQuoted: Bool
    /// Inside a quotation inside another ("… says the panel 'will do what it's told,' that is …"): words the
    /// speaker repeats from someone else, not the speaker's own (`quotations` leaves them out).
    var isNested = false
    /// "said", "told", "according" (`AttributionPhrases`).
    var isSpeechVerb = false
    /// Scalar offsets of the token in the paragraph text.
    var start: Int = 0
    var end: Int = 0
}

/// Turns paragraphs into words with stems and the cues that earn extra weight.
enum WordAnalyzer {
    /// What is looked up once per distinct word of an article and reused for its other occurrences.
    struct Lexeme: Sendable {
        var stem: String
        var isSpeechVerb: Bool
        var parts: [String] = []
        /// `stem` is `EnglishStemmer.stem` of the word (not a figure's `numberKey`).
        var stemmed = false
    }

    static func analyze(_ p: Paragraph, stemCache: inout [String: Lexeme]) -> (words: [AnalyzedWord], sentenceCount: Int, tokens: [Token]?) {
        let tokens = Tokenizer.tokens(p.text)
        let quoted = quotedRanges(p.text)
        let bounds = p.sentences.isEmpty ? [Sentence(start: 0, end: ScalarText.count(p.text))] : p.sentences
        var words: [AnalyzedWord] = []
        words.reserveCapacity(tokens.count)
        var s = 0
        var lastSentence = -1
        for t in tokens {
            while s + 1 < bounds.count && t.start >= bounds[s].end { s += 1 }
            let initial = s != lastSentence
            lastSentence = s
            var norm = t.norm
            // A byte test: `hasSuffix` compares Characters, a tenth of the analysis for two checks a word.
            let possessive = norm.withUTF8 { b -> Int in
                let n = b.count
                if n >= 2, b[n - 1] == UInt8(ascii: "s"), b[n - 2] == UInt8(ascii: "'") { return 2 }
                return n >= 1 && b[n - 1] == UInt8(ascii: "'") ? 1 : 0
            }
            if possessive > 0 { norm.removeLast(possessive) }
            let stop = StopWords.contains(t.norm) || norm.isEmpty
            var lexeme: Lexeme?
            if !stop {
                if let c = stemCache[norm] {
                    lexeme = c
                } else {
                    let l = Lexeme(
                        stem: t.isNumber ? numberKey(norm) : EnglishStemmer.stem(norm),
                        isSpeechVerb: !t.isNumber && AttributionPhrases.speechVerbs.contains(norm),
                        parts: compoundParts(norm), stemmed: !t.isNumber)
                    stemCache[norm] = l
                    lexeme = l
                }
            }
            let depth = quoted.reduce(0) { $0 + ($1.contains(t.start) ? 1 : 0) }
            words.append(AnalyzedWord(
                stem: lexeme?.stem, parts: lexeme?.parts ?? [], norm: norm, sentence: s, isNumber: t.isNumber, isCapitalized: t.isCapitalized,
                isSentenceInitial: initial, isQuoted: depth > 0, isNested: depth > 1,
                isSpeechVerb: lexeme?.isSpeechVerb ?? false, start: t.start, end: t.end))
        }
        return (words, bounds.count, tokens)
    }

    /// A short line without sentence punctuation ("Light moment amid talks", "- Rekindle ties -"), or one
    /// ingestion knows is a sub-heading (a Markdown `## What happens to Inzaghi now?`).
    static func isHeading(_ p: Paragraph) -> Bool {
        if p.isHeading { return true }
        guard p.sentences.count <= 1, p.text.utf8.count <= 160 else { return false }
        return shortLineLooksLikeHeading(p.text)
    }

    /// Ten words at most, and no sentence punctuation at the end (closing quotes and brackets aside).
    /// Read by scalars when every Character of the text is one scalar (or CR LF), which is then the same
    /// answer: splitting into Characters and Foundation's trimming cost 11 M instructions of a `diff`.
    static func shortLineLooksLikeHeading(_ text: String) -> Bool {
        guard let scalars = singleScalarCharacters(text) else { return shortLineLooksLikeHeadingByCharacters(text) }
        var words = 0
        var inWord = false
        for u in scalars {
            if isWhitespace(u) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        guard words <= 10 else { return false }
        // `CharacterSet.whitespaces` (Zs and tab) and the closing marks; of Zs only these three can be here.
        var end = scalars.count
        while end > 0, [0x09, 0x20, 0xA0, 0x22, 0x27, 0x201D, 0x2019, 0x29].contains(scalars[end - 1].value) { end -= 1 }
        guard end > 0 else { return true }
        return !".!?:;".unicodeScalars.contains(scalars[end - 1])
    }

    /// The text's scalars when each is a Character of its own (CR LF aside, both whitespace): Latin
    /// letters without combining marks, general punctuation, currency signs. Nil otherwise.
    static func singleScalarCharacters(_ text: String) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars {
            let v = u.value
            guard v < 0x300 || (0x2010...0x2029).contains(v) || (0x2030...0x205E).contains(v) || (0x20A0...0x20C0).contains(v)
            else { return nil }
            out.append(u)
        }
        return out
    }

    @inline(__always)
    static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return u.properties.isWhitespace
    }

    /// The definition, by Characters: any text.
    static func shortLineLooksLikeHeadingByCharacters(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard words.count <= 10 else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\"'\u{201D}\u{2019})")))
        guard let last = trimmed.last else { return true }
        return !".!?:;".contains(last)
    }

    /// The parts of a hyphenated compound and its hyphenless spelling, stemmed: outlets write one fact as
    /// "7.1-magnitude" and "magnitude 7.1", "80th-minute" and "80th minute", "hat-trick" and "hattrick", and
    /// the compound alone shares nothing with either. A run of figures ("4-2", "2014-15") is a score or a
    /// range, read whole; stop words among the parts ("state-of-the-art") weigh nothing, as anywhere.
    static func compoundParts(_ norm: String) -> [String] {
        guard ByteSearch.contains(norm, UInt8(ascii: "-")) else { return [] }
        let pieces = norm.split(separator: "-").map(String.init)
        guard pieces.count > 1, !pieces.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2E || $0 == 0x2C } })
        else { return [] }
        var parts: [String] = []
        for piece in pieces where !StopWords.contains(piece) {
            let number = piece.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
            parts.append(number ? numberKey(piece) : EnglishStemmer.stem(piece))
        }
        if let joined = SpellingVariants.unhyphenated(norm) { parts.append(EnglishStemmer.stem(joined)) }
        return parts
    }

    /// "1,000" and "1000" are the same number. Bytes, not Foundation's substring replacement, which cost
    /// ~15k instructions a number.
    static func numberKey(_ s: String) -> String {
        let comma = UInt8(ascii: ",")
        guard ByteSearch.contains(s, comma) else { return s }
        return String(decoding: s.utf8.filter { $0 != comma }, as: UTF8.self)
    }

    /// Scalar ranges inside quotation marks: double quotes of any style, and single curly quotes or
    /// straight single quotes used as quote marks (not apostrophes: those sit between letters).
    static func quotedRanges(_ text: String) -> [Range<Int>] {
        let u = ScalarText.scalars(text)
        var ranges: [Range<Int>] = []
        var openDouble: Int?
        var openSingle: Int?
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < u.count && u[i].properties.isAlphabetic }
        for i in u.indices {
            switch u[i].value {
            case 0x201C, 0x00AB, 0x201E:
                openDouble = i
            case 0x201D, 0x00BB:
                if let o = openDouble { ranges.append(o..<i); openDouble = nil }
            case 0x22:
                if let o = openDouble { ranges.append(o..<i); openDouble = nil } else { openDouble = i }
            case 0x2018, 0x27, 0x2019:
                let before = isLetter(i - 1), after = isLetter(i + 1)
                if !before && after && openSingle == nil && u[i].value != 0x2019 {
                    openSingle = i
                } else if !after, let o = openSingle {
                    ranges.append(o..<i); openSingle = nil
                }
            default: break
            }
        }
        return ranges
    }

    /// Character trigrams of a word with boundary marks, hashed (FNV-1a) to compact ids.
    static func trigrams(_ word: String) -> [UInt32] {
        var out: [UInt32] = []
        trigrams(word, into: &out)
        return out
    }

    /// `trigrams(word)` into a buffer the caller reuses: features take the trigrams of every word, and an
    /// array per word was an allocation per word.
    static func trigrams(_ word: String, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        if asciiTrigrams(word, into: &out) { return }
        var scalars: [UInt32] = [0x20]
        for u in word.unicodeScalars { scalars.append(u.value) }
        scalars.append(0x20)
        guard scalars.count >= 3 else { return }
        for i in 0..<(scalars.count - 2) {
            var h: UInt32 = 2_166_136_261
            for k in 0..<3 {
                h = (h ^ scalars[i + k]) &* 16_777_619
            }
            out.append(h)
        }
    }

    /// `trigrams` of a plain ASCII word straight from its bytes (the scalars are the bytes), without
    /// building a scalar array per word; false (nothing appended) for any other word.
    static func asciiTrigrams(_ word: String, into out: inout [UInt32]) -> Bool {
        var word = word
        return word.withUTF8 { b -> Bool in
            guard b.allSatisfy({ $0 < 0x80 }) else { return false }
            let n = b.count + 2  // with a boundary space either side
            guard n >= 3 else { return true }
            func at(_ i: Int) -> UInt32 { i == 0 || i == n - 1 ? 0x20 : UInt32(b[i - 1]) }
            for i in 0..<(n - 2) {
                var h: UInt32 = 2_166_136_261
                h = (h ^ at(i)) &* 16_777_619
                h = (h ^ at(i + 1)) &* 16_777_619
                h = (h ^ at(i + 2)) &* 16_777_619
                out.append(h)
            }
            return true
        }
    }
}
