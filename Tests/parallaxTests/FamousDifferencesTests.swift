import Foundation
import Testing

/// The three differences every reader of the seed articles notices must show up in `diff` as changes.
/// (Seed text stays outside the repo: the test names only the words that differ.)
@Suite struct FamousDifferencesTests {
    struct Change { var left: String; var right: String }
    struct Row { var sentences: [(left: String?, right: String?, changes: [Change])] }

    static func rows(_ a: String, _ b: String) async throws -> [Row]? {
        guard let l = DiffAlignCommandTests.seed(a), let r = DiffAlignCommandTests.seed(b) else { return nil }
        let res = try await Binary.run(["diff", l, r, "--json"])
        #expect(res.status == 0)
        let j = try DiffAlignCommandTests.json(res.stdout)
        return (j["rows"] as! [[String: Any]]).map { row in
            Row(sentences: (row["sentences"] as! [[String: Any]]).map { s in
                (s["left"] as? String, s["right"] as? String,
                 (s["changes"] as! [[String: Any]]).map { Change(left: $0["left"] as! String, right: $0["right"] as! String) })
            })
        }
    }

    static func changes(_ rows: [Row]) -> [Change] { rows.flatMap { $0.sentences.flatMap(\.changes) } }

    @Test func whatLeeGaveInReturn() async throws {
        guard let rows = try await Self.rows("000", "001") else { print("skipping: no seeds"); return }
        #expect(Self.changes(rows).contains { $0.left.contains("ceramics") && $0.right.contains("Go (baduk) board") })
    }

    /// The two paragraphs that disagree on the gift share little beyond "Lee … presented Xi with", words every
    /// outlet uses; `align` still puts them in one group (the same act, a different thing: `ObjectFrames`).
    @Test func whatLeeGaveInReturnIsOneGroup() async throws {
        guard let a = DiffAlignCommandTests.seed("000"), let b = DiffAlignCommandTests.seed("001") else { return }
        func paragraph(_ path: String, containing words: String) async throws -> (String, Int)? {
            let j = try DiffAlignCommandTests.json(try await Binary.run(["read", path, "--json"]).stdout)
            let ps = j["paragraphs"] as! [[String: Any]]
            return ps.first { ($0["text"] as! String).contains(words) }.map { (j["id"] as! String, $0["index"] as! Int) }
        }
        let ceramics = try #require(try await paragraph(a, containing: "ceramics"))
        let board = try #require(try await paragraph(b, containing: "Go (baduk) board"))
        let res = try await Binary.run(["align", (a as NSString).deletingLastPathComponent, "--json"])
        #expect(res.status == 0)
        let groups = try DiffAlignCommandTests.json(res.stdout)["groups"] as! [[String: Any]]
        let holding = groups.filter { g in
            let members = g["members"] as! [[String: Any]]
            func has(_ p: (String, Int)) -> Bool {
                members.contains { ($0["article"] as! String) == p.0 && ($0["paragraphs"] as! [Int]).contains(p.1) }
            }
            return has(ceramics) && has(board)
        }
        #expect(holding.count == 1)
    }

    @Test func shouldVersusCan() async throws {
        guard let a = try await Self.rows("000", "001"), let b = try await Self.rows("003", "004") else { return }
        for rows in [a, b] {
            #expect(Self.changes(rows).contains { $0.left.hasSuffix("You should") && $0.right.hasSuffix("You can") || $0.left == "should" && $0.right == "can" })
        }
    }

    @Test func whoApplauded() async throws {
        guard let rows = try await Self.rows("000", "003") else { return }
        // One outlet has the crowd applaud, the other Lee: the two sit in one row, Lee's applause changed.
        #expect(rows.contains { row in
            row.sentences.contains { $0.left?.contains("crowd") == true && $0.left?.contains("applause") == true }
                && row.sentences.contains { $0.changes.contains { $0.right.contains("applause from Lee") } }
        })
    }
}
