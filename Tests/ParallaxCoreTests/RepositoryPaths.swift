import Foundation

/// Where the tests find the demo stories, the gold, the crash corpus and the seeds.
///
/// Symlinks are resolved because `make sanitize` compiles these files through a link from `.ci/asan` (a small
/// package that builds only the core and its tests under AddressSanitizer); `#filePath` then names the link.
enum RepositoryPaths {
    /// `Tests/ParallaxCoreTests`, the folder of this file.
    static let testsFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    static let root = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let articles = root.appendingPathComponent("articles")
    static let gold = root.appendingPathComponent("Tests/Gold")
    static let crashCorpus = root.appendingPathComponent("Tests/Corpus")
    /// `../shared/seeds` beside the checkout, where CI puts it.
    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
}
