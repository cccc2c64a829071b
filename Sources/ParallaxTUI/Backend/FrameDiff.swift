/// Which cells changed between two frames, so the backend only sends those to ncurses.
///
/// Pure and terminal-free, so its cost can be measured and tested apart from ncurses.
public enum FrameDiff {
    /// Indices into `next.cells` that must be drawn: all of them when there is no previous frame of the same
    /// size. Continuation cells are never listed (their wide glyph draws them).
    public static func changedCells(from previous: CellGrid?, to next: CellGrid) -> [Int] {
        var out: [Int] = []
        let cells = next.cells
        if let previous, previous.width == next.width, previous.height == next.height {
            let old = previous.cells
            for i in cells.indices where !cells[i].isContinuation && old[i] != cells[i] {
                out.append(i)
            }
            // A glyph that used to be wide may have left its second half behind: redraw the cell after it.
            for i in cells.indices where old[i].width == 2 && cells[i].width != 2 && i + 1 < cells.count && !cells[i + 1].isContinuation {
                out.append(i + 1)
            }
        } else {
            out.reserveCapacity(cells.count)
            for i in cells.indices where !cells[i].isContinuation { out.append(i) }
        }
        return out
    }
}
