import Foundation
import TOMLKit

/// Why a theme file was not used, naming the file and line so the user can fix it.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Reads helix-style theme TOML:
///
/// ```toml
/// "quote.verbatim" = "green"                                  # foreground only
/// "diff.changed" = { fg = "bg", bg = "amber", modifiers = ["bold"] }
/// [palette]
/// amber = "#ffb000"
/// ```
public enum ThemeParser {
    static let namedColors: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "gray": 7, "white": 7,
        "light-gray": 7, "dark-gray": 8, "light-red": 9, "light-green": 10, "light-yellow": 11, "light-blue": 12,
        "light-magenta": 13, "light-cyan": 14, "bright-white": 15, "light-white": 15,
    ]

    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw ThemeError(file: file, line: e.source.begin.line, message: e.description)
        } catch {
            throw ThemeError(file: file, line: nil, message: "not valid TOML (\(error))")
        }
        var palette: [String: Color] = [:]
        if let p = table["palette"] {
            guard let pt = p.table else {
                throw ThemeError(file: file, line: line(of: "palette", in: text), message: "`palette` must be a table")
            }
            for key in pt.keys {
                guard let v = pt[key]?.string else {
                    throw ThemeError(file: file, line: line(of: key, in: text), message: "palette colour `\(key)` must be a string like \"#rrggbb\"")
                }
                guard let c = color(v, palette: [:]) else {
                    throw ThemeError(file: file, line: line(of: key, in: text), message: "palette colour `\(key)`: cannot read colour \"\(v)\"")
                }
                palette[key] = c
            }
        }
        var styles: [String: Style] = [:]
        for key in table.keys where key != "palette" {
            guard let value = table[key] else { continue }
            let ln = line(of: key, in: text)
            if let s = value.string {
                guard let c = color(s, palette: palette) else {
                    throw ThemeError(file: file, line: ln, message: "`\(key)`: unknown colour \"\(s)\" (use a palette name, an ANSI name or #rrggbb)")
                }
                styles[key] = Style(fg: c)
            } else if let t = value.table {
                styles[key] = try style(t, key: key, palette: palette, file: file, line: ln)
            } else {
                throw ThemeError(file: file, line: ln, message: "`\(key)` must be a colour string or a table { fg, bg, modifiers }")
            }
        }
        return Theme(name: name, styles: styles)
    }

    static func style(_ t: TOMLTable, key: String, palette: [String: Color], file: String, line: Int?) throws(ThemeError) -> Style {
        var s = Style()
        for field in t.keys {
            switch field {
            case "fg", "bg":
                guard let v = t[field]?.string, let c = color(v, palette: palette) else {
                    throw ThemeError(file: file, line: line, message: "`\(key)`.\(field): unknown colour \(t[field]?.debugDescription ?? "")")
                }
                if field == "fg" { s.fg = c } else { s.bg = c }
            case "modifiers":
                guard let arr = t[field]?.array else {
                    throw ThemeError(file: file, line: line, message: "`\(key)`.modifiers must be a list of strings")
                }
                for m in arr {
                    guard let name = m.string, let a = modifier(name) else {
                        throw ThemeError(file: file, line: line, message: "`\(key)`: unknown modifier \(m.debugDescription) (bold, underlined, reversed, dim, italic)")
                    }
                    s.attributes.insert(a)
                }
            default:
                throw ThemeError(file: file, line: line, message: "`\(key)`: unknown field `\(field)` (fg, bg, modifiers)")
            }
        }
        return s
    }

    static func modifier(_ name: String) -> Attributes? {
        switch name {
        case "bold": return .bold
        case "underlined", "underline": return .underline
        case "reversed", "reverse": return .reverse
        case "dim": return .dim
        case "italic": return .italic
        default: return nil
        }
    }

    static func color(_ s: String, palette: [String: Color]) -> Color? {
        if let c = palette[s] { return c }
        if s == "default" || s == "reset" { return .terminalDefault }
        if let i = namedColors[s] { return .indexed(i) }
        if s.hasPrefix("#"), s.count == 7, let v = UInt32(s.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
        }
        if let i = UInt8(s) { return .indexed(i) }
        return nil
    }

    /// The 1-based line where `key` is defined (TOMLKit does not keep positions of valid values).
    static func line(of key: String, in text: String) -> Int? {
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let l = raw.drop(while: { $0 == " " || $0 == "\t" })
            if l.hasPrefix("\"\(key)\"") || l.hasPrefix("'\(key)'") || l.hasPrefix("[\(key)]") {
                return n + 1
            }
            if l.hasPrefix(key) {
                let rest = l.dropFirst(key.count).drop(while: { $0 == " " })
                if rest.hasPrefix("=") { return n + 1 }
            }
        }
        return nil
    }
}
