/// Strings of which every match of a regular expression must contain at least one, derived from the
/// pattern; lets `LinePattern` skip ICU on lines that cannot match.
///
/// ICU tries a big alternation like `(getty images|shutterstock|…|©)` at every position of a line, one
/// branch after another: over real article text that was most of ingestion time (benchmark, README
/// "Performance"). A byte search for the branches' literals rejects nearly every line at once.
///
/// Derivation is conservative: any construct it does not understand makes it give up (nil), so a pattern
/// is never filtered on a guess. Understood: literals and escaped punctuation, `.`, classes `[…]`, `\b \d
/// \s \w` and their negations, `^ $`, groups `( )` `(?: )`, lookarounds (required nothing), alternation and
/// the quantifiers `? * + {m,n}` (lazy or possessive too).
enum RequiredLiterals {
    static func derive(_ pattern: String) -> [String]? {
        var p = Parser(chars: Array(pattern.unicodeScalars))
        guard let set = p.alternation(), p.i == p.chars.count, !set.isEmpty, !set.contains("") else { return nil }
        return Array(set).sorted()
    }

    /// For each top-level alternative, every set of strings it requires (a match of that alternative
    /// contains one string of each set), the most selective set first; nil when some alternative requires
    /// nothing or the syntax is not understood. Sharper than `derive`, which keeps one set per alternative
    /// and joins them: "is a" and "@" are both needed for the author-note rule, and prose has the first.
    static func deriveAlternatives(_ pattern: String) -> [[[String]]]? {
        var p = Parser(chars: Array(pattern.unicodeScalars))
        var out: [[[String]]] = []
        while true {
            guard let branch = p.sequence(), let best = branch.required, !branch.all.isEmpty else { return nil }
            let sets = [best] + branch.all.filter { $0 != best }
            guard !sets.contains(where: { $0.isEmpty || $0.contains("") }) else { return nil }
            out.append(sets.map { Array($0).sorted() })
            guard p.i < p.chars.count, p.chars[p.i] == "|" else { break }
            p.i += 1
        }
        return p.i == p.chars.count ? out : nil
    }

    /// `derive` and `deriveAlternatives` from one parse (nil when `derive` is nil): the rules need both,
    /// and parsing each pattern twice was 8 M instructions of every `diff`.
    static func deriveBoth(_ pattern: String) -> (any: [String], alternatives: [[[String]]]?)? {
        var p = Parser(chars: Array(pattern.unicodeScalars))
        var union: Set<String> = []
        var alternatives: [[[String]]]? = []
        while true {
            // A branch that requires nothing leaves both nil, as in `alternation` and `deriveAlternatives`.
            guard let branch = p.sequence(), let best = branch.required else { return nil }
            union.formUnion(best)
            if alternatives != nil {
                let sets = [best] + branch.all.filter { $0 != best }
                if sets.contains(where: { $0.isEmpty || $0.contains("") }) {
                    alternatives = nil
                } else {
                    alternatives?.append(sets.map { Array($0).sorted() })
                }
            }
            guard p.i < p.chars.count, p.chars[p.i] == "|" else { break }
            p.i += 1
        }
        guard p.i == p.chars.count, !union.isEmpty, !union.contains("") else { return nil }
        return (Array(union).sorted(), alternatives)
    }

    /// Reads the pattern as scalars, not Characters: the patterns are built at start-up, and grapheme
    /// comparisons made deriving them a millisecond of every command's start.
    private struct Parser {
        let chars: [Unicode.Scalar]
        var i = 0

        /// Branches separated by `|` up to `)` or the end; nil when some branch requires nothing or the
        /// syntax is not understood.
        mutating func alternation() -> Set<String>? {
            var result: Set<String> = []
            var anyBranchFree = false
            while true {
                guard let branch = sequence() else { return nil }
                if let b = branch.required { result.formUnion(b) } else { anyBranchFree = true }
                guard i < chars.count, chars[i] == "|" else { break }
                i += 1
            }
            return anyBranchFree ? [] : result
        }

        struct Branch {
            var required: Set<String>?
            /// Every required set, of which `required` is the most selective.
            var all: [Set<String>] = []
        }

        /// One branch: literal runs and groups; the requirement is the best single one of them.
        mutating func sequence() -> Branch? {
            var options: [Set<String>] = []
            var run = ""
            func endRun() {
                if !run.isEmpty { options.append([run]) }
                run = ""
            }
            while i < chars.count, chars[i] != "|", chars[i] != ")" {
                let c = chars[i]
                var literal: Unicode.Scalar?
                var group: Set<String>?
                switch c {
                case "(":
                    i += 1
                    var lookaround = false
                    if i < chars.count, chars[i] == "?" {
                        guard i + 1 < chars.count else { return nil }
                        if chars[i + 1] == ":" { i += 2 }
                        else if chars[i + 1] == "=" || chars[i + 1] == "!" { i += 2; lookaround = true }
                        else if chars[i + 1] == "<", i + 2 < chars.count, chars[i + 2] == "=" || chars[i + 2] == "!" { i += 3; lookaround = true }
                        else { return nil }
                    }
                    guard let inner = alternation(), i < chars.count, chars[i] == ")" else { return nil }
                    i += 1
                    group = lookaround || inner.isEmpty ? nil : inner
                case "[":
                    guard skipClass() else { return nil }
                case "\\":
                    guard i + 1 < chars.count else { return nil }
                    let e = chars[i + 1]
                    i += 2
                    if "bBdDsSwW".unicodeScalars.contains(e) { break }
                    if e == "p" || e == "P" {
                        // A Unicode property (`\p{L}`, `\pL`): one character of a class, no literal.
                        if i < chars.count, chars[i] == "{" {
                            guard let close = chars[i...].firstIndex(of: "}") else { return nil }
                            i = close + 1
                        } else {
                            guard i < chars.count else { return nil }
                            i += 1
                        }
                        break
                    }
                    if e == "n" { literal = "\n" } else if e == "t" { literal = "\t" }
                    else if e.isASCII, Parser.isASCIIPunctuationOrSymbol(e) || e == " " { literal = e }
                    else { return nil }
                case ".", "^", "$":
                    i += 1
                case "?", "*", "+", "{":
                    return nil  // a quantifier with nothing before it
                default:
                    literal = c
                    i += 1
                }
                let (optional, repeated, ok) = quantifier()
                guard ok else { return nil }
                if let l = literal {
                    if optional { endRun() } else {
                        run.unicodeScalars.append(l)
                        if repeated { endRun() }  // "ab+c" matches "abbc": the run cannot go on past b
                    }
                } else {
                    endRun()
                    if let g = group, !optional { options.append(g) }
                }
            }
            endRun()
            // The best requirement: longest shortest string, then fewest strings.
            // (Lengths in scalars, computed once per option: the literals hold no combining marks, so this
            // is their length in Characters.)
            let shortest = options.map { o in o.map(\.unicodeScalars.count).min() ?? 0 }
            let best = options.indices.max { a, b in
                shortest[a] != shortest[b] ? shortest[a] < shortest[b] : options[a].count > options[b].count
            }
            return Branch(required: best.map { options[$0] }, all: options)
        }

        /// Consumes a quantifier if one follows: `optional` when it allows zero repetitions, `repeated`
        /// when it allows more than one.
        mutating func quantifier() -> (optional: Bool, repeated: Bool, ok: Bool) {
            guard i < chars.count else { return (false, false, true) }
            var optional = false
            var repeated = true
            switch chars[i] {
            case "?": optional = true; repeated = false; i += 1
            case "*": optional = true; i += 1
            case "+": i += 1
            case "{":
                guard let close = chars[i...].firstIndex(of: "}") else { return (false, false, false) }
                var inside = ""
                inside.unicodeScalars.append(contentsOf: chars[(i + 1)..<close])
                let bounds = inside.split(separator: ",", omittingEmptySubsequences: false)
                guard let min = Int(bounds.first ?? "") else { return (false, false, false) }
                optional = min == 0
                repeated = bounds.count > 1 || min > 1
                i = close + 1
            default: return (false, false, true)
            }
            if i < chars.count, chars[i] == "?" || chars[i] == "+" { i += 1 }
            return (optional, repeated, true)
        }

        /// What `Character.isPunctuation || isSymbol` says of an ASCII character: printable, not a letter,
        /// digit or space.
        static func isASCIIPunctuationOrSymbol(_ e: Unicode.Scalar) -> Bool {
            let v = e.value
            return (0x21...0x2F).contains(v) || (0x3A...0x40).contains(v) || (0x5B...0x60).contains(v) || (0x7B...0x7E).contains(v)
        }

        mutating func skipClass() -> Bool {
            i += 1
            if i < chars.count, chars[i] == "^" { i += 1 }
            if i < chars.count, chars[i] == "]" { i += 1 }
            while i < chars.count, chars[i] != "]" {
                if chars[i] == "[" { return false }  // nested sets: not needed, not understood
                i += chars[i] == "\\" ? 2 : 1
            }
            guard i < chars.count else { return false }
            i += 1
            return true
        }
    }

    /// Literal strings as UTF-8, bucketed by first byte, searched Horspool's way: the search runs over
    /// every line for every rule that gets that far (12 M instructions of a `diff` byte by byte), and a
    /// window of the shortest literal's length can mostly move on by several bytes at once.
    struct LiteralSet: Sendable {
        let buckets: [[[UInt8]]]
        /// The shortest literal's length in bytes (at most 255): the window.
        private let window: Int
        /// For the byte at a window's end: how far the window may move with no literal starting in between.
        private let shifts: [UInt8]
        /// Bytes some literal has at `window - 1`: only then can one start at the window.
        private let ends: [Bool]

        init(_ strings: [String]) {
            self.init(utf8: strings.map { Array($0.utf8) })
        }

        init(utf8 literals: [[UInt8]]) {
            var buckets = [[[UInt8]]](repeating: [], count: 256)
            for l in literals { buckets[Int(l[0])].append(l) }
            let m = min(literals.map(\.count).min() ?? 1, 255)
            var shifts = [UInt8](repeating: UInt8(m), count: 256)
            var ends = [Bool](repeating: false, count: 256)
            for l in literals {
                for j in 0..<(m - 1) { shifts[Int(l[j])] = min(shifts[Int(l[j])], UInt8(m - 1 - j)) }
                ends[Int(l[m - 1])] = true
            }
            self.buckets = buckets
            self.window = m
            self.shifts = shifts
            self.ends = ends
        }

        /// `containsAny(text, buckets)`: the same answer. A literal starting at s' after the window at s
        /// and before its end has the window's last byte at offset s + m - 1 - s' < m - 1 of it, so the
        /// shift for that byte is at most s' - s: no start is passed over.
        func isFound(in text: String) -> Bool {
            var text = text
            let m = window
            return text.withUTF8 { buf in
                let n = buf.count
                guard n >= m else { return false }
                return shifts.withUnsafeBufferPointer { shifts in
                    ends.withUnsafeBufferPointer { ends in
                        var s = 0
                        while s <= n - m {
                            let c = Int(buf[s + m - 1])
                            if ends[c] {
                                for lit in buckets[Int(buf[s])] where lit.count <= n - s {
                                    var j = 1
                                    while j < lit.count, buf[s + j] == lit[j] { j += 1 }
                                    if j == lit.count { return true }
                                }
                            }
                            s += Int(shifts[c])
                        }
                        return false
                    }
                }
            }
        }
    }

    /// True when `text` contains one of the literals (UTF-8, bucketed by first byte); one pass.
    static func containsAny(_ text: String, _ buckets: [[[UInt8]]]) -> Bool {
        var text = text
        return text.withUTF8 { buf in
            let n = buf.count
            var k = 0
            while k < n {
                for lit in buckets[Int(buf[k])] where lit.count <= n - k {
                    var j = 1
                    while j < lit.count, buf[k + j] == lit[j] { j += 1 }
                    if j == lit.count { return true }
                }
                k += 1
            }
            return false
        }
    }
}
