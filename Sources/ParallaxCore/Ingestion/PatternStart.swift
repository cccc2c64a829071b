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
