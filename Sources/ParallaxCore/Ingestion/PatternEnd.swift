/// Whether every match of a line pattern ends the line with a decimal digit: the pattern ends in `\d$`,
/// `\d+$` or `\d{n}$` / `\d{n,m}$` (n ≥ 1), with no alternation outside a group and no inline options. A
/// line that does not end so cannot match, and is turned away before ICU: the life-span and date-range
/// patterns (`^…\d{4}$`, with `\p{L}` classes that cost ~1 M instructions each to compile) otherwise met
/// every short line with a dash.
enum PatternEnd {
    static func digit(_ pattern: String) -> Bool {
        var p = Array(pattern.utf8.suffix(16))
        guard p.last == UInt8(ascii: "$") else { return false }
        p.removeLast()
        if p.last == UInt8(ascii: "+") {
            p.removeLast()
        } else if p.last == UInt8(ascii: "}") {
            guard let open = p.lastIndex(of: UInt8(ascii: "{")) else { return false }
            let count = p[(open + 1)..<(p.count - 1)]
            // At least one digit: the count's lower bound is not 0.
            guard let first = count.first, first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9"),
                count.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ",") })
            else { return false }
            p.removeSubrange(open...)
        }
        // `\d` itself, not an escaped backslash before a "d".
        guard p.count >= 2, p[p.count - 2] == UInt8(ascii: "\\"), p[p.count - 1] == UInt8(ascii: "d"),
            p.count < 3 || p[p.count - 3] != UInt8(ascii: "\\")
        else { return false }
        return !hasInlineOptions(pattern) && !hasTopLevelAlternation(pattern)
    }

    /// "(?" anywhere: an inline option could make `$` match before every line end.
    static func hasInlineOptions(_ pattern: String) -> Bool {
        var previous: UInt8 = 0
        for b in pattern.utf8 {
            if previous == UInt8(ascii: "("), b == UInt8(ascii: "?") { return true }
            previous = b
        }
        return false
    }

    /// A `|` outside every group and character class: another alternative may end otherwise.
    static func hasTopLevelAlternation(_ pattern: String) -> Bool {
        var depth = 0
        var inClass = false
        var escaped = false
        for b in pattern.utf8 {
            if escaped { escaped = false; continue }
            switch b {
            case UInt8(ascii: "\\"): escaped = true
            case UInt8(ascii: "["): inClass = true
            case UInt8(ascii: "]"): inClass = false
            case UInt8(ascii: "(") where !inClass: depth += 1
            case UInt8(ascii: ")") where !inClass: depth -= 1
            case UInt8(ascii: "|") where !inClass && depth == 0: return true
            default: break
            }
        }
        return false
    }

    /// Whether the line's last scalar is a decimal digit (ICU's `\d`, general category Nd), looking past one
    /// final line terminator, before which ICU's `$` also matches.
    static func endsWithDigit(_ s: String) -> Bool {
        let scalars = s.unicodeScalars
        var end = scalars.endIndex
        guard end > scalars.startIndex else { return false }
        var last = scalars[scalars.index(before: end)]
        if lineTerminators.contains(last.value) {
            end = scalars.index(before: end)
            if last == "\n", end > scalars.startIndex, scalars[scalars.index(before: end)] == "\r" { end = scalars.index(before: end) }
            guard end > scalars.startIndex else { return false }
            last = scalars[scalars.index(before: end)]
        }
        return last.properties.numericType == .decimal
    }

    static let lineTerminators: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]
}
