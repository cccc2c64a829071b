import ParallaxCore

/// Small drawing helpers shared by the views.
enum Draw {
    /// `s` cut to `width` cells with an ellipsis when it does not fit.
    static func truncate(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        var out = ""
        var col = 0
        for c in s {
            let w = SafeText.displayable(c)?.1 ?? 0
            if col + w > width {
                while col > width - 1, let last = out.popLast() { col -= SafeText.displayable(last)?.1 ?? 0 }
                return out + "…"
            }
            out.append(c)
            col += w
        }
        return out
    }

    /// The end of `s` that fits in `width` cells (a prompt shows what was typed last).
    static func tail(_ s: String, to width: Int) -> String {
        var out: [Character] = []
        var col = 0
        for c in s.reversed() {
            let w = SafeText.displayable(c)?.1 ?? 0
            if col + w > width { break }
            out.append(c)
            col += w
        }
        return String(out.reversed())
    }

    static func width(_ s: String) -> Int { s.reduce(0) { $0 + (SafeText.displayable($1)?.1 ?? 0) } }

    /// Pads or truncates to exactly `width` cells.
    static func fit(_ s: String, _ width: Int, right: Bool = false) -> String {
        let t = truncate(s, to: width)
        let pad = String(repeating: " ", count: max(0, width - self.width(t)))
        return right ? pad + t : t + pad
    }

    /// Draws one wrapped line of `text`, colouring scalar ranges; later highlights win over earlier ones.
    static func styledLine(_ grid: inout CellGrid, text: String, line: WrappedLine, x: Int, y: Int, limit: Int,
                           base: Style, marks: [(start: Int, end: Int, style: Style)]) {
        let active = marks.filter { $0.start < line.end && $0.end > line.start }
        var col = x
        var off = line.start
        var i = line.startIndex
        while i < line.endIndex, col < limit {
            let c = text[i]
            var style = base
            for m in active where m.start <= off && off < m.end { style = m.style }
            col = grid.put(c, x: col, y: y, style: style, limit: limit)
            off += c.unicodeScalars.count
            i = text.index(after: i)
        }
    }

    /// A box with a border and a title, cleared inside; returns the inner rectangle.
    static func box(_ grid: inout CellGrid, x: Int, y: Int, width w: Int, height h: Int, title: String, theme: Theme)
        -> (x: Int, y: Int, width: Int, height: Int)
    {
        let border = theme.style("border")
        let text = theme.style("text")
        grid.fill(x: x, y: y, width: w, height: h, style: text)
        grid.write("┌" + String(repeating: "─", count: max(0, w - 2)) + "┐", x: x, y: y, style: border, limit: x + w)
        for row in (y + 1)..<max(y + 1, y + h - 1) {
            grid.write("│", x: x, y: row, style: border)
            grid.write("│", x: x + w - 1, y: row, style: border)
        }
        grid.write("└" + String(repeating: "─", count: max(0, w - 2)) + "┘", x: x, y: y + h - 1, style: border, limit: x + w)
        grid.write(" " + truncate(title, to: w - 6) + " ", x: x + 2, y: y, style: theme.style("title"), limit: x + w - 2)
        return (x + 2, y + 1, max(0, w - 4), max(0, h - 2))
    }

    static let spinner = ["-", "\\", "|", "/"]
}
