import Foundation

/// Two paragraphs, in two articles, that report the same thing. Links are many-to-many: one outlet's
/// paragraph often covers two of another's.
public struct ParagraphLink: Sendable, Hashable {
    public var left: Int
    public var right: Int
    /// 0...1, the calibrated blend of word and character similarity (see `SimilarityModel`).
    public var similarity: Double

    public init(left: Int, right: Int, similarity: Double) {
        self.left = left
        self.right = right
        self.similarity = similarity
    }
}

/// How a display row relates its two sides.
public enum RowKind: String, Sendable, Codable {
    case same, changed, leftOnly = "left-only", rightOnly = "right-only", moved
}

/// One sentence on either side (or both) of a row, with what differs word by word.
///
/// A side may hold a run of consecutive sentences of one paragraph (one outlet split what the other says
/// in one sentence); its text is then the exact paragraph slice from the first sentence's start, so the
/// changes' scalar ranges plus that sentence's start offset point into the paragraph text.
public struct SentencePair: Sendable, Hashable {
    public var left: String?
    public var right: String?
    public var similarity: Double
    public var changes: [WordChange]
    /// Where the sentences are: paragraph index and sentence index within that paragraph.
    public var leftParagraph: Int?
    public var leftSentence: Int?
    public var rightParagraph: Int?
    public var rightSentence: Int?

    public init(
        left: String?, right: String?, similarity: Double, changes: [WordChange],
        leftParagraph: Int? = nil, leftSentence: Int? = nil, rightParagraph: Int? = nil, rightSentence: Int? = nil
    ) {
        self.left = left
        self.right = right
        self.similarity = similarity
        self.changes = changes
        self.leftParagraph = leftParagraph
        self.leftSentence = leftSentence
        self.rightParagraph = rightParagraph
        self.rightSentence = rightSentence
    }
}

/// One row of the side-by-side view: paragraphs of the left article (in its order) beside what the right
/// article says about the same thing.
public struct AlignedRow: Sendable, Hashable {
    public var left: [Int]
    public var right: [Int]
    public var kind: RowKind
    public var sentences: [SentencePair]

    public init(left: [Int], right: [Int], kind: RowKind, sentences: [SentencePair]) {
        self.left = left
        self.right = right
        self.kind = kind
        self.sentences = sentences
    }
}

/// Everything `diff` shows for two articles. Every paragraph of both articles is in exactly one row.
public struct PairAlignment: Sendable {
    public var left: Article
    public var right: Article
    public var links: [ParagraphLink]
    public var rows: [AlignedRow]

    public init(left: Article, right: Article, links: [ParagraphLink], rows: [AlignedRow]) {
        self.left = left
        self.right = right
        self.links = links
        self.rows = rows
    }
}

/// The paragraphs of one article that belong to a group.
public struct GroupMember: Sendable, Hashable {
    public var article: String
    public var paragraphs: [Int]

    public init(article: String, paragraphs: [Int]) {
        self.article = article
        self.paragraphs = paragraphs
    }
}

/// Paragraphs across a story that report the same content. What only one outlet reports is its own group.
public struct AlignmentGroup: Sendable, Hashable {
    public var id: Int
    public var members: [GroupMember]
    /// How many distinct articles carry this content.
    public var outlets: Int

    public init(id: Int, members: [GroupMember], outlets: Int) {
        self.id = id
        self.members = members
        self.outlets = outlets
    }
}

// MARK: - JSON contract (`diff --json`, `align --json`)

extension ParagraphLink: Encodable {
    enum CodingKeys: String, CodingKey { case left, right, similarity }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(left, forKey: .left)
        try c.encode(right, forKey: .right)
        try c.encode(JSONNumber.rounded(similarity), forKey: .similarity)
    }
}

extension WordChange: Encodable {
    enum CodingKeys: String, CodingKey { case left, right }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(left, forKey: .left)
        try c.encode(right, forKey: .right)
    }
}

extension SentencePair: Encodable {
    enum CodingKeys: String, CodingKey { case left, right, similarity, changes }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(left, forKey: .left)
        try c.encode(right, forKey: .right)
        try c.encode(JSONNumber.rounded(similarity), forKey: .similarity)
        try c.encode(changes, forKey: .changes)
    }
}

extension AlignedRow: Encodable {
    /// No optional fields here, so the synthesised encoder already emits every contract key.
    enum CodingKeys: String, CodingKey { case left, right, kind, sentences }
}

extension PairAlignment: Encodable, JSONMembersInParallel {
    /// No optional fields here, so the synthesised encoder already emits every contract key.
    enum CodingKeys: String, CodingKey { case left, right, links, rows }

    var jsonMembers: [(key: String, value: any Encodable & Sendable)] {
        [("left", left), ("right", right), ("links", links), ("rows", rows)]
    }
}

extension GroupMember: Encodable {}
extension AlignmentGroup: Encodable {}

/// `align --json`: `{"groups": [...]}`.
public struct AlignmentGroups: Sendable, Encodable {
    public var groups: [AlignmentGroup]
    public init(groups: [AlignmentGroup]) { self.groups = groups }
}

/// Similarities are printed with 3 decimals: more digits are noise, and stable output diffs cleanly.
enum JSONNumber {
    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
