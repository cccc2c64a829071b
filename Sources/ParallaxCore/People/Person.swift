import Foundation

/// How a person is referred to: by (part of) their name, by an unambiguous role ("the Chinese leader"), or by
/// a transcript's turn label ("SAM OYELARAN (REPORTER):"). Kept apart so counts of name mentions are not inflated
/// by descriptions, nor by a label repeated before every turn (it says who speaks, as quote marks do, and a hand
/// count of how often an outlet names someone leaves it out).
public enum MentionKind: String, Sendable, Codable {
    case name, epithet, label
}

/// One place in a story where a person is named or described.
public struct Mention: Sendable, Hashable {
    /// The story the article belongs to; lets a library-wide index keep articles with equal ids apart.
    public var story: String
    public var article: String
    /// `Paragraph.index` in the article.
    public var paragraph: Int
    /// Unicode-scalar offsets `[start, end)` into the paragraph text; a possessive "’s" is not included.
    public var start: Int
    public var end: Int
    /// The surface form, exactly as displayed ("Xi", "Lee Jae Myung", "the Chinese leader").
    public var text: String
    public var kind: MentionKind
    /// The title written before the name, if any ("President" in "President Lee"), so readers can see how
    /// each outlet styles the person.
    public var title: String?

    public init(
        story: String = "", article: String, paragraph: Int, start: Int, end: Int, text: String,
        kind: MentionKind = .name, title: String? = nil
    ) {
        self.story = story
        self.article = article
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.title = title
    }

    /// A mention of the text of `paragraph` between two scalar offsets, in article `article` of `story`.
    init(story: Story, article: Article, paragraph: Paragraph, start: Int, end: Int, kind: MentionKind = .name, title: String? = nil) {
        self.init(
            story: story.id, article: article.id, paragraph: paragraph.index, start: start, end: end,
            text: ScalarText.slice(paragraph.text, start, end), kind: kind, title: title)
    }
}

/// One person, with every mention across the story (or library).
public struct Person: Sendable, Hashable {
    /// The fullest form of the name seen ("Xi Jinping", "Patrick F. Walsh").
    public var name: String
    /// Other forms used for the same person, most frequent first ("Xi", "President Xi").
    public var aliases: [String]
    /// In reading order: stories, then articles as loaded, then paragraphs and offsets.
    public var mentions: [Mention]

    public init(name: String, aliases: [String] = [], mentions: [Mention] = []) {
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
    }

    public var nameMentions: [Mention] { mentions.filter { $0.kind == .name } }

    /// Mentions per article id, for "how much does each outlet talk about this person".
    public func mentionCounts(kind: MentionKind? = nil) -> [String: Int] {
        var counts: [String: Int] = [:]
        for m in mentions where kind == nil || m.kind == kind { counts[m.article, default: 0] += 1 }
        return counts
    }
}

extension Mention: Encodable {
    /// The `people --json` contract: exactly these six keys (the title found before a name is not one).
    enum CodingKeys: String, CodingKey { case article, paragraph, start, end, text, kind }
}

extension Person: Encodable {
    enum CodingKeys: String, CodingKey { case name, aliases, mentions }
}
