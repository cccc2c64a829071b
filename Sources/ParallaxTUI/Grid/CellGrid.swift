/// An in-memory frame: what every view draws into and what tests read back.
///
/// Views are pure functions from state and size to a grid, so the whole UI is testable without a terminal;
/// the backend only copies grids to the screen.
public struct CellGrid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Fills `x..<toX` of row `y` with blanks in `style`.
    public mutating func fill(y: Int, from x: Int = 0, to toX: Int? = nil, style: Style) {
        guard y >= 0, y < height else { return }
        let end = min(toX ?? width, width)
        var i = max(0, x)
        if i < end { clearOverlap(x: i, y: y) }
        if end < width { clearOverlap(x: end, y: y) }
        while i < end {
            cells[y * width + i] = Cell(character: " ", width: 1, style: style)
            i += 1
        }
    }

    /// Fills a rectangle.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        for row in y..<(y + h) { fill(y: row, from: x, to: x + w, style: style) }
    }

    /// Restyles existing cells without changing their text (selection bars, highlights).
    public mutating func restyle(y: Int, from x: Int = 0, to toX: Int? = nil, _ transform: (Style) -> Style) {
        guard y >= 0, y < height else { return }
        for i in max(0, x)..<max(max(0, x), min(toX ?? width, width)) {
            cells[y * width + i].style = transform(cells[y * width + i].style)
        }
    }

    /// Writes one grapheme at (x, y), sanitised, not past `limit`; returns the column after it.
    @discardableResult
    public mutating func put(_ c: Character, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height, x >= 0, x < end else { return x }
        guard let (g, w) = SafeText.displayable(c) else { return x }
        if w == 2 && x + 1 >= end {
            // A wide glyph that does not fit is replaced by a blank, never split.
            clearOverlap(x: x, y: y)
            cells[y * width + x] = Cell(character: " ", width: 1, style: style)
            return x + 1
        }
        clearOverlap(x: x, y: y)
        if w == 2 { clearOverlap(x: x + 1, y: y) }
        cells[y * width + x] = Cell(character: g, width: UInt8(w), style: style)
        if w == 2 {
            cells[y * width + x + 1] = Cell(character: " ", width: 0, style: style)
            if x + 2 < width, cells[y * width + x + 2].isContinuation {
                cells[y * width + x + 2] = Cell(character: " ", width: 1, style: cells[y * width + x + 2].style)
            }
        }
        return x + w
    }

    /// Writes text from (x, y), clipped at `limit`; returns the column after the last cell written.
    @discardableResult
    public mutating func write<S: StringProtocol>(_ text: S, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        var col = x
        let end = min(limit ?? width, width)
        for c in text {
            if col >= end { break }
            col = put(c, x: col, y: y, style: style, limit: end)
        }
        return col
    }

    /// Keeps wide glyphs whole when something is drawn over half of one.
    private mutating func clearOverlap(x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let i = y * width + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(character: " ", width: 1, style: cells[i - 1].style)
            cells[i] = Cell(character: " ", width: 1, style: cells[i].style)
        } else if cells[i].width == 2, x + 1 < width {
            cells[i + 1] = Cell(character: " ", width: 1, style: cells[i + 1].style)
        }
    }

    /// The text of row `y` as a terminal would show it (continuation cells skipped), trailing blanks trimmed.
    public func rowText(_ y: Int) -> String {
        var s = ""
        for x in 0..<width {
            let c = self[x, y]
            if !c.isContinuation { s.append(c.character) }
        }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// All rows, for tests and debugging.
    public var text: String { (0..<height).map(rowText).joined(separator: "\n") }

    /// Column of the first occurrence of `needle` in row `y` (in cells), for tests that check styles.
    public func column(of needle: String, inRow y: Int) -> Int? {
        let row = rowText(y)
        guard let r = row.range(of: needle) else { return nil }
        var col = 0
        for c in row[..<r.lowerBound] { col += SafeText.displayable(c)?.1 ?? 0 }
        return col
    }
}
