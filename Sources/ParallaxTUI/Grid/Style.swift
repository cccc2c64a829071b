/// A terminal colour as themes write it; the backend degrades it to what the terminal can show.
public enum Color: Sendable, Hashable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 256 xterm colours (0–15 are the basic and bright ANSI colours).
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes that work on every terminal, including monochrome ones.
public struct Attributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1)
    public static let underline = Attributes(rawValue: 2)
    public static let reverse = Attributes(rawValue: 4)
    public static let dim = Attributes(rawValue: 8)
    public static let italic = Attributes(rawValue: 16)
}

/// A fully resolved look for one cell. Views ask the theme for these by semantic name, so no view hard-codes
/// a colour.
public struct Style: Sendable, Hashable {
    public var fg: Color
    public var bg: Color
    public var attributes: Attributes

    public init(fg: Color = .terminalDefault, bg: Color = .terminalDefault, attributes: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    public static let plain = Style()

    /// This style drawn on top of `base`: unset colours show the base through, attributes add up.
    public func over(_ base: Style) -> Style {
        Style(
            fg: fg == .terminalDefault ? base.fg : fg,
            bg: bg == .terminalDefault ? base.bg : bg,
            attributes: attributes.union(base.attributes))
    }

    public func adding(_ a: Attributes) -> Style {
        var s = self
        s.attributes.formUnion(a)
        return s
    }
}
