import Foundation
import Testing

@Suite struct PeopleCLITests {
    @Test func peopleJSONFollowsTheContract() async throws {
        guard let seeds = Binary.seedsPath else { print("skipped: no seeds"); return }
        let r = try await Binary.run(["people", seeds, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let people = obj["people"] as! [[String: Any]]
        #expect(people.first?["name"] as? String == "Xi Jinping")
        for p in people {
            #expect(Set(p.keys) == ["name", "aliases", "mentions"])
            for m in p["mentions"] as! [[String: Any]] {
                #expect(Set(m.keys) == ["article", "paragraph", "start", "end", "text", "kind"])
                #expect(["name", "epithet"].contains(m["kind"] as! String))
            }
        }
        let counts = people.map { ($0["mentions"] as! [Any]).count }
        #expect(counts == counts.sorted(by: >))
        let names = people.map { $0["name"] as! String }
        #expect(names.contains("Kim Nam-joon") && names.contains("Kim Jong Un"))
        for bad in ["Xiaomi", "Xiaomi Phones", "JoongAng Ilbo", "Seoul Shinmun", "Samsung Electronics", "Huawei"] {
            #expect(!names.contains(bad))
        }
    }

    @Test func peopleTextIsATablePerOutlet() async throws {
        guard let seeds = Binary.seedsPath else { return }
        let r = try await Binary.run(["people", seeds])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Person") == true)
        #expect(lines.dropFirst().first?.hasPrefix("Xi Jinping") == true)
    }

    @Test func mentionsByAliasWithContext() async throws {
        guard let seeds = Binary.seedsPath else { return }
        let r = try await Binary.run(["mentions", seeds, "president lee", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(obj["person"] as? String == "Lee Jae Myung")
        let mentions = obj["mentions"] as! [[String: Any]]
        #expect(mentions.count >= 40)
        for m in mentions {
            #expect(Set(m.keys) == ["article", "paragraph", "start", "end", "text", "kind", "context"])
            let text = m["text"] as! String
            #expect((m["context"] as! String).contains(text))
        }
        let plain = try await Binary.run(["mentions", seeds, "Kim", "Nam-joon"])
        #expect(plain.status == 0)
        #expect(plain.stdout.hasPrefix("Kim Nam-joon: 5 name mentions"))
    }

    @Test func unknownNameSuggestsClosest() async throws {
        guard let seeds = Binary.seedsPath else { return }
        let r = try await Binary.run(["mentions", seeds, "Xi Jinpeng"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("parallax: "))
        #expect(r.stderr.contains("Xi Jinping"))
        #expect(r.stdout.isEmpty)
        #expect(!r.stderr.contains("Fatal"))
    }

    @Test func missingStoryIsAClearError() async throws {
        let r = try await Binary.run(["people", "/nonexistent/parallax-story"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/nonexistent/parallax-story"))
    }
}
