import Foundation
import Synchronization

/// A regular expression for the cleaning and metadata rules.
///
/// Wraps `NSRegularExpression` (ICU) rather than Swift `Regex`: the rules run on every line of every file,
/// and ICU is an order of magnitude faster, notably in debug builds where `make run` lives.
/// The expression is compiled on first use: most lines fail the literal test (`mayMatch`), so most rules
/// never reach ICU in a run, and compiling all of them up front was ~2 ms of every command's start, spent
/// before the first file could be cleaned.
struct LinePattern: Sendable {
    private let compiled: Compiled
    let isAnchored: Bool
    /// Bytes a match can start with (see `PatternStart`), as a table; nil when not derivable.
    private let firstBytes: [Bool]?
    /// Literal texts a match starts with (`PatternStart.prefixes`), bucketed by first byte; nil when not
    /// derivable.
    private let prefixes: [[[UInt8]]]?
    /// Every match ends the line with a decimal digit (`PatternEnd.digit`).
    private let endsInDigit: Bool

    init(_ pattern: String, caseInsensitive: Bool = false) {
        // The pattern's tests come from the stored table (`RuleDerivations`) when it has the pattern, and
        // are derived here otherwise: same values either way.
        let stored = RuleDerivations.stored(pattern)
        compiled = Compiled(pattern: pattern, caseInsensitive: caseInsensitive, stored: stored)
        #if DEBUG
        // The patterns are constants of this module; a typo must fail the first test, not a user's run.
        _ = compiled.regex
        #endif
        isAnchored = stored?.anchored ?? Self.anchored(pattern)
        endsInDigit = PatternEnd.digit(pattern)
        if !caseInsensitive, let bytes = stored.map({ $0.firstBytes() }) ?? PatternStart.firstBytes(pattern).map({ Array($0) }) {
            var table = [Bool](repeating: false, count: 256)
            for b in bytes { table[Int(b)] = true }
            firstBytes = table
        } else {
            firstBytes = nil
        }
        if !caseInsensitive, let starts = stored.map({ $0.prefixes() }) ?? PatternStart.prefixes(pattern) {
            var buckets = [[[UInt8]]](repeating: [], count: 256)
            for p in starts { buckets[Int(p[0])].append(p) }
            prefixes = buckets
        } else {
            prefixes = nil
        }
    }

    var regex: NSRegularExpression { compiled.regex }

    /// Literals every match contains one of (see `RequiredLiterals`); nil when not derivable.
    var literals: RequiredLiterals.LiteralSet? { compiled.literals?.any }

    /// The expression and its literals, each built once on the first thread that needs it: most lines
    /// fail the first-byte test, so most rules never need either in a run.
    private final class Compiled: @unchecked Sendable {
        // NSRegularExpression is immutable and safe to share once built; the mutexes guard only the builds.
        private let pattern: String
        private let caseInsensitive: Bool
        /// The stored derivation, if the table has the pattern (its literals are turned into search tables
        /// only when first needed, like the derivation).
        private let stored: RuleDerivations.Stored?
        private let cache = Mutex<NSRegularExpression?>(nil)
        private let literalCache = Mutex<Literals??>(nil)

        init(pattern: String, caseInsensitive: Bool, stored: RuleDerivations.Stored?) {
            self.pattern = pattern
            self.caseInsensitive = caseInsensitive
            self.stored = stored
        }

        var regex: NSRegularExpression {
            cache.withLock { cached in
                if let cached { return cached }
                let built = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
                cached = built
                return built
            }
        }

        var literals: Literals? {
            literalCache.withLock { cached in
                if let cached { return cached }
                var built: Literals?
                if var lits = stored.map({ $0.literals() }) ?? RuleDerivations.derive(literalsOf: pattern) {
                    // Matched without regard to case, a literal is searched for in lower case in the line
                    // folded to lower case (`Literals.caselessKey`). Only ASCII literals can be: "ß" in a
                    // pattern matches "ss" in the text, so a non-ASCII one leaves the pattern untested.
                    let usable = !caseInsensitive || lits.any.allSatisfy { $0.allSatisfy { $0 < 0x80 } }
                    if caseInsensitive, usable {
                        func lower(_ l: [UInt8]) -> [UInt8] { l.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 } }
                        lits.any = lits.any.map(lower)
                        // An alternative's sets are only a sharper test; with a non-ASCII literal they go.
                        lits.alternatives = lits.alternatives.flatMap { alts in
                            alts.allSatisfy { $0.allSatisfy { $0.allSatisfy { $0.allSatisfy { $0 < 0x80 } } } }
                                ? alts.map { $0.map { $0.map(lower) } } : nil
                        }
                    }
                    if usable {
                        built = Literals(any: .init(utf8: lits.any), alternatives: lits.alternatives.map {
                            $0.map { sets in sets.map(RequiredLiterals.LiteralSet.init(utf8:)) }
                        }, caseless: caseInsensitive)
                    }
                }
                cached = .some(built)
                return built
            }
        }
    }

    /// The literal tests: `any` holds what every match contains one of; `alternatives`, when derivable,
    /// each top-level alternative's sets, of which a match of that alternative contains one string each
    /// (asked only of lines that pass `any`).
    struct Literals: Sendable {
        var any: RequiredLiterals.LiteralSet
        var alternatives: [[RequiredLiterals.LiteralSet]]?
        /// The pattern is matched without regard to case; the literals are in lower case.
        var caseless = false

        func admit(_ line: String) -> Bool {
            var s = line
            if caseless {
                guard let key = Self.caselessKey(line) else { return true }
                s = key
            }
            guard any.isFound(in: s) else { return false }
            guard let alternatives else { return true }
            return alternatives.contains { sets in sets.allSatisfy { $0.isFound(in: s) } }
        }

        /// The line with ASCII capitals in lower case, in which an ASCII literal occurs exactly where ICU's
        /// case-insensitive match of it could; nil when some character's case folding may reach ASCII
        /// ("ſ" folds to "s", "K" (Kelvin) to "k", "ﬁ" to "fi"), so the line is left to ICU.
        static func caselessKey(_ s: String) -> String? {
            var bytes = [UInt8]()
            bytes.reserveCapacity(s.utf8.count)
            for u in s.unicodeScalars {
                if u.isASCII {
                    let b = UInt8(u.value)
                    bytes.append((0x41...0x5A).contains(b) ? b | 0x20 : b)
                } else {
                    guard !u.properties.changesWhenCaseFolded else { return nil }
                    bytes.append(contentsOf: String(u).utf8)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// False only when the line cannot match: it starts with a byte no match starts with, ends in no digit
    /// when every match does, or lacks every literal the pattern requires.
    func mayMatch(_ s: String) -> Bool {
        if endsInDigit, !PatternEnd.endsWithDigit(s) { return false }
        if let firstBytes {
            guard let b = s.utf8.first, firstBytes[Int(b)] else { return false }
        }
        if let prefixes, !Self.startsWithAny(s, prefixes) { return false }
        guard let literals = compiled.literals else { return true }
        return literals.admit(s)
    }

    /// Whether `s` begins with one of the texts (UTF-8, bucketed by first byte).
    static func startsWithAny(_ s: String, _ buckets: [[[UInt8]]]) -> Bool {
        var s = s
        return s.withUTF8 { b in
            guard let first = b.first else { return false }
            return buckets[Int(first)].contains { p in p.count <= b.count && p.indices.allSatisfy { b[$0] == p[$0] } }
        }
    }

    func matches(_ s: String) -> Bool {
        guard mayMatch(s) else { return false }
        return regex.firstMatch(in: s, options: isAnchored ? [.anchored] : [], range: NSRange(s.startIndex..., in: s)) != nil
    }

    /// Every top-level alternative starts with `^`, so only position 0 needs trying; ICU would otherwise
    /// retry the whole alternation at every position of the line.
    static func anchored(_ pattern: String) -> Bool {
        var depth = 0
        var inClass = false
        var escaped = false
        var atAlternativeStart = true
        for c in pattern.unicodeScalars {  // scalars: Character iteration made this a start-up cost
            if atAlternativeStart {
                if c != "^" { return false }
                atAlternativeStart = false
                continue
            }
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "[": inClass = true
            case "]": inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0: atAlternativeStart = true
            default: break
            }
        }
        return !atAlternativeStart
    }

    struct Match {
        /// Capture groups (index 0: the whole match); nil for a group that did not take part.
        var groups: [String?]
        /// Unicode-scalar range of the whole match.
        var start: Int
        var end: Int
    }

    func firstMatch(_ s: String, whole: Bool = false) -> Match? {
        guard mayMatch(s) else { return nil }
        guard let m = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        if whole, m.range.location != 0 || m.range.length != (s as NSString).length { return nil }
        var groups: [String?] = []
        for g in 0..<m.numberOfRanges {
            let r = m.range(at: g)
            groups.append(r.location == NSNotFound ? nil : Range(r, in: s).map { String(s[$0]) })
        }
        guard let whole = Range(m.range, in: s) else { return nil }
        let scalars = s.unicodeScalars
        let start = scalars.distance(from: scalars.startIndex, to: whole.lowerBound)
        let end = start + scalars.distance(from: whole.lowerBound, to: whole.upperBound)
        return Match(groups: groups, start: start, end: end)
    }
}
