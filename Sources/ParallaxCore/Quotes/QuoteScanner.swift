import Foundation

/// One quoted span found in a paragraph, before attribution.
public struct QuoteSpan: Sendable, Hashable {
    /// Scalar offset of the opening mark (equal to `start` when the opening mark is missing).
    public var markStart: Int
    /// Scalar offset just past the closing mark (equal to `end` when the quote runs to the paragraph end).
    public var markEnd: Int
    /// Span of the quoted text without the marks.
    public var start: Int
    public var end: Int
    /// 0 for a top-level quote, 1+ for a quote inside another one.
    public var depth: Int
    /// No closing mark before the paragraph ended: the quote may go on in the next paragraph.
    public var runsOn: Bool
    /// No opening mark was found: the quote starts at the paragraph start (a continuation).
    public var missingOpen: Bool

    public init(markStart: Int, markEnd: Int, start: Int, end: Int, depth: Int, runsOn: Bool = false, missingOpen: Bool = false) {
        self.markStart = markStart
        self.markEnd = markEnd
        self.start = start
        self.end = end
        self.depth = depth
        self.runsOn = runsOn
        self.missingOpen = missingOpen
    }
}

/// Finds quotation marks in a paragraph and pairs them, tolerating the ways real copy gets them wrong.
///
/// Pairing is a small state machine over a stack of open quotes rather than regular expressions, because
/// the hard cases are about state: an apostrophe inside a single-quoted quote, a double quote nested in a
/// single one, a quote left open at the paragraph end, a straight `"` whose direction only context tells.
/// Unbalanced marks never abort the scan; the worst case is one quote running to the end of its paragraph.
public enum QuoteScanner {
    enum Kind: Equatable { case double, single }

    private struct Open {
        var kind: Kind
        var markStart: Int
        var contentStart: Int
        /// For single quotes: candidate closing marks too weak to close at once (`leaders’ desire`), kept
        /// so the quote can still be closed at the last one when nothing better comes.
        var weakCloses: [(mark: Int, content: Int)] = []
    }

    private enum Mark {
        case open(Kind, width: Int)
        case close(Kind, width: Int)
        /// A straight mark whose direction depends on the state.
        case either(Kind)
        /// `’` or `'` that can close a single quote but may be an apostrophe.
        case maybeCloseSingle(strong: Bool)
        case none
    }

    static let clippedWords: Set<String> = ["til", "tis", "twas", "em", "cause", "cos", "bout", "round", "nother"]

    static let wordsAfterAClosingMark: Set<String> = [
        "also", "and", "but", "or", "is", "was", "were", "are", "has", "had", "have", "will", "would", "could",
        "in", "on", "at", "to", "for", "with", "by", "from", "as", "which", "that", "who", "when", "after",
        "before", "said", "says", "won", "became", "remains",
    ]

    /// `continuesQuote`: the paragraph before ended inside a quote. Sloppy copy then often closes the
    /// continuation without having reopened it, and closes it more loosely than a fresh paragraph could be
    /// trusted to ("… a day”, she said", "… the decade,’ he said"): a closing mark right after a word, or a
    /// single one, ends the continued quote only when a quote is known to be open.
    public static func scan(_ text: String, continuesQuote: Bool = false) -> [QuoteSpan] {
        let s = ScalarText.scalars(text)
        let n = s.count
        var stack: [Open] = []
        var spans: [QuoteSpan] = []

        func isLetter(_ i: Int) -> Bool {
            guard i >= 0, i < n else { return false }
            let p = s[i].properties
            return p.isAlphabetic || p.numericType != nil
        }
        func isSpace(_ i: Int) -> Bool { i < 0 || i >= n || s[i].properties.isWhitespace }
        func isOpeningContext(_ i: Int) -> Bool {
            guard i >= 0 else { return true }
            let u = s[i]
            return u.properties.isWhitespace || "([{—–-/:".unicodeScalars.contains(u)
                || "“‘«„\"'`".unicodeScalars.contains(u)
        }
        func isClosingPunct(_ i: Int) -> Bool {
            guard i >= 0, i < n else { return false }
            return ",.;:?!…)]—–-".unicodeScalars.contains(s[i])
        }

        /// "her book ‘White Torture … Prisoners’ also won": a possessive (“the leaders’ desire”) is followed by
        /// what is possessed, never by a verb or a function word, so a mark before one closes the quote.
        func functionWordFollows(_ i: Int) -> Bool {
            guard i < n, s[i] == " " else { return false }
            var e = i + 1
            while e < n, s[e].properties.isLowercase { e += 1 }
            guard e > i + 1, e == n || !isLetter(e) else { return false }
            return Self.wordsAfterAClosingMark.contains(ScalarText.string(s[(i + 1)..<e]))
        }

        func classify(_ i: Int) -> Mark {
            let u = s[i]
            switch u {
            case "\u{201C}", "\u{201E}", "\u{00AB}":  // “ „ «
                // Some sites type “ at both ends: a “ after a word and before a space closes.
                if u == "\u{201C}", !isSpace(i - 1), !isOpeningContext(i - 1), isSpace(i + 1) || isClosingPunct(i + 1),
                    stack.last?.kind == .double
                { return .close(.double, width: 1) }
                return .open(.double, width: 1)
            case "\u{201D}", "\u{00BB}":  // ” »
                if isOpeningContext(i - 1), isLetter(i + 1), stack.last?.kind != .double { return .open(.double, width: 1) }
                return .close(.double, width: 1)
            case "\"":
                // Inch marks: 5" screen.
                if i > 0, s[i - 1].properties.numericType != nil, !isLetter(i + 1), stack.last?.kind != .double { return .none }
                return .either(.double)
            case "`":
                if i + 1 < n, s[i + 1] == "`" { return .open(.double, width: 2) }
                return .open(.single, width: 1)
            case "\u{2018}":  // ‘
                if i + 1 < n, s[i + 1].properties.numericType != nil { return .none }  // ‘90s
                if isLetter(i - 1) { return .none }  // mis-typed apostrophe
                return .open(.single, width: 1)
            case "'" where i + 1 < n && s[i + 1] == "'":
                // Wire copy closes ``quotes'' with two apostrophes.
                if isOpeningContext(i - 1), isLetter(i + 2) || (i + 2 < n && s[i + 2] == "`"), stack.last?.kind != .double {
                    return .open(.double, width: 2)
                }
                return .close(.double, width: 2)
            case "\u{2019}", "'":
                if isLetter(i - 1) && isLetter(i + 1) { return .none }  // there’s
                if isOpeningContext(i - 1) {
                    if i + 1 < n, s[i + 1].properties.numericType != nil { return .none }  // '90s
                    // "John van ’t Schip", "’s-Hertogenbosch", "rock ’n roll": a clipped article, not a quote.
                    if i + 2 < n, "tsn".unicodeScalars.contains(s[i + 1]), isSpace(i + 2) || s[i + 2] == "-" { return .none }
                    // "’til I speak to police", "’em", "’cause": a clipped word.
                    var e = i + 1
                    while e < n, s[e].properties.isLowercase { e += 1 }
                    if e < n, isSpace(e) || isClosingPunct(e), Self.clippedWords.contains(ScalarText.string(s[(i + 1)..<e])) {
                        return .none
                    }
                    if u == "'", isLetter(i + 1) { return .open(.single, width: 1) }
                    if u == "\u{2019}", isLetter(i + 1), stack.last?.kind != .single { return .open(.single, width: 1) }
                }
                let strong = isClosingPunct(i - 1) || isSpace(i + 1) && i + 1 >= n
                    || (i + 1 < n && (isClosingPunct(i + 1) || "”\"»".unicodeScalars.contains(s[i + 1])))
                    || stack.last?.kind == .single && functionWordFollows(i + 1)
                return .maybeCloseSingle(strong: strong)
            default:
                return .none
            }
        }

        func close(_ o: Open, markStart: Int, markEnd: Int, depth: Int) {
            spans.append(QuoteSpan(markStart: o.markStart, markEnd: markEnd, start: o.contentStart, end: markStart, depth: depth))
        }
        /// Closes an open single quote at its last weak candidate, or forgets it when there is none (it was
        /// an apostrophe or a stray mark). Returns whether it was closed.
        @discardableResult
        func settleSingle() -> Bool {
            guard let top = stack.last, top.kind == .single else { return false }
            stack.removeLast()
            if let c = top.weakCloses.last {
                close(top, markStart: c.content, markEnd: c.mark, depth: stack.count)
                return true
            }
            return false
        }
        func push(_ kind: Kind, at i: Int, width: Int) {
            stack.append(Open(kind: kind, markStart: i, contentStart: i + width))
        }
        func popDouble(at i: Int, width: Int) {
            while let top = stack.last, top.kind == .single { if !settleSingle() { break } }
            if let top = stack.last, top.kind == .double {
                stack.removeLast()
                close(top, markStart: i, markEnd: i + width, depth: stack.count)
            } else if stack.isEmpty, isClosingPunct(i - 1) || continuesQuote && isLetter(i - 1) {
                closeContinuation(at: i, width: width)
            }
        }
        /// A closing mark with no opener: the quote began in an earlier paragraph.
        func closeContinuation(at i: Int, width: Int) {
            guard spans.allSatisfy({ $0.depth > 0 }) else { return }
            var a = 0
            while a < i, s[a].properties.isWhitespace { a += 1 }
            if i - a > 0 {
                spans.append(QuoteSpan(markStart: a, markEnd: i + width, start: a, end: i, depth: 0, missingOpen: true))
            }
        }

        /// Whether the next two double marks after `i` both close: then an opener at `i` inside an open
        /// quote starts a quote within it ("“The motto – “Woman, Life, Freedom” – says it,” the committee
        /// wrote") rather than a new quote after one left unclosed. Read from the marks' context alone.
        func nestsAhead(after i: Int) -> Bool {
            var closings = 0
            var j = i + 1
            while j < n {
                let u = s[j]
                if u == "\u{201C}" || u == "\u{201E}" { return false }
                if u == "\u{201D}" { closings += 1 }
                if u == "\"" {
                    if s[j - 1].properties.numericType != nil, !isLetter(j + 1) { j += 1; continue }  // 5" screen
                    let closing = !isSpace(j - 1) && !isOpeningContext(j - 1) && (isSpace(j + 1) || isClosingPunct(j + 1) || !isLetter(j + 1))
                    guard closing else { return false }
                    closings += 1
                }
                if closings == 2 { return true }
                j += 1
            }
            return false
        }

        /// Whether the next two single marks after `i` that close firmly (after punctuation, before punctuation,
        /// a function word or the end) both come before any other opener: then a ‘ inside an open ‘ starts a
        /// quote within it, as tabloid copy nests single marks in single marks ("‘People keep saying ‘the
        /// dressing room’s gone’ but they’re not in it.’"), rather than a new quote after an apostrophe.
        func singleNestsAhead(after i: Int) -> Bool {
            var closings = 0
            var j = i + 1
            while j < n {
                let u = s[j]
                if u == "\u{2018}" || u == "\u{201C}" || u == "\u{201D}" || u == "\"" { return false }
                if u == "\u{2019}" || u == "'", !(isLetter(j - 1) && isLetter(j + 1)) {
                    let firm = isClosingPunct(j - 1) || j + 1 >= n || isClosingPunct(j + 1)
                        || isLetter(j - 1) && functionWordFollows(j + 1)
                    guard firm else { return false }
                    closings += 1
                    if closings == 2 { return true }
                }
                j += 1
            }
            return false
        }

        var i = 0
        while i < n {
            let mark = classify(i)
            switch mark {
            case .none:
                i += 1
            case .open(let kind, let width):
                if kind == .double, let top = stack.last, top.kind == .double, !nestsAhead(after: i) {
                    // A second opener while one is open: the first was never closed. End it just before.
                    var e = i
                    while e > top.contentStart, s[e - 1].properties.isWhitespace { e -= 1 }
                    stack.removeLast()
                    close(top, markStart: e, markEnd: e, depth: stack.count)
                } else if kind == .single, let top = stack.last, top.kind == .single, !singleNestsAhead(after: i) {
                    settleSingle()
                }
                push(kind, at: i, width: width)
                i += width
            case .close(let kind, let width):
                if kind == .double { popDouble(at: i, width: width) } else { _ = settleSingle() }
                i += width
            case .either(let kind):
                let opening = isOpeningContext(i - 1) && !isSpace(i + 1)
                let closing = !isSpace(i - 1) && !isOpeningContext(i - 1) && (isSpace(i + 1) || isClosingPunct(i + 1) || !isLetter(i + 1))
                let doubleOpen = stack.contains { $0.kind == kind }
                if closing && !opening || (opening == closing && doubleOpen) {
                    popDouble(at: i, width: 1)
                } else {
                    if let top = stack.last, top.kind == .double, !nestsAhead(after: i) {
                        var e = i
                        while e > top.contentStart, s[e - 1].properties.isWhitespace { e -= 1 }
                        stack.removeLast()
                        close(top, markStart: e, markEnd: e, depth: stack.count)
                    }
                    push(kind, at: i, width: 1)
                }
                i += 1
            case .maybeCloseSingle(let strong):
                if let top = stack.last, top.kind == .single {
                    if strong {
                        stack.removeLast()
                        close(top, markStart: i, markEnd: i + 1, depth: stack.count)
                    } else {
                        stack[stack.count - 1].weakCloses.append((mark: i + 1, content: i))
                    }
                } else if continuesQuote, stack.isEmpty, i > 0, ",.?!…".unicodeScalars.contains(s[i - 1]) || isLetter(i - 1) && isClosingPunct(i + 1) {
                    // "… the decade,’ he said.": an apostrophe never follows a comma or a full stop, and a
                    // possessive is rarely followed by one.
                    closeContinuation(at: i, width: 1)
                }
                i += 1
            }
        }
        // Whatever is still open at the paragraph end.
        while let top = stack.last {
            if top.kind == .single, !top.weakCloses.isEmpty {
                settleSingle()
                continue
            }
            stack.removeLast()
            var e = n
            while e > top.contentStart, s[e - 1].properties.isWhitespace { e -= 1 }
            // A lone single mark with nothing after it is a stray apostrophe, not a quote.
            if top.kind == .single && stack.isEmpty && e - top.contentStart < 2 { continue }
            spans.append(QuoteSpan(
                markStart: top.markStart, markEnd: e, start: top.contentStart, end: e, depth: stack.count,
                runsOn: stack.isEmpty))
        }
        // A one-letter "quote" is an elision ("rock ’n’ roll"), not speech.
        return spans.filter { $0.end - $0.start >= 2 }.sorted { ($0.markStart, $0.depth) < ($1.markStart, $1.depth) }
    }
}
