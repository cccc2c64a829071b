import Foundation
import Testing
@testable import ParallaxCore

/// `WordDiff.disjointMiddle`: with the common ends set aside, middles that share no key are one changed span,
/// which must be what the standard library's diff gives. Checked on sentences of the demo library and the
/// seeds (each against the next, against itself with a word changed, and against the same sentence of another
/// outlet's article), on short sequences over small alphabets (every tie a diff can meet), and on the edges.
struct WordDiffShortcutTests {
    static func same(_ a: [String], _ b: [String]) -> Bool {
        let fast = WordDiff.spans(a, b), slow = WordDiff.spans(a, b, settingAsideEnds: false)
        return fast.count == slow.count && zip(fast, slow).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    @Test func edges() {
        let cases: [([String], [String])] = [
            ([], []), (["x"], []), ([], ["x"]), (["x"], ["x"]), (["x"], ["x", "x"]), (["x", "x"], ["x"]),
            (["a", "x"], ["a", "x", "x"]), (["x", "a"], ["x", "x", "a"]), (["a", "b", "a"], ["a", "a"]),
            (["a", "b", "c"], ["a", "d", "c"]), (["a", "b"], ["b", "a"]), (["a", "b", "c"], ["c", "b", "a"]),
        ]
        for (a, b) in cases { #expect(Self.same(a, b), "\(a) / \(b)") }
        #expect(WordDiff.disjointMiddle(["x"], ["x", "x"]).map { $0.map { "\($0.0) \($0.1)" } } == ["1..<1 1..<2"])
    }

    /// Every pair of sequences of up to five keys over three letters, and longer ones drawn from four.
    @Test func smallAlphabets() {
        func all(_ n: Int) -> [[String]] {
            n == 0 ? [[]] : all(n - 1).flatMap { s in ["a", "b", "c"].map { s + [$0] } }
        }
        let short = (0...4).flatMap(all)
        var shortcut = 0
        for a in short {
            for b in short {
                #expect(Self.same(a, b), "\(a) / \(b)")
                if WordDiff.disjointMiddle(a, b) != nil { shortcut += 1 }
            }
        }
        #expect(shortcut > 1_000)
        var seed: UInt64 = 7
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        for _ in 0..<2_000 {
            let a = (0..<next() % 12).map { _ in ["w", "x", "y", "z"][next() % 4] }
            var b = a
            for _ in 0..<(next() % 4) {
                if !b.isEmpty, next() % 2 == 0 { b.remove(at: next() % b.count) } else { b.insert(["w", "x", "y", "z", "v"][next() % 5], at: next() % (b.count + 1)) }
            }
            #expect(Self.same(a, b), "\(a) / \(b)")
        }
    }

    @Test func demoAndSeedSentences() throws {
        var stories: [[[[String]]]] = []  // story, article, sentence keys
        for dir in [RepositoryPaths.articles, RepositoryPaths.seeds] {
            var folders: [String: [[[String]]]] = [:]
            guard let files = FileManager.default.enumerator(atPath: dir.path) else { continue }
            for case let f as String in files where f.hasSuffix(".txt") || f.hasSuffix(".md") {
                let article = try ArticleLoader.load(path: dir.path + "/" + f)
                let keys = article.paragraphs.flatMap { p in
                    p.sentences.map { s -> [String] in
                        let text = p.text(of: s)
                        return MatchingKeys(Tokenizer.tokens(text), in: text).keys
                    }
                }
                folders[(f as NSString).deletingLastPathComponent, default: []].append(keys)
            }
            stories += folders.keys.sorted().map { folders[$0]! }
        }
        var pairs = 0, shortcut = 0
        func check(_ a: [String], _ b: [String]) {
            #expect(Self.same(a, b), "\(a.prefix(8)) / \(b.prefix(8))")
            pairs += 1
            if WordDiff.disjointMiddle(a, b) != nil { shortcut += 1 }
        }
        for story in stories {
            for article in story {
                for (k, s) in article.enumerated() {
                    if k + 1 < article.count { check(s, article[k + 1]) }
                    if !s.isEmpty {
                        var changed = s
                        changed[s.count / 2] = "(changed)"
                        check(s, changed)
                    }
                }
            }
            for k in 1..<max(1, story.count) {
                for (x, y) in zip(story[0], story[k]) { check(x, y) }
            }
        }
        #expect(pairs > 2_000)
        #expect(shortcut > 500)
    }
}
