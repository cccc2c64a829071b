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
    /// Literals every match contains (see `RequiredLiterals`), as UTF-8, bucketed by first byte; nil when
    /// not derivable.
    let literals: [[[UInt8]]]?

    init(_ pattern: String, caseInsensitive: Bool = false) {
        compiled = Compiled(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        #if DEBUG
        // The patterns are constants of this module; a typo must fail the first test, not a user's run.
        _ = compiled.regex
        #endif
        isAnchored = Self.anchored(pattern)
        if !caseInsensitive, let lits = RequiredLiterals.derive(pattern) {
            var buckets = [[[UInt8]]](repeating: [], count: 256)
            for l in lits { buckets[Int(l.utf8.first!)].append(Array(l.utf8)) }
            literals = buckets
        } else {
            literals = nil
        }
    }

    var regex: NSRegularExpression { compiled.regex }

    /// Compiles once, on the first thread that needs it.
    private final class Compiled: @unchecked Sendable {
        // NSRegularExpression is immutable and safe to share once built; the mutex guards only the build.
        private let pattern: String
        private let options: NSRegularExpression.Options
        private let cache = Mutex<NSRegularExpression?>(nil)

        init(pattern: String, options: NSRegularExpression.Options) {
            self.pattern = pattern
            self.options = options
        }

        var regex: NSRegularExpression {
            cache.withLock { cached in
                if let cached { return cached }
                let built = try! NSRegularExpression(pattern: pattern, options: options)
                cached = built
                return built
            }
        }
    }

    /// False only when the line cannot match: it lacks every literal the pattern requires.
    func mayMatch(_ s: String) -> Bool {
        guard let literals else { return true }
        return RequiredLiterals.containsAny(s, literals)
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
