import ParallaxCore

extension AppState {
    /// The whole frame for `size`. Views only read state, except for scroll offsets that must follow the
    /// selection, which are clamped here where the size is known.
    public func render(size: Size) -> CellGrid {
        var grid = CellGrid(width: size.width, height: size.height, fill: Cell(character: " ", style: theme.style("text")))
        if size.isTooSmall {
            drawTooSmall(&grid, size: size)
            return grid
        }
        switch current {
        case .library: drawLibrary(&grid, size: size)
        case .reader: drawReader(&grid, size: size)
        case .compare: drawCompare(&grid, size: size)
        case .quotes: drawQuotes(&grid, size: size)
        case .people: drawPeople(&grid, size: size)
        }
        switch overlay {
        case .help(let scroll): drawHelp(&grid, size: size, scroll: scroll)
        case .rowDetail(let scroll): drawRowDetail(&grid, size: size, scroll: scroll)
        default: break
        }
        drawStatus(&grid, size: size)
        return grid
    }

    func drawTooSmall(_ grid: inout CellGrid, size: Size) {
        let message = ["Terminal too small", "need \(Size.minimum.width)×\(Size.minimum.height), have \(size.width)×\(size.height)", "enlarge it, or q to go back"]
        // Wrapped rather than cut, so that even a sliver of a pane says what is wrong and what to do.
        var lines: [String] = []
        var headline = 0  // how many of the lines the first sentence took
        for (i, m) in message.enumerated() {
            for r in TextWrapper.wrap(m, width: size.width) {
                var line = String(m[r.startIndex..<r.endIndex])
                while line.last == " " { line.removeLast() }
                lines.append(line)
            }
            if i == 0 { headline = lines.count }
        }
        let top = max(0, (size.height - lines.count) / 2)
        for (i, l) in lines.enumerated() where top + i < size.height {
            let t = Draw.truncate(l, to: size.width)
            grid.write(t, x: max(0, (size.width - Draw.width(t)) / 2), y: top + i, style: theme.style(i < headline ? "error" : "text"))
        }
    }

    /// A centred notice in the content area (computing…, not available, errors).
    func drawNotice(_ grid: inout CellGrid, size: Size, lines: [String], key: String = "muted") {
        let top = max(1, (size.height - 1 - lines.count) / 2)
        for (i, l) in lines.enumerated() where top + i < size.height - 1 {
            let t = Draw.truncate(l, to: size.width - 2)
            grid.write(t, x: max(0, (size.width - Draw.width(t)) / 2), y: top + i, style: theme.style(key))
        }
    }

    var spinner: String { Draw.spinner[spinnerFrame % Draw.spinner.count] }
}
