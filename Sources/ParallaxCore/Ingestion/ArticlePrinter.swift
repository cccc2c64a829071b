import Foundation

/// The plain-text form of one article for `parallax read`: a short header, then the paragraphs wrapped to
/// the terminal, then (on request) what cleaning removed and why.
public enum ArticlePrinter {
    /// Every piece of article text is made terminal-safe before it is measured and wrapped, so the
    /// visible stand-ins for controls count in the layout.
    public static func render(_ a: Article, width: Int? = nil, showRemoved: Bool = false) -> String {
        var out: [String] = []
        func safe(_ s: String) -> String { TerminalSafeText.sanitize(s, multiline: false) }
        let title = safe(a.title ?? a.id)
        out.append(contentsOf: wrap(title, width: width))
        out.append(String(repeating: "=", count: min(DisplayWidth.of(title), width ?? 80)))
        let facts = [a.outlet, a.byline.map { "by \($0)" }.flatMap { by in
            // "by by AFP" would read badly when the byline already starts with "by".
            a.byline?.lowercased().hasPrefix("by ") == true ? a.byline : by
        }, a.date].compactMap { $0 }
        if !facts.isEmpty { out.append(contentsOf: wrap(safe(facts.joined(separator: " · ")), width: width)) }
        out.append("")
        for p in a.paragraphs {
            let text = safe(p.text)
            out.append(contentsOf: wrap(text, width: width))
            if p.isHeading { out.append(String(repeating: "-", count: min(DisplayWidth.of(text), width ?? 80))) }
            out.append("")
        }
        if showRemoved {
            out.append("Removed by cleaning (\(a.removed.count) line\(a.removed.count == 1 ? "" : "s")):")
            let w = String(a.removed.map(\.line).max() ?? 0).count
            for r in a.removed {
                let number = String(repeating: " ", count: w - String(r.line).count) + String(r.line)
                let head = "  line \(number)  \(safe(r.reason)): "
                if let width, DisplayWidth.of(head) + 10 > width {
                    // A long reason: the reason on its line, the removed text indented below.
                    out.append(clip(head.trimmingCharacters(in: .whitespaces).isEmpty ? head : String(head.dropLast()), to: width))
                    out.append("      " + clip(safe(r.text), to: width - 6))
                } else {
                    out.append(head + clip(safe(r.text), to: width.map { $0 - DisplayWidth.of(head) }))
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
            if ww > width {
                // Cut in one pass over the word: a 2 MB "word" must not be re-copied per line.
                var head = ""
                var hw = 0
                for c in w {
                    let cw = DisplayWidth.of(c)
                    if hw + cw > width, hw > 0 {
                        lines.append(head)
                        head = ""
                        hw = 0
                    }
                    head.append(c)
                    hw += cw
                }
                w = head
                ww = hw
            }
            line = w
            lineWidth = ww
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
