import Foundation

/// Whether the outlets reporting one detail agree.
public enum DetailStatus: String, Sendable, Codable {
    case agree, conflict, single
}

/// One outlet's version of a detail.
public struct DetailClaim: Sendable, Hashable {
    public var article: String
    public var paragraph: Int
    /// The words stating the detail ("a pair of tractors", "more than a decade").
    public var text: String
    /// Scalar span of `text` in the paragraph.
    public var start: Int
    public var end: Int

    public init(article: String, paragraph: Int, text: String, start: Int, end: Int) {
        self.article = article
        self.paragraph = paragraph
        self.text = text
        self.start = start
        self.end = end
    }
}

/// A hard detail (count, money, date, weekday, time, duration, named object) and how outlets report it.
public struct Detail: Sendable, Hashable {
    /// count, ordinal, money, percent, date, year, weekday, time, duration, object.
    public var kind: String
    public var status: DetailStatus
    public var claims: [DetailClaim]

    public init(kind: String, status: DetailStatus, claims: [DetailClaim]) {
        self.kind = kind
        self.status = status
        self.claims = claims
    }
}

/// Every hard detail of a story, compared across outlets: conflicts first, then agreements, then details
/// only one outlet gives.
public struct DetailLedger: Sendable {
    public var details: [Detail]

    public init(details: [Detail]) { self.details = details }

    public static func build(story: Story) -> DetailLedger {
        let comparable = ComparableSentences(story: story)
        var mentions: [(article: Int, m: DetailMention)] = []
        let years = story.articles.map { $0.date.flatMap { Int($0.prefix(4)) } }
        let storyYear = years.compactMap { $0 }.max()
        var stems: [String: String] = [:]
        var people: PeopleIndex? = nil  // built only when a story gives an age without a name or an age at death
        for (a, article) in story.articles.enumerated() {
            for p in article.paragraphs {
                let tokens = Tokenizer.tokens(p.text)
                var ages = AgeDetails.mentions(in: p, tokens: tokens)
                for u in AgeDetails.unnamed(in: p, tokens: tokens) {
                    if people == nil { people = PeopleIndex.build(story: story) }
                    // "The 48-year-old, who …" opening a paragraph: the one person the paragraph before names.
                    if let who = onlyPersonNamed(before: u.start, in: article.id, paragraph: p.index, people: people!)
                        ?? (u.sentence == 0 && nobodyNamed(before: u.start, in: article.id, paragraph: p.index, people: people!)
                            ? article.paragraphs.last(where: { $0.index < p.index }).flatMap {
                                onlyPersonNamed(in: 0..<Int.max, in: article.id, paragraph: $0.index, people: people!)
                            } : nil)
                    {
                        ages.append(DetailMention(value: .age(u.years), paragraph: p.index, sentence: u.sentence, start: u.start,
                                                  end: u.end, text: u.text, context: [], subject: who))
                    }
                }
                for c in DeathAges.claims(in: p, tokens: tokens) {
                    if people == nil { people = PeopleIndex.build(story: story) }
                    if let who = onlyPersonNamed(in: c.scope, in: article.id, paragraph: p.index, people: people!) {
                        ages.append(DetailMention(value: .age(c.years), paragraph: p.index, sentence: c.sentence, start: c.start,
                                                  end: c.end, text: c.text, context: [], subject: who))
                    }
                }
                for m in DetailExtractor.mentions(in: p, tokens: tokens, referenceYear: years[a] ?? storyYear, stemCache: &stems)
                    where !ages.contains(where: { $0.start < m.end && m.start < $0.end })  // "34, watched" is an age
                {
                    mentions.append((a, m))
                }
                for m in ages { mentions.append((a, m)) }
            }
        }
        mentions += DetailObjects.conflicts(story: story, comparable: comparable).map { ($0.article, $0.mention) }
        mentions += Gifts.conflicts(story: story, comparable: comparable).map { ($0.article, $0.mention) }
        let matcher = DetailMatcher(mentions: mentions, comparable: comparable)
        var details = matcher.details().map { group -> Detail in
            let claims = group.members.map { k -> DetailClaim in
                let (a, m) = mentions[k]
                return DetailClaim(article: story.articles[a].id, paragraph: m.paragraph, text: m.text, start: m.start, end: m.end)
            }
            return Detail(kind: mentions[group.members[0]].m.value.kind, status: group.status, claims: claims)
        }
        let rank: [DetailStatus: Int] = [.conflict: 0, .agree: 1, .single: 2]
        let order = Dictionary(uniqueKeysWithValues: story.articles.enumerated().map { ($1.id, $0) })
        func pos(_ d: Detail) -> (Int, Int, Int) {
            let c = d.claims[0]
            return (order[c.article] ?? 0, c.paragraph, c.start)
        }
        details.sort { (rank[$0.status]!, pos($0).0, pos($0).1, pos($0).2) < (rank[$1.status]!, pos($1).0, pos($1).1, pos($1).2) }
        return DetailLedger(details: details)
    }

    /// The age key of the one person the paragraph names before `offset` ("John Clarke’s home … telling the
    /// 83-year-old physicist"), or nil when it names nobody or more than one person: then "the 83-year-old"
    /// may be anyone, and an age given to the wrong person would make a false conflict.
    static func onlyPersonNamed(before offset: Int, in article: String, paragraph: Int, people: PeopleIndex) -> String? {
        onlyPersonNamed(in: 0..<offset, in: article, paragraph: paragraph, people: people)
    }

    static func nobodyNamed(before offset: Int, in article: String, paragraph: Int, people: PeopleIndex) -> Bool {
        !people.mentions(in: article, paragraph: paragraph).contains { $0.mention.start < offset }
    }

    /// The age key of the one person named inside `range` of the paragraph ("Eileen Carrow, who has died aged
    /// 88": the words before the death word), or nil when nobody or several people are named there.
    static func onlyPersonNamed(in range: Range<Int>, in article: String, paragraph: Int, people: PeopleIndex) -> String? {
        let named = Set(people.mentions(in: article, paragraph: paragraph)
            .filter { $0.mention.kind == .name && $0.mention.start >= range.lowerBound && $0.mention.end <= range.upperBound }.map(\.person.name))
        guard named.count == 1, let name = named.first else { return nil }
        return AgeDetails.subjectKey(ofName: name)
    }
}
