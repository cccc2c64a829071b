import Foundation

/// One cleaned article: what the reader sees, plus what cleaning dropped and why.
///
/// Offsets everywhere in the model count Unicode scalars of the *displayed* text, so JSON consumers in any
/// language can slice `text` without knowing Swift's grapheme rules.
public struct Article: Sendable, Hashable, Identifiable {
    /// The file stem; unique within a story.
    public var id: String
    public var path: String
    public var outlet: String?
    public var title: String?
    public var byline: String?
    /// ISO `YYYY-MM-DD`.
    public var date: String?
    public var url: String?
    public var paragraphs: [Paragraph]
    public var removed: [RemovedLine]
    /// Non-fatal problems met while loading (encoding fallback, truncation), shown to the user on stderr.
    public var warnings: [String]

    public init(
        id: String, path: String, outlet: String? = nil, title: String? = nil, byline: String? = nil,
        date: String? = nil, url: String? = nil, paragraphs: [Paragraph] = [], removed: [RemovedLine] = [],
        warnings: [String] = []
    ) {
        self.id = id
        self.path = path
        self.outlet = outlet
        self.title = title
        self.byline = byline
        self.date = date
        self.url = url
        self.paragraphs = paragraphs
        self.removed = removed
        self.warnings = warnings
    }

    /// Set by `Story` when another article of the story has the same outlet (two sites running one agency's
    /// copy, two pastes of one page): the file stem, shown after the outlet so columns can be told apart.
    public var outletQualifier: String?

    /// A short name for columns and status lines: the outlet when known, else the file stem.
    public var displayName: String {
        guard let outlet else { return id }
        return outletQualifier.map { "\(outlet) (\($0))" } ?? outlet
    }

    public var wordCount: Int { paragraphs.reduce(0) { $0 + $1.wordCount } }

    /// What to list the article by when it has no headline: a raw paste often has none, and a column of
    /// file stems ("004_f55b…") tells the outlets' pieces apart no better than their order does, while the
    /// lead's first sentence does. A newsletter opens with a greeting ("Good morning."), which tells nothing:
    /// the first sentence of four words or more is the lead. `nil` when there is a title (use it) or no prose.
    public var untitledLead: String? {
        guard title == nil, let lead = paragraphs.first(where: { !$0.isHeading }),
              let first = lead.sentences.first else { return nil }
        let sentences = lead.sentences.map { ScalarText.slice(lead.text, $0.start, $0.end) }
        return sentences.first { $0.split(whereSeparator: \.isWhitespace).count >= 4 } ?? ScalarText.slice(lead.text, first.start, first.end)
    }
}

/// A paragraph of displayed text with its sentence boundaries.
public struct Paragraph: Sendable, Hashable {
    public var index: Int
    public var text: String
    public var sentences: [Sentence]
    /// 1-based line numbers in the source file this paragraph came from; lets gold annotations refer to
    /// raw files independently of how cleaning numbers paragraphs.
    public var sourceLines: ClosedRange<Int>
    /// A sub-heading inside the story ("Light moment amid diplomatic talks"): kept so the reader shows the
    /// article's structure, flagged so alignment, quotes and statistics can leave it out.
    public var isHeading: Bool

    public init(index: Int, text: String, sentences: [Sentence], sourceLines: ClosedRange<Int>, isHeading: Bool = false) {
        self.index = index
        self.text = text
        self.sentences = sentences
        self.sourceLines = sourceLines
        self.isHeading = isHeading
    }

    /// Runs of non-space scalars, ASCII tested first: splitting into Characters asked each grapheme's
    /// Unicode properties and was a quarter of `list` on a 10 MB story.
    public var wordCount: Int { SourceLine.words(text) }

    /// The text of one sentence (by scalar offsets).
    public func text(of sentence: Sentence) -> String {
        ScalarText.slice(text, sentence.start, sentence.end)
    }

    public var sentenceTexts: [String] { sentences.map { text(of: $0) } }
}

/// Half-open range `[start, end)` of Unicode scalars inside a paragraph's text.
public struct Sentence: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A source line that cleaning dropped, kept so the user can audit the cleaner (`read --show-removed`).
public struct RemovedLine: Sendable, Hashable, Codable {
    public var text: String
    public var reason: String
    public var line: Int
    public init(text: String, reason: String, line: Int) {
        self.text = text
        self.reason = reason
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case text, reason, line }
}
