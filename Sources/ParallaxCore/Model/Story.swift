import Foundation

/// A folder of articles about one event.
public struct Story: Sendable, Hashable, Identifiable {
    /// The folder name.
    public var id: String
    public var path: String
    public var articles: [Article]
    /// Files in the folder that could not be loaded; the rest of the story still opens.
    public var errors: [LoadError]

    public init(id: String, path: String, articles: [Article], errors: [LoadError] = []) {
        self.id = id
        self.path = path
        self.articles = Self.qualifyingSharedOutlets(articles)
        self.errors = errors
    }

    /// Articles whose outlet another article of the story shares get their file stem as qualifier.
    static func qualifyingSharedOutlets(_ articles: [Article]) -> [Article] {
        var count: [String: Int] = [:]
        for a in articles { if let o = a.outlet { count[o, default: 0] += 1 } }
        guard count.values.contains(where: { $0 > 1 }) else { return articles }
        return articles.map { a in
            var a = a
            if let o = a.outlet, count[o]! > 1 { a.outletQualifier = a.id }
            return a
        }
    }

    /// The most common article title wins; ties go to the first article not set in capitals that shares a word
    /// with another article's title, then to the first article, which keeps the choice stable. A newsletter's or a
    /// briefing's headline ("Your 6am briefing on who's winning") often names nothing of the event, while the
    /// reports' headlines repeat its names.
    public var title: String {
        let titles = articles.compactMap(\.title)
        guard !titles.isEmpty else { return id }
        var counts: [String: Int] = [:]
        for t in titles { counts[t, default: 0] += 1 }
        let words = titles.map(Self.titleWords)
        var frequency: [String: Int] = [:]
        for set in words { for w in set { frequency[w, default: 0] += 1 } }
        // A title set in capitals gives way to a report's headline in ordinary case: a newsletter's section label
        // ("GRENMOUTH GOES ROGUE") names the story badly, and a press release's headline in capitals shouts
        // over every story heading of the library. It still names the story when no other title will.
        func sharesAWord(_ k: Int) -> Bool { words[k].contains { frequency[$0]! > 1 } && !LineShape.isAllCaps(titles[k]) }
        var best = 0, bestShares = sharesAWord(0)
        for k in titles.indices.dropFirst() {
            let c = counts[titles[k]]!, b = counts[titles[best]]!
            guard c >= b else { continue }
            let shares = sharesAWord(k)
            if c > b || (shares && !bestShares) { best = k; bestShares = shares }
        }
        return titles[best]
    }

    /// Content words of a headline, folded: no stop words, nothing under three letters.
    static func titleWords(_ title: String) -> Set<String> {
        let folded = TextNormalizer.forMatching(title)
        let words = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return Set(words.filter { $0.count >= 3 && !StopWords.contains($0) })
    }

    public func article(id: String) -> Article? { articles.first { $0.id == id } }
}

/// A folder of stories.
public struct Library: Sendable, Hashable {
    public var path: String
    public var stories: [Story]
    /// Problems with whole paths (missing folder, unreadable story) and every story's file errors.
    public var errors: [LoadError]

    public init(path: String, stories: [Story], errors: [LoadError] = []) {
        self.path = path
        self.stories = stories
        self.errors = errors
    }
}

/// Why one path could not be loaded, in words a user can act on.
public struct LoadError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}
