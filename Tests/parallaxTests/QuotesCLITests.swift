import Foundation
import Testing

@Suite struct QuotesCLITests {
    static var demoStory: String { Binary.repoRoot.appendingPathComponent("articles/boe-rate-cut").path }

    @Test func jsonFollowsTheContract() async throws {
        let r = try await Binary.run(["quotes", Self.demoStory, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let articles = try #require(root["articles"] as? [[String: Any]])
        #expect(articles.count == 4)
        #expect(Set(articles[0].keys) == ["id", "outlet", "title"])
        let quotes = try #require(root["quotes"] as? [[String: Any]])
        #expect(!quotes.isEmpty)
        for q in quotes {
            #expect(Set(q.keys) == ["id", "speaker", "text", "agreement", "instances"])
            #expect(["verbatim", "variant", "single"].contains(q["agreement"] as? String ?? ""))
            for i in try #require(q["instances"] as? [[String: Any]]) {
                #expect(Set(i.keys).isSuperset(of: ["article", "paragraph", "start", "end", "text", "speaker", "partial", "changes"]))
            }
        }
        // a group carried verbatim up to contraction by several outlets
        #expect(quotes.contains { ($0["agreement"] as? String) == "verbatim" && (($0["instances"] as? [Any])?.count ?? 0) >= 3 })
    }

    @Test func textOutputListsGroups() async throws {
        let r = try await Binary.run(["quotes", Self.demoStory])
        #expect(r.status == 0)
        #expect(r.stdout.contains("#1 "))
        #expect(r.stdout.contains("variant"))
    }

    /// The seeds' famous difference and a trimmed quote, as a reader sees them: words left out are ∅, not "".
    @Test func textOutputShowsWordChanges() async throws {
        guard let seeds = Binary.seedsPath else { print("skipping: no seeds"); return }
        let r = try await Binary.run(["quotes", seeds])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("“should” → “can”"))
        #expect(r.stdout.contains("“You should” → ∅"))
        #expect(!r.stdout.contains("→ “”"))
    }

    @Test func missingStoryIsOneLineError() async throws {
        let r = try await Binary.run(["quotes", "/nonexistent/story"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("parallax: /nonexistent/story"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}
