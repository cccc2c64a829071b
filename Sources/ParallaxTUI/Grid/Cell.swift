/// One terminal cell of a frame.
///
/// A double-width glyph is stored in its first cell with `width == 2`, followed by a continuation cell with
/// `width == 0` that the backend skips; combining marks live inside the grapheme, never in a cell of their own.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var width: UInt8
    public var style: Style

    public init(character: Character, width: UInt8 = 1, style: Style = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    public static let blank = Cell(character: " ")

    public var isContinuation: Bool { width == 0 }
}
