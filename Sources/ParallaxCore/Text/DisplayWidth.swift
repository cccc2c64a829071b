import Foundation

/// Terminal cell widths, so text output and the TUI agree on layout: East Asian wide and emoji take two
/// cells, combining marks and zero-width characters none.
public enum DisplayWidth {
    public static func of(_ c: Character) -> Int {
        // ASCII first: most text is, and the Unicode property look-ups below were a tenth of `diff`'s text output.
        if let a = c.asciiValue { return a >= 0x20 && a < 0x7F ? 1 : 0 }
        var width = 0
        var first = true
        for u in c.unicodeScalars {
            if first {
                width = of(u)
                first = false
            } else if u.value == 0xFE0F {
                // Emoji presentation selector makes the grapheme wide.
                width = 2
            }
        }
        return width
    }

    public static func of(_ s: String) -> Int {
        // An ASCII string is one cell per printable byte (controls, and a CR LF pair, take none): no
        // grapheme breaking needed.
        var cells = 0
        for b in s.utf8 {
            if b >= 0x80 { return s.reduce(0) { $0 + of($1) } }
            if b >= 0x20 && b < 0x7F { cells += 1 }
        }
        return cells
    }

    public static func of(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v == 0 { return 0 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x7F { return 1 }
        let p = u.properties
        switch p.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (v >= 0x1160 && v <= 0x11FF) { return 0 }
        if isWide(v) { return 2 }
        if p.isEmojiPresentation { return 2 }
        return 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
