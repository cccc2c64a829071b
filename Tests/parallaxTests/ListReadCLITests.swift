import Foundation
import Testing

/// `list` and `read` through the real binary: exit codes, stderr lines and the JSON contract.
@Suite struct ListReadCLITests {
    func json(_ s: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }

    func tempStory() throws -> String {
        let dir = NSTemporaryDirectory() + "parallax-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let good = "Outlet: Test Wire\nTitle: A test headline\nDate: 2025-11-03\n\nThe minister said on Tuesday that the bridge would open next spring. Mr. Lee agreed.\n"
        #expect(FileManager.default.createFile(atPath: dir + "/good.txt", contents: Data(good.utf8)))
        #expect(FileManager.default.createFile(atPath: dir + "/binary.txt", contents: Data([0x47, 0x00, 0x01])))
        return dir
    }

    @Test func listSkipsABinaryFileAndExitsZero() async throws {
        let dir = try tempStory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try await Binary.run(["list", dir])
        #expect(r.status == 0)
        #expect(r.stdout.contains("good"))
        let errs = r.stderr.split(separator: "\n")
        #expect(errs == ["parallax: \(dir)/binary.txt: not a text file (contains NUL bytes)"])
    }

    @Test func listShowsAnUntitledPasteByItsLead() async throws {
        let dir = try tempStory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paste = "Good morning. The harbour reopened on Monday after two days of storm repairs, the port said.\n\nCrews worked through the night.\n"
        #expect(FileManager.default.createFile(atPath: dir + "/paste.txt", contents: Data(paste.utf8)))
        let r = try await Binary.run(["list", dir])
        let line = try #require(r.stdout.split(separator: "\n").first { $0.contains("paste") })
        #expect(line.hasSuffix("(no headline) The harbour reopened on Monday after two days of storm repairs, the port said."))
        let j = try json(try await Binary.run(["list", dir, "--json"]).stdout)
        let arts = try #require((j["stories"] as? [[String: Any]])?.first?["articles"] as? [[String: Any]])
        #expect(arts.first { $0["id"] as? String == "paste" }?["title"] is NSNull)
    }

    @Test func listJSONContract() async throws {
        let dir = try tempStory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try await Binary.run(["list", dir, "--json"])
        #expect(r.status == 0)
        let o = try json(r.stdout)
        #expect(Set(o.keys) == ["stories", "errors"])
        let stories = try #require(o["stories"] as? [[String: Any]])
        #expect(Set(stories[0].keys) == ["id", "path", "title", "articles"])
        let articles = try #require(stories[0]["articles"] as? [[String: Any]])
        #expect(Set(articles[0].keys) == ["id", "path", "outlet", "title", "date", "words"])
        #expect(articles[0]["outlet"] as? String == "Test Wire")
        #expect(articles[0]["date"] as? String == "2025-11-03")
        #expect(articles[0]["words"] as? Int == 15)
        let errors = try #require(o["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(Set(errors[0].keys) == ["path", "message"])
    }

    @Test func readJSONContract() async throws {
        let dir = try tempStory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try await Binary.run(["read", dir + "/good.txt", "--json"])
        #expect(r.status == 0)
        let o = try json(r.stdout)
        #expect(Set(o.keys) == ["id", "path", "outlet", "title", "byline", "date", "paragraphs", "removed"])
        #expect(o["byline"] is NSNull)
        let paragraphs = try #require(o["paragraphs"] as? [[String: Any]])
        #expect(Set(paragraphs[0].keys) == ["index", "text", "sentences"])
        let sentences = try #require(paragraphs[0]["sentences"] as? [[String: Int]])
        #expect(sentences == [["start": 0, "end": 68], ["start": 69, "end": 84]])
        let removed = try #require(o["removed"] as? [[String: Any]])
        #expect(removed.allSatisfy { Set($0.keys) == ["text", "reason"] })
    }

    @Test func readOfABinaryFileFails() async throws {
        let dir = try tempStory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try await Binary.run(["read", dir + "/binary.txt"])
        #expect(r.status == 1)
        #expect(r.stderr == "parallax: \(dir)/binary.txt: not a text file (contains NUL bytes)\n")
        #expect(r.stdout.isEmpty)
    }

    @Test func readOfAFolderOrMissingFileFails() async throws {
        let dir = try tempStory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try await Binary.run(["read", dir])
        #expect(r.status == 1)
        #expect(r.stderr.contains("is a folder"))
        let m = try await Binary.run(["read", dir + "/nope.txt"])
        #expect(m.status == 1)
        #expect(m.stderr == "parallax: \(dir)/nope.txt: no such file\n")
    }

    @Test func listOfAnEmptyFolderFails() async throws {
        let dir = NSTemporaryDirectory() + "parallax-empty-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = try await Binary.run(["list", dir])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("parallax: \(dir): no articles found"))
    }

    @Test(.enabled(if: Binary.seedsPath != nil, "../shared/seeds not found; seed test skipped"))
    func readTextShowsHeaderAndRemovedLines() async throws {
        let seeds = try #require(Binary.seedsPath, "../shared/seeds not found")
        let r = try await Binary.run(["read", seeds + "/003_69ec1f9efbe5377b.txt", "--show-removed", "--width", "60"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Xi jokes about spying with Chinese phone gift for South")
        #expect(lines.contains("AFP · by AFP Staff Writers · 2025-11-03"))
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(r.stdout.contains("  line   2  section label: "))
        #expect(r.stdout.contains("Removed by cleaning ("))
    }

    @Test(.enabled(if: Binary.seedsPath != nil, "../shared/seeds not found; seed test skipped"))
    func listSeedsJSON() async throws {
        let seeds = try #require(Binary.seedsPath, "../shared/seeds not found")
        let r = try await Binary.run(["list", seeds, "--json"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let o = try json(r.stdout)
        let stories = try #require(o["stories"] as? [[String: Any]])
        let articles = try #require(stories.first?["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        #expect(articles.map { $0["date"] as? String } == [nil, nil, "2025-11-04", "2025-11-03", nil])
    }
}
