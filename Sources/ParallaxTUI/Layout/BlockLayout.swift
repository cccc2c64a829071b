/// Blocks wrapped to one width, with a blank spacer line between blocks.
///
/// Positions are kept as (block, scalar offset) anchors rather than line numbers, so a resize re-wraps and
/// the reader stays on the same words.
public final class BlockLayout: @unchecked Sendable {
    public let width: Int
    public let blocks: [TextBlock]
    public private(set) var lines: [WrappedLine] = []
    /// First line of each block.
    public private(set) var blockStart: [Int] = []

    public init(blocks: [TextBlock], width: Int) {
        self.blocks = blocks
        self.width = width
        for (b, block) in blocks.enumerated() {
            if b > 0 {
                let e = block.text.startIndex
                lines.append(WrappedLine(block: b, start: 0, end: 0, startIndex: e, endIndex: e))
            }
            blockStart.append(lines.count)
            for l in TextWrapper.wrap(block.text, width: width) {
                lines.append(WrappedLine(block: b, start: l.start, end: l.end, startIndex: l.startIndex, endIndex: l.endIndex))
            }
        }
    }

    /// The line showing scalar `offset` of `block`.
    public func line(block: Int, offset: Int) -> Int {
        guard block >= 0, block < blockStart.count else { return 0 }
        var best = blockStart[block]
        var i = best
        while i < lines.count, lines[i].block == block {
            if lines[i].start <= offset && !lines[i].isSpacer { best = i }
            if lines[i].start > offset { break }
            i += 1
        }
        return best
    }

    /// The anchor of line `i` (a spacer line anchors to the start of the block that follows it).
    public func anchor(ofLine i: Int) -> (block: Int, offset: Int) {
        guard !lines.isEmpty else { return (0, 0) }
        let l = lines[max(0, min(i, lines.count - 1))]
        return (l.block, l.start)
    }

    public func block(paragraph: Int) -> Int? {
        blocks.firstIndex { $0.paragraphIndex == paragraph }
    }
}
