/// How many colours the terminal can show; themes are written in full colour and degraded here.
public enum ColorDepth: Sendable, Equatable {
    case mono, ansi8, ansi256

    /// `NO_COLOR` (any non-empty value) wins over what the terminal claims.
    public static func detect(colors: Int, hasColors: Bool, environment: [String: String]) -> ColorDepth {
        if let v = environment["NO_COLOR"], !v.isEmpty { return .mono }
        guard hasColors else { return .mono }
        if colors >= 256 { return .ansi256 }
        if colors >= 8 { return .ansi8 }
        return .mono
    }

    /// A terminal colour index for `color` at this depth, or nil for the terminal default.
    public func index(for color: Color) -> Int? {
        switch self {
        case .mono: return nil
        case .ansi256:
            switch color {
            case .terminalDefault: return nil
            case .indexed(let i): return Int(i)
            case .rgb(let r, let g, let b): return ColorDepth.xterm256(r, g, b)
            }
        case .ansi8:
            switch color {
            case .terminalDefault: return nil
            case .indexed(let i) where i < 8: return Int(i)
            case .indexed(let i) where i < 16: return Int(i) - 8
            case .indexed(let i):
                let (r, g, b) = ColorDepth.rgb(ofXterm: Int(i))
                return ColorDepth.nearestBasic(r, g, b)
            case .rgb(let r, let g, let b): return ColorDepth.nearestBasic(Int(r), Int(g), Int(b))
            }
        }
    }

    /// Colour indices for a style at this depth, plus attributes that stand in for colours the depth
    /// cannot show. With 8 colours, greys are where themes get unreadable (a dark-grey selection bar becomes
    /// black on black), so a grey foreground becomes the terminal's own and a grey background becomes
    /// reverse video. Equal foreground and background get the contrasting basic colour.
    public func resolve(_ style: Style) -> (fg: Int?, bg: Int?, extra: Attributes) {
        var fg = index(for: style.fg)
        var bg = index(for: style.bg)
        var extra: Attributes = []
        if self == .ansi8 {
            if ColorDepth.isGrey(style.fg) { fg = nil }
            if ColorDepth.isGrey(style.bg) {
                bg = nil
                fg = nil
                extra.insert(.reverse)
            }
        }
        if let f = fg, let b = bg, f == b {
            fg = ColorDepth.isDark(b) ? (self == .ansi8 ? 7 : 15) : 0
        }
        return (fg, bg, extra)
    }

    /// Greys other than black and white, which 8-colour terminals cannot show.
    static func isGrey(_ c: Color) -> Bool {
        switch c {
        case .terminalDefault: return false
        case .indexed(let i): return i == 8 || i >= 232
        case .rgb(let r, let g, let b):
            let mx = max(r, g, b), mn = min(r, g, b)
            return mx - mn < 40 && mx > 24 && mn < 231
        }
    }

    static func isDark(_ i: Int) -> Bool {
        let (r, g, b) = rgb(ofXterm: i)
        return r * 299 + g * 587 + b * 114 < 128_000
    }

    static func xterm256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let (ri, gi, bi) = (Int(r), Int(g), Int(b))
        // Greys use the 24-step ramp, which is finer than the cube's diagonal.
        if abs(ri - gi) < 10 && abs(gi - bi) < 10 {
            let avg = (ri + gi + bi) / 3
            if avg < 4 { return 16 }
            if avg > 246 { return 231 }
            return 232 + min(23, max(0, (avg - 8 + 5) / 10))
        }
        func q(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
        return 16 + 36 * q(ri) + 6 * q(gi) + q(bi)
    }

    static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    ]

    static func rgb(ofXterm i: Int) -> (Int, Int, Int) {
        if i < 16 {
            let base = basic[i % 8]
            return i < 8 ? base : (min(255, base.0 + 50), min(255, base.1 + 50), min(255, base.2 + 50))
        }
        if i >= 232 { let v = 8 + (i - 232) * 10; return (v, v, v) }
        let c = i - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[c / 36], steps[(c / 6) % 6], steps[c % 6])
    }

    static func nearestBasic(_ r: Int, _ g: Int, _ b: Int) -> Int {
        // Saturation decides hue vs grey: a dim grey should become black or white, not blue.
        let mx = max(r, g, b), mn = min(r, g, b)
        if mx - mn < 40 { return (r + g + b) / 3 < 110 ? 0 : 7 }
        var best = 0
        var bestD = Int.max
        func unit(_ c: (Int, Int, Int)) -> (Int, Int, Int) {
            let m = max(1, max(c.0, c.1, c.2))
            return (c.0 * 255 / m, c.1 * 255 / m, c.2 * 255 / m)
        }
        let u = unit((r, g, b))
        for (i, c) in basic.enumerated() where i != 0 && i != 7 {
            // Compare hue direction: both normalised to the same brightness.
            let v = unit(c)
            let d = (u.0 - v.0) * (u.0 - v.0) + (u.1 - v.1) * (u.1 - v.1) + (u.2 - v.2) * (u.2 - v.2)
            if d < bestD { bestD = d; best = i }
        }
        return best
    }
}
