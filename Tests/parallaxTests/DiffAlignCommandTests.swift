import Foundation
import ParallaxCore
import Testing

/// `parallax diff` and `parallax align` through the real binary, on the seed articles when present.
@Suite struct DiffAlignCommandTests {
    static func seed(_ prefix: String) -> String? {
        guard let dir = Binary.seedsPath,
            let f = try? FileManager.default.contentsOfDirectory(atPath: dir).sorted().first(where: { $0.hasPrefix(prefix) })
        else { return nil }
        return dir + "/" + f
    }

    static func json(_ s: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }

    /// In a story folder the other outlets vouch for links, as in the reader's compare view; `--context pair`
    /// aligns the two files alone.
    @Test func diffUsesTheStoryFolderLikeTheReader() async throws {
        guard let dir = Binary.seedsPath else { print("skipping: no seeds"); return }
        func links(_ args: [String]) async throws -> [[Int]] {
            let r = try await Binary.run(args)
            #expect(r.status == 0, "\(r.stderr)")
            return try #require(try Self.json(r.stdout)["links"] as? [[String: Any]]).map { [$0["left"] as! Int, $0["right"] as! Int] }
        }
        // A pair of seed articles whose links change when the other outlets vouch (several do).
        let story = try LibraryLoader.loadStory(path: dir)
        let aligner = StoryAligner(articles: story.articles)
        let differing = story.articles.indices.flatMap { i in story.articles.indices.filter { $0 > i }.map { (i, $0) } }.lazy.compactMap {
            (i, j) -> (Int, Int, [[Int]], [[Int]])? in
            let inStory = aligner.links(i, j).map { [$0.left, $0.right] }
            let alone = StoryAligner(articles: [story.articles[i], story.articles[j]]).links(0, 1).map { [$0.left, $0.right] }
            return inStory == alone ? nil : (i, j, inStory, alone)
        }.first
        let (i, j, inStory, alone) = try #require(differing, "some seed pair's links differ with the other outlets vouching")
        let a = story.articles[i].path, b = story.articles[j].path
        #expect(try await links(["diff", a, b, "--json"]) == inStory)
        #expect(try await links(["diff", "--context", "pair", a, b, "--json"]) == alone)
    }

    @Test func diffJSONFollowsTheContract() async throws {
        guard let a = Self.seed("000"), let b = Self.seed("003") else { print("skipping: no seeds"); return }
        let r = try await Binary.run(["diff", a, b, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try Self.json(r.stdout)
        #expect(Set(j.keys) == ["left", "right", "links", "rows"])
        let left = try #require(j["left"] as? [String: Any]), right = try #require(j["right"] as? [String: Any])
        let nl = try #require(left["paragraphs"] as? [Any]).count, nr = try #require(right["paragraphs"] as? [Any]).count
        let rows = try #require(j["rows"] as? [[String: Any]])
        var seenL: [Int] = [], seenR: [Int] = []
        for row in rows {
            #expect(Set(row.keys) == ["left", "right", "kind", "sentences"])
            seenL += row["left"] as! [Int]
            seenR += row["right"] as! [Int]
            #expect(["same", "changed", "left-only", "right-only", "moved"].contains(row["kind"] as! String))
            for s in row["sentences"] as! [[String: Any]] {
                #expect(Set(s.keys) == ["left", "right", "similarity", "changes"])
                for c in s["changes"] as! [[String: Any]] { #expect(Set(c.keys) == ["left", "right"]) }
            }
        }
        #expect(seenL.sorted() == Array(0..<nl))
        #expect(seenR.sorted() == Array(0..<nr))
        for l in try #require(j["links"] as? [[String: Any]]) {
            #expect(Set(l.keys) == ["left", "right", "similarity"])
        }
    }

    @Test func diffTextFitsWidthWithoutColourWhenPiped() async throws {
        guard let a = Self.seed("000"), let b = Self.seed("001") else { print("skipping: no seeds"); return }
        let r = try await Binary.run(["diff", a, b, "--width", "80"])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("\u{1B}"))
        for line in r.stdout.split(separator: "\n") { #expect(line.count <= 80) }
        let c = try await Binary.run(["diff", a, b, "--color", "always"])
        #expect(c.stdout.contains("\u{1B}["))
    }

    @Test func diffOfMissingFileIsOneLineError() async throws {
        let r = try await Binary.run(["diff", "/nonexistent/a.txt", "/nonexistent/b.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("parallax: /nonexistent/a.txt"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func alignJSONPutsEveryParagraphInOneGroup() async throws {
        guard let dir = Binary.seedsPath else { print("skipping: no seeds"); return }
        let r = try await Binary.run(["align", dir, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let groups = try #require(try Self.json(r.stdout)["groups"] as? [[String: Any]])
        var seen = Set<String>()
        for (k, g) in groups.enumerated() {
            #expect(Set(g.keys) == ["id", "members", "outlets"])
            #expect(g["id"] as? Int == k)
            let members = g["members"] as! [[String: Any]]
            #expect(g["outlets"] as? Int == members.count)
            for m in members {
                for p in m["paragraphs"] as! [Int] { #expect(seen.insert("\(m["article"]!):\(p)").inserted) }
            }
        }
        #expect(groups.contains { ($0["outlets"] as! Int) >= 4 })
        let text = try await Binary.run(["align", dir])
        #expect(text.status == 0)
        #expect(text.stdout.contains("group"))
    }
}
