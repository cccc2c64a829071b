/// The bytes a match of an anchored pattern can begin with, derived from the pattern: a line whose first
/// byte is not among them cannot match, which is cheaper to see than the literal search and lets most rules
/// skip a line without deriving literals or compiling ICU at all.
///
/// Conservative like `RequiredLiterals`: every top-level alternative must start with `^` followed by a
/// literal, an escaped punctuation mark, `\d`, or a group whose branches all start that way, none of them
/// optional; anything else (classes, `.`, `\s`, inline options, lookarounds) gives nil, so the line is
/// never skipped on a guess. Patterns matched case-insensitively must not use it.
enum PatternStart {
    static func firstBytes(_ pattern: String) -> Set<UInt8>? {
        let chars = Array(pattern.unicodeScalars)
        var result = Set<UInt8>()
        for alternative in branches(chars[...]) {
            guard alternative.first == "^", let first = first(alternative.dropFirst()) else { return nil }
            result.formUnion(first)
        }
        return result.isEmpty ? nil : result
    }

    /// Most prefixes `prefixes` lists; a pattern that would need more is left to the other tests.
    static let maxPrefixes = 1024

    /// The literal texts (UTF-8) one of which every match of an anchored pattern begins with: "ed",
    /// "editor", "note to editors", … for `^(eds|ed|editors?'? ?notes?|…|note to editors|…)\s*:`. A line
    /// that starts with none cannot match. Much sharper than the first byte: prose lines that open with "e"
    /// and hold a colon passed both other tests, and each such rule cost an ICU compile (1.3 M instructions)
    /// to reject the line.
    ///
    /// Conservative like `firstBytes`: every top-level alternative must start with `^`, and a text ends at
    /// the first element that is not a literal, an escaped punctuation mark, `\d` or a group whose branches
    /// all start that way. An optional element contributes both ways (`(new:? )?you` starts "new:", "new "
    /// or "you"). Nil when some alternative may start with anything.
    static func prefixes(_ pattern: String) -> [[UInt8]]? {
        let parser = PrefixParser(Array(pattern.unicodeScalars))
        guard let parser else { return nil }
        var out: [[UInt8]] = []
        for (lo, hi) in parser.branches(owner: parser.c.count, 0, parser.c.count) {
            guard lo < hi, parser.c[lo] == "^", let p = parser.sequence(lo + 1, hi) else { return nil }
            out += p
            guard out.count <= maxPrefixes else { return nil }
        }
        out.sort { $0.lexicographicallyPrecedes($1) }
        var unique: [[UInt8]] = []
        for p in out where p != unique.last { unique.append(p) }
        return unique.isEmpty ? nil : unique
    }

    /// One pass finds every group's closing parenthesis and the `|` of each level, so the recursive
    /// derivation reads indices instead of rescanning slices (it runs for every rule at start-up).
    struct PrefixParser {
        let c: [Unicode.Scalar]
        /// For each `(`, the index of its `)`.
        private var close: [Int]
        /// For each `(` (and for the whole pattern, at `c.count`), the indices of its top-level `|`.
        private var bars: [Int: [Int]] = [:]

        init?(_ c: [Unicode.Scalar]) {
            self.c = c
            close = [Int](repeating: -1, count: c.count)
            var stack: [Int] = []
            var i = 0
            while i < c.count {
                switch c[i] {
                case "\\": i += 1
                case "[":
                    // To the class's end, as ICU reads it: a "]" first (after "^") is a member; nested sets
                    // are not understood.
                    i += 1
                    if i < c.count, c[i] == "^" { i += 1 }
                    if i < c.count, c[i] == "]" { i += 1 }
                    while i < c.count, c[i] != "]" {
                        if c[i] == "[" { return nil }
                        i += c[i] == "\\" ? 2 : 1
                    }
                    guard i < c.count else { return nil }
                case "(": stack.append(i)
                case ")":
                    guard let open = stack.popLast() else { return nil }
                    close[open] = i
                case "|": bars[stack.last ?? c.count, default: []].append(i)
                default: break
                }
                i += 1
            }
            guard stack.isEmpty else { return nil }
        }

        /// The branches of c[lo..<hi]: the inside of the group opened at `owner`, or (owner `c.count`) the
        /// whole pattern.
        func branches(owner: Int, _ lo: Int, _ hi: Int) -> [(Int, Int)] {
            var out: [(Int, Int)] = []
            var from = lo
            for bar in bars[owner] ?? [] where bar >= lo && bar < hi {
                out.append((from, bar))
                from = bar + 1
            }
            out.append((from, hi))
            return out
        }

        /// The literal character at `i` (a plain one or escaped punctuation), and where it ends. A scalar,
        /// not its UTF-8 in an array: this runs for every character of every rule at start-up.
        func literal(at i: Int, _ hi: Int) -> (Unicode.Scalar, Int)? {
            switch c[i] {
            case "\\":
                guard i + 1 < hi, c[i + 1].isASCII, isASCIIPunctuation(c[i + 1]) else { return nil }
                return (c[i + 1], i + 2)
            case "(", "[", ".", "^", "$", "|", ")", "?", "*", "+", "{":
                return nil
            default:
                return (c[i], i + 1)
            }
        }

        static func isQuantifier(_ u: Unicode.Scalar) -> Bool { u == "?" || u == "*" || u == "+" || u == "{" }

        /// The texts a match of c[lo..<hi] starts with; nil when it may start with anything.
        func sequence(_ lo: Int, _ hi: Int) -> [[UInt8]]? {
            guard lo < hi else { return nil }
            // A run of plain literals is read in one go, so a long word costs one text, not one per letter.
            var text: [UInt8] = []
            var i = lo
            while i < hi, let (scalar, next) = literal(at: i, hi), next >= hi || !Self.isQuantifier(c[next]) {
                UTF8.encode(scalar) { text.append($0) }
                i = next
            }
            if !text.isEmpty {
                guard let rest = sequence(i, hi) else { return [text] }
                return rest.map { text + $0 }
            }
            var starts: [[UInt8]]
            var isText = false  // one fixed text, which what follows may extend
            switch c[i] {
            case "(":
                let end = close[i]
                var inner = i + 1
                if inner < end, c[inner] == "?" {
                    guard inner + 1 < end, c[inner + 1] == ":" else { return nil }  // inline options, lookarounds
                    inner += 2
                }
                starts = []
                for (a, b) in branches(owner: i, inner, end) {
                    guard let p = sequence(a, b) else { return nil }
                    starts += p
                }
                guard starts.count <= maxPrefixes else { return nil }
                i = end + 1
            case "\\":
                guard i + 1 < hi else { return nil }
                let e = c[i + 1]
                if e == "d" {
                    starts = (UInt8(ascii: "0")...UInt8(ascii: "9")).map { [$0] }
                } else if e.isASCII, isASCIIPunctuation(e) {
                    starts = [[UInt8(e.value)]]
                    isText = true
                } else {
                    return nil
                }
                i += 2
            case "[", ".", "^", "$", "|", ")", "?", "*", "+", "{":
                return nil
            default:
                var utf8: [UInt8] = []
                UTF8.encode(c[i]) { utf8.append($0) }
                starts = [utf8]
                isText = true
                i += 1
            }
            var optional = false
            var repeated = false
            if i < hi {
                switch c[i] {
                case "?": optional = true; i += 1
                case "*": optional = true; repeated = true; i += 1
                case "+": repeated = true; i += 1
                case "{":
                    guard let end = c[i..<hi].firstIndex(of: "}") else { return nil }
                    optional = i + 1 < hi && c[i + 1] == "0"
                    repeated = true
                    i = end + 1
                default: break
                }
                if (optional || repeated), i < hi, c[i] == "?" || c[i] == "+" { i += 1 }  // lazy, possessive
            }
            if optional {
                guard let rest = sequence(i, hi), starts.count + rest.count <= maxPrefixes else { return nil }
                return starts + rest
            }
            if isText, !repeated, let rest = sequence(i, hi), rest.count <= maxPrefixes {
                return rest.map { starts[0] + $0 }
            }
            return starts
        }
    }

    /// Where `s` starts, if its first element is required and its first characters are known.
    static func first(_ s: ArraySlice<Unicode.Scalar>) -> Set<UInt8>? {
        guard let c = s.first else { return nil }
        let start = s.startIndex
        switch c {
        case "(":
            guard let close = closing(s) else { return nil }
            var inner = s[(start + 1)..<close]
            if inner.first == "?" {
                guard inner.dropFirst().first == ":" else { return nil }  // inline options, lookarounds
                inner = inner.dropFirst(2)
            }
            guard !isOptional(s, after: close) else { return nil }
            var out = Set<UInt8>()
            for branch in branches(inner) {
                guard let f = first(branch) else { return nil }
                out.formUnion(f)
            }
            return out.isEmpty ? nil : out
        case "\\":
            guard s.count >= 2 else { return nil }
            let e = s[start + 1]
            guard !isOptional(s, after: start + 1) else { return nil }
            if e == "d" { return Set(UInt8(ascii: "0")...UInt8(ascii: "9")) }
            guard e.isASCII, isASCIIPunctuation(e) else { return nil }
            return [UInt8(e.value)]
        case "[", ".", "^", "$", "|", ")", "?", "*", "+", "{":
            return nil
        default:
            guard !isOptional(s, after: start) else { return nil }
            var utf8: [UInt8] = []
            UTF8.encode(c) { utf8.append($0) }
            return [utf8[0]]
        }
    }

    /// Whether the element ending at `index` may occur zero times.
    static func isOptional(_ s: ArraySlice<Unicode.Scalar>, after index: Int) -> Bool {
        let next = index + 1
        guard next < s.endIndex else { return false }
        switch s[next] {
        case "?", "*": return true
        case "{": return next + 1 < s.endIndex && s[next + 1] == "0"
        default: return false
        }
    }

    /// The index of the `)` closing the group that opens at the start of `s`.
    static func closing(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        var found: Int?
        structure(s) { i, c, depth in
            if c == ")" && depth == 0 { found = i; return false }
            return true
        }
        return found
    }

    /// `s` split at its top-level `|`.
    static func branches(_ s: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        var out: [ArraySlice<Unicode.Scalar>] = []
        var from = s.startIndex
        structure(s) { i, c, depth in
            if c == "|" && depth == 0 {
                out.append(s[from..<i])
                from = i + 1
            }
            return true
        }
        out.append(s[from..<s.endIndex])
        return out
    }

    /// Calls `visit(index, scalar, depth)` for each `(`, `)` and `|` outside classes and escapes, with the
    /// group depth after it, while `visit` returns true.
    static func structure(_ s: ArraySlice<Unicode.Scalar>, _ visit: (Int, Unicode.Scalar, Int) -> Bool) {
        var depth = 0
        var inClass = false
        var escaped = false
        for i in s.indices {
            let c = s[i]
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case "(" where !inClass:
                depth += 1
                if !visit(i, c, depth) { return }
            case ")" where !inClass:
                depth -= 1
                if !visit(i, c, depth) { return }
            case "|" where !inClass:
                if !visit(i, c, depth) { return }
            default: break
            }
        }
    }

    static func isASCIIPunctuation(_ e: Unicode.Scalar) -> Bool {
        let v = e.value
        return (0x21...0x2F).contains(v) || (0x3A...0x40).contains(v) || (0x5B...0x60).contains(v) || (0x7B...0x7E).contains(v)
    }
}
