import ParallaxCore

/// A place in a story: article (index in the story), paragraph index, scalar range.
public struct TextRef: Sendable, Hashable {
    public var article: Int
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public init(article: Int, paragraph: Int, start: Int, end: Int) {
        self.article = article
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}

/// What the screens need from the model, in screen terms. Built from the core APIs by `CoreAnalyzer`, or by
/// hand in tests.
public struct StoryAnalysis: Sendable {
    /// Coloured ranges per article index, per paragraph index.
    public var highlights: [Int: [Int: [Highlight]]] = [:]
    /// nil while the quote ledger is not available.
    public var quotes: [QuoteEntry]?
    /// nil while the people index is not available.
    public var people: [PersonEntry]?

    public init(highlights: [Int: [Int: [Highlight]]] = [:], quotes: [QuoteEntry]? = nil, people: [PersonEntry]? = nil) {
        self.highlights = highlights
        self.quotes = quotes
        self.people = people
    }
}

public struct QuoteEntry: Sendable {
    public enum Agreement: String, Sendable { case verbatim, variant, single }
    public var speaker: String?
    public var text: String
    public var agreement: Agreement
    public var instances: [QuoteInstanceRef]
    public init(speaker: String?, text: String, agreement: Agreement, instances: [QuoteInstanceRef]) {
        self.speaker = speaker
        self.text = text
        self.agreement = agreement
        self.instances = instances
    }
}

public struct QuoteInstanceRef: Sendable {
    public var ref: TextRef
    public var text: String
    public var partial: Bool
    /// How this instance's wording differs from the group's text, for the ledger line.
    public var changes: [String]
    public init(ref: TextRef, text: String, partial: Bool = false, changes: [String] = []) {
        self.ref = ref
        self.text = text
        self.partial = partial
        self.changes = changes
    }
}

public struct PersonEntry: Sendable {
    public var name: String
    public var aliases: [String]
    /// In story order: by article, then paragraph, then offset.
    public var mentions: [TextRef]
    public init(name: String, aliases: [String] = [], mentions: [TextRef]) {
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
    }

    public func count(inArticle a: Int) -> Int { mentions.reduce(0) { $0 + ($1.article == a ? 1 : 0) } }
}

/// Two articles aligned row by row, ready for the compare screen.
public struct CompareModel: Sendable {
    public enum Kind: String, Sendable { case same, changed, leftOnly, rightOnly, moved }

    public struct SentencePairView: Sendable {
        public var left: String?
        public var right: String?
        public var similarity: Double
        /// Readable change list ("a" → "b").
        public var changes: [(left: String, right: String)]
        public init(left: String?, right: String?, similarity: Double, changes: [(left: String, right: String)]) {
            self.left = left
            self.right = right
            self.similarity = similarity
            self.changes = changes
        }
    }

    public struct Row: Sendable {
        public var left: [Int]
        public var right: [Int]
        public var kind: Kind
        public var sentences: [SentencePairView]
        /// Changed-word ranges to highlight, per paragraph index of each side.
        public var leftMarks: [Int: [Highlight]]
        public var rightMarks: [Int: [Highlight]]
        /// For a left paragraph alone in a `moved` row: the row holding its right partner, so the reader can
        /// be told where the other outlet says it.
        public var partnerRow: Int?
        public init(left: [Int], right: [Int], kind: Kind, sentences: [SentencePairView] = [],
                    leftMarks: [Int: [Highlight]] = [:], rightMarks: [Int: [Highlight]] = [:], partnerRow: Int? = nil) {
            self.partnerRow = partnerRow
            self.left = left
            self.right = right
            self.kind = kind
            self.sentences = sentences
            self.leftMarks = leftMarks
            self.rightMarks = rightMarks
        }
    }

    public var left: Int
    public var right: Int
    public var rows: [Row]
    public init(left: Int, right: Int, rows: [Row]) {
        self.left = left
        self.right = right
        self.rows = rows
    }
}

/// Computes analyses from the model. Called off the main thread; throwing shows an error screen instead of
/// taking the terminal down.
public protocol StoryAnalyzer: Sendable {
    func analyze(story: Story) throws -> StoryAnalysis
    func compare(story: Story, left: Int, right: Int) throws -> CompareModel
}

public struct AnalysisUnavailable: Error, CustomStringConvertible {
    public var what: String
    public var description: String { "\(what) is not available in this build yet" }
}
