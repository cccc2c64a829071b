/// Semantic styles by name (`quote.verbatim`, `diff.changed`, `status` …).
///
/// Lookups fall back along the dotted name (`gutter.moved` → `gutter` → `text`), as in helix, so a theme can
/// be short and still cover every key the views use.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [String: Style]

    public init(name: String, styles: [String: Style]) {
        self.name = name
        self.styles = styles
    }

    /// Every key the views ask for; the shipped themes define all of them and the README documents them.
    public static let keys: [String] = [
        "text", "muted", "title", "heading", "selection", "status", "status.key", "status.progress",
        "error", "border", "help.key", "search.match", "search.current",
        "quote.verbatim", "quote.variant", "quote.single",
        "person", "person.highlight", "detail", "detail.conflict",
        "diff.changed", "diff.added", "diff.removed", "diff.filler",
        "gutter", "gutter.same", "gutter.changed", "gutter.only", "gutter.moved",
        "pane.focus", "pane.blur", "compare.selected",
    ]

    /// The style for `key` drawn over the base text style.
    public func style(_ key: String) -> Style {
        let base = styles["text"] ?? .plain
        if key == "text" { return base }
        var k = Substring(key)
        while true {
            if let s = styles[String(k)] { return s.over(base) }
            guard let dot = k.lastIndex(of: ".") else { return base }
            k = k[..<dot]
        }
    }

    /// Used when no theme file can be read: basic ANSI colours only, readable on any terminal.
    public static let builtinDark = Theme(name: "dark", styles: [
        "text": Style(),
        "muted": Style(fg: .indexed(8)),
        "title": Style(fg: .indexed(3), attributes: .bold),
        "heading": Style(fg: .indexed(6), attributes: .bold),
        "selection": Style(attributes: .reverse),
        "status": Style(fg: .indexed(0), bg: .indexed(6)),
        "status.key": Style(fg: .indexed(0), bg: .indexed(6), attributes: .bold),
        "status.progress": Style(fg: .indexed(0), bg: .indexed(3)),
        "error": Style(fg: .indexed(1), attributes: .bold),
        "border": Style(fg: .indexed(8)),
        "help.key": Style(fg: .indexed(3), attributes: .bold),
        "search.match": Style(fg: .indexed(0), bg: .indexed(3)),
        "search.current": Style(fg: .indexed(0), bg: .indexed(11), attributes: .bold),
        "quote": Style(fg: .indexed(2)),
        "quote.verbatim": Style(fg: .indexed(2)),
        "quote.variant": Style(fg: .indexed(3)),
        "quote.single": Style(fg: .indexed(6)),
        "person": Style(fg: .indexed(5), attributes: .bold),
        "person.highlight": Style(fg: .indexed(0), bg: .indexed(5), attributes: .bold),
        "detail": Style(fg: .indexed(4), attributes: .underline),
        "detail.conflict": Style(fg: .indexed(1), attributes: [.underline, .bold]),
        "diff.changed": Style(fg: .indexed(0), bg: .indexed(3)),
        "diff.added": Style(fg: .indexed(0), bg: .indexed(2)),
        "diff.removed": Style(fg: .indexed(0), bg: .indexed(1)),
        "diff.filler": Style(fg: .indexed(8)),
        "gutter": Style(fg: .indexed(8)),
        "gutter.same": Style(fg: .indexed(2)),
        "gutter.changed": Style(fg: .indexed(3), attributes: .bold),
        "gutter.only": Style(fg: .indexed(1), attributes: .bold),
        "gutter.moved": Style(fg: .indexed(4), attributes: .bold),
        "pane.focus": Style(fg: .indexed(0), bg: .indexed(6), attributes: .bold),
        "pane.blur": Style(attributes: .reverse),
        "compare.selected": Style(attributes: .bold),
    ])

    /// Attributes only: what monochrome terminals and `NO_COLOR` get.
    public static let builtinMono = Theme(name: "mono", styles: [
        "text": Style(),
        "muted": Style(attributes: .dim),
        "title": Style(attributes: [.bold, .underline]),
        "heading": Style(attributes: .bold),
        "selection": Style(attributes: .reverse),
        "status": Style(attributes: .reverse),
        "status.key": Style(attributes: [.reverse, .bold]),
        "status.progress": Style(attributes: [.reverse, .bold]),
        "error": Style(attributes: [.bold, .underline]),
        "border": Style(),
        "help.key": Style(attributes: .bold),
        "search.match": Style(attributes: .reverse),
        "search.current": Style(attributes: [.reverse, .bold, .underline]),
        "quote": Style(attributes: .bold),
        "quote.verbatim": Style(attributes: .bold),
        "quote.variant": Style(attributes: [.bold, .underline]),
        "quote.single": Style(attributes: .italic),
        "person": Style(attributes: .underline),
        "person.highlight": Style(attributes: [.reverse, .bold]),
        "detail": Style(attributes: .underline),
        "detail.conflict": Style(attributes: [.underline, .bold, .italic]),
        "diff.changed": Style(attributes: [.reverse]),
        "diff.added": Style(attributes: [.reverse, .bold]),
        "diff.removed": Style(attributes: [.reverse, .underline]),
        "diff.filler": Style(attributes: .dim),
        "gutter": Style(),
        "gutter.same": Style(attributes: .dim),
        "gutter.changed": Style(attributes: .bold),
        "gutter.only": Style(attributes: [.bold, .reverse]),
        "gutter.moved": Style(attributes: [.bold, .underline]),
        "pane.focus": Style(attributes: [.reverse, .bold]),
        "pane.blur": Style(attributes: .underline),
        "compare.selected": Style(attributes: .bold),
    ])
}
