import ParallaxCore

/// Makes any grapheme safe to hand to the terminal.
///
/// Article text is untrusted web paste: an escape sequence could recolour or retitle the terminal, a bidi
/// override could make a quote read differently from what it says. Every grid write goes through here, so
/// no view can forget it: control characters become visible Control Pictures (`␛`), bidi controls are
/// dropped, and anything with no width of its own is dropped rather than allowed to shift the layout.
public enum SafeText {
    /// The grapheme to draw and its width in cells (1 or 2), or nil when nothing should be drawn.
    @inline(__always)
    public static func displayable(_ c: Character) -> (Character, Int)? {
        // Fast path for the overwhelmingly common case.
        if let a = c.asciiValue {
            if a >= 0x20 && a < 0x7F { return (c, 1) }
        }
        // Common single-scalar text outside ASCII (Latin-1 letters, dashes, curly quotes, bullets, box
        // drawing) is one cell wide; skip the Unicode property lookups for it.
        let scalars = c.unicodeScalars
        if let u = scalars.first, scalars.count == 1 {
            switch u.value {
            case 0xA1...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x21FF,
                0x2500...0x259F:
                return (c, 1)
            default: break
            }
        }
        var needsRewrite = false
        for u in c.unicodeScalars where isControl(u) || isBidiControl(u) {
            needsRewrite = true
            break
        }
        if !needsRewrite {
            let w = DisplayWidth.of(c)
            return w == 0 ? nil : (c, min(w, 2))
        }
        // Controls form graphemes of their own (except CR LF), so the first scalar decides.
        var out = String.UnicodeScalarView()
        for u in c.unicodeScalars {
            if isBidiControl(u) { continue }
            if isControl(u) { out.append(picture(for: u)) } else { out.append(u) }
        }
        guard let first = String(out).first else { return nil }
        let w = DisplayWidth.of(first)
        return w == 0 ? nil : (first, min(w, 2))
    }

    static func isControl(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0)
    }

    /// Explicit embeddings, overrides and isolates, plus the marks that can reorder neighbouring text.
    static func isBidiControl(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    static func picture(for u: Unicode.Scalar) -> Unicode.Scalar {
        let v = u.value
        if v == 0x09 { return " " }
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
        if v == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"  // C1 controls: no picture exists; the replacement character is visible and inert.
    }
}
