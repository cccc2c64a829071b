import Foundation

/// Turns a path into stories: a folder holding article files is one story; a folder of such folders is a
/// library. One bad file is reported and skipped, never fatal for the rest.
public enum LibraryLoader {
    public static let articleExtensions: Set<String> = ["txt", "md"]

    public static func load(path: String) throws(LoadError) -> Library {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            throw LoadError(path: path, message: "no such file or folder")
        }
        guard isDir.boolValue else {
            let story = loadStory(files: [path], id: URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent, path: path)
            return Library(path: path, stories: [story], errors: story.errors)
        }
        let entries: [String]
        do { entries = try fm.contentsOfDirectory(atPath: path).sorted() } catch {
            throw LoadError(path: path, message: "cannot list folder (\(error.localizedDescription))")
        }
        let files = entries.filter { isArticleFile($0) }.map { (path as NSString).appendingPathComponent($0) }
        if !files.isEmpty {
            let story = loadStory(files: files, id: URL(fileURLWithPath: path).lastPathComponent, path: path)
            return Library(path: path, stories: [story], errors: story.errors)
        }
        var stories: [Story] = []
        var errors: [LoadError] = []
        for e in entries where !e.hasPrefix(".") {
            let sub = (path as NSString).appendingPathComponent(e)
            var subIsDir: ObjCBool = false
            guard fm.fileExists(atPath: sub, isDirectory: &subIsDir), subIsDir.boolValue else { continue }
            guard let subEntries = try? fm.contentsOfDirectory(atPath: sub) else {
                errors.append(LoadError(path: sub, message: "cannot list folder"))
                continue
            }
            let subFiles = subEntries.sorted().filter { isArticleFile($0) }.map { (sub as NSString).appendingPathComponent($0) }
            guard !subFiles.isEmpty else { continue }
            let story = loadStory(files: subFiles, id: e, path: sub)
            stories.append(story)
            errors += story.errors
        }
        if stories.isEmpty && errors.isEmpty {
            throw LoadError(path: path, message: "no articles found (expected *.txt or *.md files, or folders of them)")
        }
        return Library(path: path, stories: stories, errors: errors)
    }

    public static func isArticleFile(_ name: String) -> Bool {
        !name.hasPrefix(".") && articleExtensions.contains((name as NSString).pathExtension.lowercased())
            && name.lowercased() != "readme.md"
    }

    static func loadStory(files: [String], id: String, path: String) -> Story {
        var articles: [Article] = []
        var errors: [LoadError] = []
        for f in files {
            do { articles.append(try ArticleLoader.load(path: f)) } catch { errors.append(error) }
        }
        return Story(id: id, path: path, articles: articles, errors: errors)
    }

    /// Loads exactly one story: the folder itself, or the first story of a library.
    public static func loadStory(path: String) throws(LoadError) -> Story {
        let lib = try load(path: path)
        guard lib.stories.count == 1, let s = lib.stories.first else {
            throw LoadError(path: path, message: lib.stories.isEmpty ? "no readable articles" : "is a library of \(lib.stories.count) stories; name one story folder")
        }
        return s
    }
}
