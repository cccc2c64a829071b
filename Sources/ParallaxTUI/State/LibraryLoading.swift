import ParallaxCore

/// How much of a large library is still being read behind the first screen.
public struct LibraryLoading: Sendable, Hashable {
    public var loadedFiles: Int
    public var totalFiles: Int
}

extension LibraryState {
    /// Rows for stories appended to the library; existing rows keep their places, so the selection and the
    /// scroll position stay where the user left them.
    mutating func append(stories range: Range<Int>, of library: Library) {
        let hadArticle = selected(in: library) != nil
        addRows(stories: range, of: library)
        if !hadArticle, let i = rows.firstIndex(where: \.isArticle) {
            selection = i
        }
    }
}

extension AppState {
    /// More stories read in the background. Indices of earlier stories never change, so analyses, open
    /// screens and pending work stay valid.
    public func append(stories new: [Story], loadedFiles: Int, totalFiles: Int) {
        let first = library.stories.count
        library.stories += new
        library.errors += new.flatMap(\.errors)
        lateErrors += new.flatMap(\.errors)
        libraryState.append(stories: first..<library.stories.count, of: library)
        loading = loadedFiles >= totalFiles ? nil : LibraryLoading(loadedFiles: loadedFiles, totalFiles: totalFiles)
        if let p = pendingRestore {
            restore(p)
            if pendingRestore == nil, let s = currentStory { requestAnalysis(story: s) }
        }
        if loading == nil { pendingRestore = nil }
    }
}
