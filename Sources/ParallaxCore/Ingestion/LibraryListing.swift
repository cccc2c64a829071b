import Foundation

/// The `list --json` contract: stories with their articles' metadata and word counts, plus every path
/// that could not be loaded.
public struct LibraryListing: Encodable, Sendable {
    public struct StoryEntry: Encodable, Sendable {
        public var id: String
        public var path: String
        public var title: String
        public var articles: [ArticleEntry]
    }

    public struct ArticleEntry: Encodable, Sendable {
        public var id: String
        public var path: String
        @NullWhenAbsent public var outlet: String?
        @NullWhenAbsent public var title: String?
        @NullWhenAbsent public var date: String?
        public var words: Int
    }

    public var stories: [StoryEntry]
    public var errors: [LoadError]

    public init(_ library: Library) {
        stories = library.stories.map { s in
            StoryEntry(
                id: s.id, path: s.path, title: s.title,
                articles: s.articles.map {
                    ArticleEntry(id: $0.id, path: $0.path, outlet: $0.outlet, title: $0.title, date: $0.date, words: $0.wordCount)
                })
        }
        errors = library.errors
    }
}
