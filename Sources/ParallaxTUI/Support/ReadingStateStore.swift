import Foundation

/// Where the user was in one library: story and article by id, paragraph and scalar offset.
public struct SavedPosition: Sendable, Codable, Equatable {
    public var story: String
    public var article: String
    public var paragraph: Int
    public var offset: Int
    public init(story: String, article: String, paragraph: Int, offset: Int) {
        self.story = story
        self.article = article
        self.paragraph = paragraph
        self.offset = offset
    }
}

/// Remembers the last position per library in `$XDG_STATE_HOME/parallax/positions.json`
/// (`~/.local/state/parallax/` by default). Writes are atomic (temp file + rename) so a crash never leaves
/// half a file; a corrupt file is reported and ignored, never fatal.
public struct ReadingStateStore: Sendable {
    public var file: String

    public init(file: String) { self.file = file }

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base: String
        if let x = environment["XDG_STATE_HOME"], x.hasPrefix("/") {
            base = x
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        file = base + "/parallax/positions.json"
    }

    /// Positions by absolute library path, plus a warning when the file existed but could not be read.
    public func load() -> (positions: [String: SavedPosition], warning: String?) {
        guard let data = FileManager.default.contents(atPath: file) else { return ([:], nil) }
        do {
            return (try JSONDecoder().decode([String: SavedPosition].self, from: data), nil)
        } catch {
            return ([:], "\(file): ignoring unreadable saved positions (\(error.localizedDescription))")
        }
    }

    public func position(forLibrary path: String) -> (SavedPosition?, String?) {
        let (all, warning) = load()
        return (all[Self.key(path)], warning)
    }

    /// Saves `position` for `library`; returns a warning instead of throwing, since losing the position is
    /// not worth interrupting the user.
    @discardableResult
    public func save(_ position: SavedPosition, forLibrary path: String) -> String? {
        var all = load().positions
        all[Self.key(path)] = position
        let dir = (file as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys, .prettyPrinted]
            let data = try enc.encode(all)
            let tmp = dir + "/.positions.\(getpid()).tmp"
            guard FileManager.default.createFile(atPath: tmp, contents: data) else {
                return "\(file): cannot write saved position"
            }
            if rename(tmp, file) != 0 {
                unlink(tmp)
                return "\(file): cannot save position (\(String(cString: strerror(errno))))"
            }
            return nil
        } catch {
            return "\(file): cannot save position (\(error.localizedDescription))"
        }
    }

    static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

extension AppState {
    /// The position to remember: the open reader's, else the library selection's start.
    public func currentPosition(size: Size) -> SavedPosition? {
        let selected = libraryState.selected(in: library)
        // Back in the library on another article: that selection is where the user is now.
        let readerIsCurrent = current != .library || selected.map { $0.story == reader?.story && $0.article == reader?.article } ?? true
        if let r = reader, readerIsCurrent {
            let story = library.stories[r.story]
            let layout = readerLayout(r, size: size)
            let top = readerTop(r, layout: layout, size: size)
            let (b, off) = layout.anchor(ofLine: top)
            let p = layout.blocks[b].paragraphIndex ?? -1
            return SavedPosition(story: story.id, article: story.articles[r.article].id, paragraph: p, offset: p < 0 ? 0 : off)
        }
        guard let (s, a) = libraryState.selected(in: library) else { return nil }
        let story = library.stories[s]
        return SavedPosition(story: story.id, article: story.articles[a].id, paragraph: -1, offset: 0)
    }

    /// Selects the saved article in the library and keeps the position for when it is opened.
    public func restore(_ p: SavedPosition) {
        guard let s = library.stories.firstIndex(where: { $0.id == p.story }),
              let a = library.stories[s].articles.firstIndex(where: { $0.id == p.article })
        else {
            if loading != nil { pendingRestore = p }
            return
        }
        pendingRestore = nil
        libraryState.select(story: s, article: a)
        resume = p
    }
}
