/// What a path holds before any article is read: the stories and their files, in listing order, and the
/// folders that could not be listed.
///
/// Listing 10,000 files takes milliseconds; reading them takes seconds. Keeping the two apart lets the
/// interactive reader show the first stories at once and load the rest behind them.
public struct LibraryPlan: Sendable, Hashable {
    public struct StoryPlan: Sendable, Hashable {
        public var id: String
        public var path: String
        public var files: [String]

        public init(id: String, path: String, files: [String]) {
            self.id = id
            self.path = path
            self.files = files
        }
    }

    public var path: String
    public var stories: [StoryPlan]
    /// Folders that could not be listed; they are reported and skipped.
    public var errors: [LoadError]
    /// The path named one file (which then must be readable: there is nothing else to show).
    public var isSingleFile: Bool

    public init(path: String, stories: [StoryPlan], errors: [LoadError], isSingleFile: Bool = false) {
        self.path = path
        self.stories = stories
        self.errors = errors
        self.isSingleFile = isSingleFile
    }

    public var fileCount: Int { stories.reduce(0) { $0 + $1.files.count } }

    /// How many leading stories hold at least `articles` files (all of them when the library is smaller):
    /// enough to fill a first screen.
    public func storiesCovering(articles: Int) -> Int {
        var n = 0
        var k = 0
        while k < stories.count, n < articles {
            n += stories[k].files.count
            k += 1
        }
        return k
    }
}
