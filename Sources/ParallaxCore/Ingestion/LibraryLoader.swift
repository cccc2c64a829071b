import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a path into stories: a folder holding article files is one story; a folder of such folders is a
/// library. One bad file is reported and skipped, never fatal for the rest.
///
/// The walk is two levels deep at most (library → story → files), so a symbolic link that points back up
/// the tree cannot make it loop; a story folder reached twice through links is listed once.
public enum LibraryLoader {
    public static let articleExtensions: Set<String> = ["txt", "md"]

    public static func load(path: String) throws(LoadError) -> Library {
        let plan = try plan(path: path)
        return try load(plan, stories: plan.stories.indices)
    }

    /// The stories of `plan` in `range`, read on all cores. A single file that cannot be read is the error
    /// itself; anywhere else, unreadable files are listed in the stories' and the library's errors.
    public static func load(_ plan: LibraryPlan, stories range: Range<Int>) throws(LoadError) -> Library {
        let stories = loadStories(Array(plan.stories[range]))
        if plan.isSingleFile, let story = stories.first, story.articles.isEmpty, let e = story.errors.first { throw e }
        return Library(path: plan.path, stories: stories, errors: plan.errors + stories.flatMap(\.errors))
    }

    /// Every file of the given stories in one parallel pass (not story by story, where a story of two
    /// articles would leave a core idle), then regrouped in order.
    public static func loadStories(_ plans: [LibraryPlan.StoryPlan]) -> [Story] {
        let loaded = loadFiles(plans.flatMap(\.files))
        var stories: [Story] = []
        var offset = 0
        for plan in plans {
            stories.append(story(id: plan.id, path: plan.path, loaded[offset..<offset + plan.files.count]))
            offset += plan.files.count
        }
        return stories
    }

    /// Which files make which story, from folder listings alone (no file is read), so the reader can draw
    /// the first stories while the rest load.
    public static func plan(path: String) throws(LoadError) -> LibraryPlan {
        let kind = try PathKind.of(path)
        guard kind == .folder else {
            let id = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
            return LibraryPlan(path: path, stories: [.init(id: id, path: path, files: [path])], errors: [], isSingleFile: true)
        }
        let entries = try list(path)
        let files = entries.filter { isArticleFile($0) }.map { join(path, $0) }
        if !files.isEmpty {
            return LibraryPlan(path: path, stories: [.init(id: storyID(path), path: path, files: files)], errors: [])
        }
        var plans: [LibraryPlan.StoryPlan] = []
        var errors: [LoadError] = []
        var seen: Set<String> = [realPath(path)]
        for e in entries where !e.hasPrefix(".") {
            let sub = join(path, e)
            let subKind: PathKind
            do { subKind = try PathKind.of(sub) } catch {
                errors.append(error)
                continue
            }
            guard subKind == .folder else { continue }
            guard seen.insert(realPath(sub)).inserted else { continue }
            let subEntries: [String]
            do { subEntries = try list(sub) } catch {
                errors.append(error)
                continue
            }
            let subFiles = subEntries.filter { isArticleFile($0) }.map { join(sub, $0) }
            guard !subFiles.isEmpty else { continue }
            plans.append(.init(id: e, path: sub, files: subFiles))
        }
        if plans.isEmpty && errors.isEmpty {
            throw LoadError(path: path, message: "no articles found (expected *.txt or *.md files, or folders of them)")
        }
        return LibraryPlan(path: path, stories: plans, errors: errors)
    }

    public static func isArticleFile(_ name: String) -> Bool {
        !name.hasPrefix(".") && articleExtensions.contains((name as NSString).pathExtension.lowercased())
            && name.lowercased() != "readme.md"
    }

    static func loadStory(files: [String], id: String, path: String) -> Story {
        story(id: id, path: path, loadFiles(files)[...])
    }

    /// Articles are independent, so they load on all cores; results keep the order of `files`.
    static func loadFiles(_ files: [String]) -> [Result<Article, LoadError>] {
        ParallelMap.map(files.count) { i in
            do throws(LoadError) { return .success(try ArticleLoader.load(path: files[i])) } catch { return .failure(error) }
        }
    }

    static func story(id: String, path: String, _ results: ArraySlice<Result<Article, LoadError>>) -> Story {
        var articles: [Article] = []
        var errors: [LoadError] = []
        for r in results {
            switch r {
            case .success(let a): articles.append(a)
            case .failure(let e): errors.append(e)
            }
        }
        return Story(id: id, path: path, articles: articles, errors: errors)
    }

    /// Loads exactly one story: the folder itself, or the first story of a library.
    /// A library is refused before any article is read: loading 10,000 files only to say "name one story"
    /// took longer than any answer should.
    public static func loadStory(path: String) throws(LoadError) -> Story {
        let stories = storyFolderCount(path)
        if stories > 1 { throw LoadError(path: path, message: "is a library of \(stories) stories; name one story folder") }
        let lib = try load(path: path)
        guard lib.stories.count == 1, let s = lib.stories.first else {
            throw LoadError(path: path, message: lib.stories.isEmpty ? "no readable articles" : "is a library of \(lib.stories.count) stories; name one story folder")
        }
        return s
    }

    /// Story folders directly under `path` when it is a library (0 for a story folder or a file), counted
    /// from folder listings alone.
    static func storyFolderCount(_ path: String) -> Int {
        guard (try? PathKind.of(path)) == .folder, let entries = try? list(path),
            !entries.contains(where: isArticleFile)
        else { return 0 }
        var seen: Set<String> = [realPath(path)]
        var count = 0
        for e in entries where !e.hasPrefix(".") {
            let sub = join(path, e)
            guard (try? PathKind.of(sub)) == .folder, seen.insert(realPath(sub)).inserted,
                let subEntries = try? list(sub), subEntries.contains(where: isArticleFile)
            else { continue }
            count += 1
        }
        return count
    }

    // MARK: file system

    enum PathKind {
        case folder, file

        /// What is at `path`, or a message that says why nothing usable is.
        static func of(_ path: String) throws(LoadError) -> PathKind {
            var st = stat()
            guard stat(path, &st) == 0 else {
                let err = errno
                var lst = stat()
                switch err {
                case ELOOP: throw LoadError(path: path, message: "symbolic link loop")
                case ENOENT where lstat(path, &lst) == 0: throw LoadError(path: path, message: "broken symbolic link")
                case ENOENT, ENOTDIR: throw LoadError(path: path, message: "no such file or folder")
                case EACCES: throw LoadError(path: path, message: "permission denied")
                default: throw LoadError(path: path, message: String(cString: strerror(err)).lowercased())
                }
            }
            return (st.st_mode & S_IFMT) == S_IFDIR ? .folder : .file
        }
    }

    static func list(_ path: String) throws(LoadError) -> [String] {
        guard access(path, R_OK | X_OK) == 0 else { throw LoadError(path: path, message: "cannot open folder (permission denied)") }
        do { return try FileManager.default.contentsOfDirectory(atPath: path).sorted() } catch {
            throw LoadError(path: path, message: "cannot list folder (\(FileCheck.reason(error)))")
        }
    }

    static func join(_ dir: String, _ name: String) -> String { (dir as NSString).appendingPathComponent(name) }

    /// The folder's own name, also for "." or a path ending in "/".
    static func storyID(_ path: String) -> String {
        let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
        return name.isEmpty || name == "/" ? path : name
    }

    static func realPath(_ path: String) -> String {
        guard let r = realpath(path, nil) else { return path }
        defer { free(r) }
        return String(cString: r)
    }
}
