/// A run of text that wraps as one unit (a title, a metadata line, a paragraph), with the styled ranges to
/// colour inside it.
public struct TextBlock: Sendable {
    public enum Kind: Sendable, Equatable {
        case title, meta, paragraph(Int), note
    }

    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    public var paragraphIndex: Int? {
        if case .paragraph(let i) = kind { return i }
        return nil
    }
}

/// One screen line of a wrapped block: which block, and which part of it by scalar offsets and string indices.
public struct WrappedLine: Sendable {
    public var block: Int
    /// Scalar offsets `[start, end)` into the block's text; `start == end` marks a blank spacer line.
    public var start: Int
    public var end: Int
    public var startIndex: String.Index
    public var endIndex: String.Index
    public var isSpacer: Bool { start == end && startIndex == endIndex }
}

/// A styled range inside a block, in scalar offsets; `key` is a theme key.
public struct Highlight: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var key: String
    public init(start: Int, end: Int, key: String) {
        self.start = start
        self.end = end
        self.key = key
    }
}
