import Foundation

/// Everyone named in a story (or library), with every mention, most mentioned first.
///
/// Built in two passes over the text: the first collects names that the context proves are people
/// (`NameRecognizer`, `PersonRegistry`); the second finds every mention of them, including short forms
/// ("Xi", "President Lee", "Kim"), resolving a shared short form to the most recently mentioned person
/// it fits. Linear in the size of the text; word lists are loaded once per process.
public struct PeopleIndex: Sendable {
    public var people: [Person]
    private var locations: [String: [(start: Int, end: Int, person: Int)]] = [:]

    public init(people: [Person]) {
        self.people = people
        reindex()
    }

    public static func build(story: Story) -> PeopleIndex {
        PeopleIndex(people: StoryPeople.people(in: story))
    }

    /// Every story of a library; people with the same full name (letters compared, case and hyphens
    /// ignored) are one person, and a single-word person joins the one full name it is the family name of.
    public static func build(library: Library) -> PeopleIndex {
        if library.stories.count == 1 { return build(story: library.stories[0]) }
        var merged: [Person] = []
        var byKey: [String: Int] = [:]
        var singles: [Person] = []
        // Stories are independent: recognise them on all cores, then merge in library order.
        let stories = library.stories
        let perStory = ParallelMap.map(stories.count) { StoryPeople.people(in: stories[$0]) }
        for people in perStory {
            for p in people {
                if !p.name.contains(" ") { singles.append(p); continue }
                let key = PersonRegistry.compactKey(p.name)
                if let i = byKey[key] {
                    merged[i].mentions += p.mentions
                    merged[i].aliases = mergeAliases(merged[i].aliases, p.aliases, name: merged[i].name)
                } else {
                    byKey[key] = merged.count
                    merged.append(p)
                }
            }
        }
        var singleByKey: [String: Int] = [:]
        var byFamily: [String: [Int]] = [:]
        for i in merged.indices { byFamily[familyName(of: merged[i]), default: []].append(i) }
        for p in singles {
            let word = NameLexicon.fold(p.name)
            let owners = byFamily[word] ?? []
            if owners.count == 1 {
                let i = owners[0]
                merged[i].mentions += p.mentions
                merged[i].aliases = mergeAliases(merged[i].aliases, [p.name] + p.aliases, name: merged[i].name)
            } else if let i = singleByKey[word] {
                merged[i].mentions += p.mentions
            } else {
                singleByKey[word] = merged.count
                merged.append(p)
            }
        }
        return PeopleIndex(people: sortPeople(merged))
    }

    /// The person `query` names: full name or any alias, case-insensitive, titles ignored ("president xi").
    public func person(matching query: String) -> Person? {
        let key = Self.queryKey(query)
        guard !key.isEmpty else { return nil }
        if let p = people.first(where: { PersonRegistry.compactKey($0.name) == key }) { return p }
        if let p = people.first(where: { $0.aliases.contains { PersonRegistry.compactKey($0) == key } }) { return p }
        return people.first { Self.familyKey(of: $0) == key }
    }

    /// Names nearest to a query that matched nobody, for "did you mean".
    public func closestNames(to query: String, limit: Int) -> [String] {
        let q = TextNormalizer.forMatching(query).trimmingCharacters(in: .whitespaces)
        var scored: [(Int, Int, String)] = []
        for (rank, p) in people.enumerated() {
            let forms = [p.name] + p.aliases
            let best = forms.map { form -> Int in
                let f = TextNormalizer.forMatching(form)
                var d = Self.editDistance(q, f)
                if f.contains(q) || q.contains(f) { d = min(d, 1) }
                return d
            }.min() ?? Int.max
            scored.append((best, rank, p.name))
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(max(0, limit)).map(\.2)
    }

    /// The person mentioned at a position (for quote attribution and the reader's highlights).
    public func person(at article: String, paragraph: Int, offset: Int) -> Person? {
        guard let spans = locations[Self.locationKey(article, paragraph)] else { return nil }
        for s in spans where s.start <= offset && offset < s.end { return people[s.person] }
        return nil
    }

    /// The first person mentioned inside a span ("PM Mette Frederiksen": the mention starts after the title).
    public func person(at article: String, paragraph: Int, within range: Range<Int>) -> Person? {
        guard let spans = locations[Self.locationKey(article, paragraph)] else { return nil }
        return spans.first { $0.start < range.upperBound && range.lowerBound < $0.end }.map { people[$0.person] }
    }

    /// Mentions in one paragraph, in text order, with the person each belongs to.
    public func mentions(in article: String, paragraph: Int) -> [(mention: Mention, person: Person)] {
        guard let spans = locations[Self.locationKey(article, paragraph)] else { return [] }
        return spans.compactMap { s in
            people[s.person].mentions.first { $0.article == article && $0.paragraph == paragraph && $0.start == s.start }
                .map { ($0, people[s.person]) }
        }
    }

    // MARK: - Helpers

    private mutating func reindex() {
        locations = [:]
        for (i, p) in people.enumerated() {
            for m in p.mentions { locations[Self.locationKey(m.article, m.paragraph), default: []].append((m.start, m.end, i)) }
        }
        for k in locations.keys { locations[k]!.sort { $0.start < $1.start } }
    }

    static func locationKey(_ article: String, _ paragraph: Int) -> String { article + "\u{1}" + String(paragraph) }

    static func queryKey(_ query: String) -> String {
        let lex = NameLexicon.shared
        let words = Tokenizer.tokens(query).map(\.norm)
        var i = 0
        while i < words.count - 1 {
            let n = lex.titles.longestMatch(words, at: i, limit: words.count - 1)
            guard n > 0 else { break }
            i += n
        }
        return PersonRegistry.compactKey(words[min(i, words.count)...].joined())
    }

    static func familyName(of p: Person) -> String {
        // The most frequent one-word alias is the family name by construction of the index.
        let one = p.aliases.filter { !$0.contains(" ") }
        if let f = one.first { return NameLexicon.fold(f) }
        let words = p.name.split(separator: " ")
        return words.count > 1 ? NameLexicon.fold(String(words.last!)) : ""
    }

    static func familyKey(of p: Person) -> String { PersonRegistry.compactKey(familyName(of: p)) }

    static func mergeAliases(_ a: [String], _ b: [String], name: String) -> [String] {
        var seen = Set<String>([name])
        var out: [String] = []
        for x in a + b where !seen.contains(x) {
            seen.insert(x)
            out.append(x)
        }
        return out
    }

    static func sortPeople(_ people: [Person]) -> [Person] {
        people.sorted { a, b in
            if a.mentions.count != b.mentions.count { return a.mentions.count > b.mentions.count }
            return a.name < b.name
        }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = prev
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}

extension PeopleIndex: Encodable {
    enum CodingKeys: String, CodingKey { case people }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(people, forKey: .people)
    }
}
