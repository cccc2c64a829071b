import Foundation
import Testing

@Suite struct DetailsCLITests {
    @Test func jsonFollowsTheContract() async throws {
        let r = try await Binary.run(["details", Binary.repoRoot.appendingPathComponent("articles/new-glenn-launch").path, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let details = try #require(root["details"] as? [[String: Any]])
        #expect(!details.isEmpty)
        for d in details {
            #expect(Set(d.keys) == ["kind", "status", "claims"])
            #expect(["agree", "conflict", "single"].contains(d["status"] as? String ?? ""))
            for c in try #require(d["claims"] as? [[String: Any]]) { #expect(Set(c.keys) == ["article", "paragraph", "text"]) }
        }
        #expect(details.first?["status"] as? String == "conflict")
    }

    @Test func textIsATable() async throws {
        let r = try await Binary.run(["details", Binary.repoRoot.appendingPathComponent("articles/new-glenn-launch").path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("CONFLICT"))
        #expect(r.stdout.contains("AGREE"))
    }

    @Test func missingStoryFails() async throws {
        let r = try await Binary.run(["details", "/nonexistent/x"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("parallax: /nonexistent/x"))
    }
}
