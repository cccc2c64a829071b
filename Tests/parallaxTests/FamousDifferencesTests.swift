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
