import Foundation

/// Whether the outlets carrying one quote agree on its wording.
public enum QuoteAgreement: String, Sendable, Codable {
    /// Every outlet has the same words (up to quote style, case, punctuation and contractions).
    case verbatim
    /// Wording differs, or some outlets carry only part of it.
    case variant
    /// Only one outlet carries it.
    case single
}

/// One word-level difference between a group's canonical text and one outlet's version.
public struct QuoteChange: Sendable, Hashable, Codable {
    public var canonical: String
    public var instance: String
    public init(canonical: String, instance: String) {
        self.canonical = canonical
        self.instance = instance
    }
}

/// A paragraph-local piece of a quote; a quote running over paragraphs has one part per paragraph.
public struct QuotePart: Sendable, Hashable {
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public init(paragraph: Int, start: Int, end: Int) {
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}

/// One quote as it appears in one article.
public struct QuoteInstance: Sendable, Hashable {
    public var article: String
    /// Index of the paragraph where the quote opens.
    public var paragraph: Int
    /// Scalar span of the quoted words (without marks) in that paragraph.
    public var start: Int
    public var end: Int
    /// The quoted words without marks, as one remark: pieces joined as the speaker's words
    /// (`remarkText`, `OutletRows.joined`).
    public var text: String
    /// Canonical full name, an organisation or publication, an unnamed speaker's phrase, or nil if unknown.
    public var speaker: String?
    /// Quoted fragment inside the writer's own sentence ("joked that he could “check …”").
    public var partial: Bool
    /// Inside another quote.
    public var nested: Bool
    /// Differences from the group's canonical text (empty when they agree).
    public var changes: [QuoteChange]
    /// Every place in the article holding the remark's words: one per piece (a quote over paragraphs or cut
    /// by its attribution), the first being `paragraph`/`start`/`end`, then any shorter repeat of the same words
    /// the outlet quotes elsewhere (`OutletRows`).
    public var parts: [QuotePart]
    /// For a quote holding nested quotes, its words without them: the outer speaker's own words, what it is
    /// compared by against quotes that do not hold the same nested words (`QuoteGrouper`). Not part of the
    /// JSON contract.
    var ownText: String? = nil
    /// The sentence of its paragraph where the quote opens: pieces of one sentence may be one remark.
    var sentence = 0
    /// For one remark cut by an attribution sentence (“A,” she said. “B.”), the words of each piece: another
    /// outlet quoting only A, only B, or A with other words is still this remark (`QuoteGrouper`). Not part
    /// of the JSON contract.
    var pieces: [String] = []
    /// The sentence of its paragraph where the quote's last part stands, and whether that is the paragraph's
    /// last: a quote opening the next sentence, or the next paragraph, may be the speaker going on
    /// (`ParagraphMates`).
    var endSentence = 0
    var endsParagraph = false

    public init(article: String, paragraph: Int, start: Int, end: Int, text: String, speaker: String?,
                partial: Bool, nested: Bool, changes: [QuoteChange] = [], parts: [QuotePart] = []) {
        self.article = article
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
        self.partial = partial
        self.nested = nested
        self.changes = changes
        self.parts = parts.isEmpty ? [QuotePart(paragraph: paragraph, start: start, end: end)] : parts
    }
}

/// The same utterance as carried by one or more outlets.
public struct QuoteGroup: Sendable, Hashable {
    /// 1-based, in reading order of first appearance.
    public var id: Int
    public var speaker: String?
    /// The most widely carried full wording.
    public var text: String
    public var agreement: QuoteAgreement
    public var instances: [QuoteInstance]

    public init(id: Int, speaker: String?, text: String, agreement: QuoteAgreement, instances: [QuoteInstance]) {
        self.id = id
        self.speaker = speaker
        self.text = text
        self.agreement = agreement
        self.instances = instances
    }

    /// Number of distinct articles carrying the quote.
    public var outletCount: Int { Set(instances.map(\.article)).count }
}

/// Every direct quote of a story, attributed and grouped across outlets.
public struct QuoteLedger: Sendable {
    public var quotes: [QuoteGroup]

    public init(quotes: [QuoteGroup]) { self.quotes = quotes }

    public static func build(story: Story) -> QuoteLedger {
        build(story: story, people: PeopleIndex.build(story: story))
    }

    /// With a people index already built (the reader has one), or `nil` for the ledger's own name rules.
    public static func build(story: Story, people: PeopleIndex?) -> QuoteLedger {
        var names = NameResolver(story: story, people: people)
        names.learnGenders()
        names.learnGendersFromAttributions(story: story)
        var all: [QuoteInstance] = []
        for (i, a) in story.articles.enumerated() {
            all += QuoteExtractor.extract(article: a, index: i, names: names)
        }
        let order = Dictionary(uniqueKeysWithValues: story.articles.enumerated().map { ($1.id, $0) })
        return QuoteLedger(quotes: QuoteGrouper.group(all, articleOrder: order))
    }

    /// Quotes of one article in reading order, with the group each belongs to.
    public func instances(inArticle id: String) -> [(group: QuoteGroup, instance: QuoteInstance)] {
        quotes.flatMap { g in g.instances.filter { $0.article == id }.map { (g, $0) } }
            .sorted { ($0.instance.paragraph, $0.instance.start) < ($1.instance.paragraph, $1.instance.start) }
    }
}
