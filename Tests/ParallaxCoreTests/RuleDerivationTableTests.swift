import Foundation
import Testing
@testable import ParallaxCore

/// The stored rule derivations (`RuleDerivations`, `RuleDerivationTable.swift`) must equal what the
/// derivation computes, pattern by pattern: a stale entry would let a rule skip lines it matches.
///
/// With `PARALLAX_WRITE_RULE_TABLE=1` (`make rule-table`) the suite rewrites the table from the patterns
/// the cleaner builds over the demo library, the seeds and the crash corpus.
@Suite struct RuleDerivationTableTests {
    @Test func everyStoredEntryEqualsTheDerivation() {
        #expect(!RuleDerivations.index.isEmpty)
        for pattern in RuleDerivations.index.keys {
            let stored = RuleDerivations.lookup(pattern)
            #expect(stored != nil, "unreadable entry: \(pattern)")
            #expect(stored?.entry == RuleDerivations.derive(pattern), "stale entry: \(pattern)")
        }
    }

    /// A field that does not read back gives nil (one test fewer), never a wrong value.
    @Test func malformedFieldsReadAsNil() {
        for text in ["", "0g", "abc", "61,", "61;62", "6"] {
            var bytes = Array(text.utf8)
            let list = bytes.withUnsafeMutableBufferPointer { b -> [[UInt8]]? in
                var r = RuleDerivations.Reader(bytes: UnsafeBufferPointer(b))
                guard let l = r.list(), r.at == b.count else { return nil }
                return l
            }
            #expect(list == nil, "\(text)")
        }
        var ok = Array("61,6263".utf8)
        let list = ok.withUnsafeMutableBufferPointer { b in
            var r = RuleDerivations.Reader(bytes: UnsafeBufferPointer(b))
            return r.list()
        }
        #expect(list == [[0x61], [0x62, 0x63]])
    }

    static let unstored = "^zz-not-a-stored-rule (alpha|beta)\\b"

    @Test func aPatternNotStoredIsDerived() {
        let pattern = Self.unstored
        #expect(RuleDerivations.lookup(pattern) == nil)
        let p = LinePattern(pattern)
        #expect(p.matches("zz-not-a-stored-rule beta!"))
        #expect(!p.matches("zz-not-a-stored-rule gamma"))
        #expect(!p.mayMatch("a line of prose"))
    }

    @Test func writeTableWhenAsked() throws {
        guard ProcessInfo.processInfo.environment["PARALLAX_WRITE_RULE_TABLE"] == "1" else { return }
        _ = ChromeRules.rules
        _ = ChromeRules.endMarkers
        _ = ChromeRules.linkListLabel
        var files: [String] = []
        for folder in [RepositoryPaths.articles, RepositoryPaths.seeds, RepositoryPaths.crashCorpus] {
            guard let walk = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let name as String in walk where LibraryLoader.isArticleFile((name as NSString).lastPathComponent) {
                files.append(folder.appendingPathComponent(name).path)
            }
        }
        _ = ArticleLoader.load(paths: files)
        for folder in try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.articles.path) {
            _ = try? LibraryLoader.loadStory(path: RepositoryPaths.articles.appendingPathComponent(folder).path)
        }
        let patterns = RuleDerivations.seen.withLock { $0 }.filter { $0 != Self.unstored }
        let source = RuleDerivations.swiftSource(patterns)
        let path = RepositoryPaths.root.appendingPathComponent("Sources/ParallaxCore/Ingestion/RuleDerivationTable.swift")
        try source.write(to: path, atomically: true, encoding: .utf8)
    }
}
