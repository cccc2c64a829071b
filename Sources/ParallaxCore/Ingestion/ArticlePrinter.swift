import Foundation

/// The plain-text form of one article for `parallax read`: a short header, then the paragraphs wrapped to
/// the terminal, then (on request) what cleaning removed and why.
public enum ArticlePrinter {
    public static func render(_ a: Article, width: Int? = nil, showRemoved: Bool = false) -> String {
        var out: [String] = []
        let title = a.title ?? a.id
        out.append(contentsOf: wrap(title, width: width))
        out.append(String(repeating: "=", count: min(DisplayWidth.of(title), width ?? 80)))
        let facts = [a.outlet, a.byline.map { "by \($0)" }.flatMap { by in
            // "by by AFP" would read badly when the byline already starts with "by".
            a.byline?.lowercased().hasPrefix("by ") == true ? a.byline : by
        }, a.date].compactMap { $0 }
        if !facts.isEmpty { out.append(contentsOf: wrap(facts.joined(separator: " · "), width: width)) }
        out.append("")
        for p in a.paragraphs {
            if p.isHeading {
                out.append(contentsOf: wrap(p.text, width: width))
                out.append(String(repeating: "-", count: min(DisplayWidth.of(p.text), width ?? 80)))
            } else {
                out.append(contentsOf: wrap(p.text, width: width))
            }
            out.append("")
        }
        if showRemoved {
            out.append("Removed by cleaning (\(a.removed.count) line\(a.removed.count == 1 ? "" : "s")):")
            let w = String(a.removed.map(\.line).max() ?? 0).count
            for r in a.removed {
                let number = String(repeating: " ", count: w - String(r.line).count) + String(r.line)
                let head = "  line \(number)  \(r.reason): "
                if let width, DisplayWidth.of(head) + 10 > width {
                    // A long reason: the reason on its line, the removed text indented below.
                    out.append(clip(head.trimmingCharacters(in: .whitespaces).isEmpty ? head : String(head.dropLast()), to: width))
                    out.append("      " + clip(r.text, to: width - 6))
                } else {
                    out.append(head + clip(r.text, to: width.map { $0 - DisplayWidth.of(head) }))
                }
            }
            if a.removed.isEmpty { out.append("  (nothing)") }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n")
    }

    /// One line cut to `width` cells with an ellipsis, so a removed 2,000-character notice stays one line.
    static func clip(_ text: String, to width: Int?) -> String {
        guard let width, width >= 4, DisplayWidth.of(text) > width else { return text }
        var out = ""
        var w = 0
        for c in text {
            let cw = DisplayWidth.of(c)
            if w + cw > width - 1 { break }
            out.append(c)
            w += cw
        }
        return out + "\u{2026}"
    }

    /// Greedy word wrap by terminal cells; a word wider than the line is cut. `nil` width: one line.
    public static func wrap(_ text: String, width: Int?) -> [String] {
        guard let width, width >= 10 else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = String(word)
            var ww = DisplayWidth.of(w)
            if lineWidth > 0, lineWidth + 1 + ww <= width {
                line += " " + w
                lineWidth += 1 + ww
                continue
            }
            if lineWidth > 0 { lines.append(line) }
            while ww > width {
                var head = ""
                var hw = 0
                for c in w {
                    let cw = DisplayWidth.of(c)
                    if hw + cw > width { break }
                    head.append(c)
                    hw += cw
                }
                lines.append(head)
                w = String(w.dropFirst(head.count))
                ww = DisplayWidth.of(w)
            }
            line = w
            lineWidth = ww
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
