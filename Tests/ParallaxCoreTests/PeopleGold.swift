import Foundation
import ParallaxCore

/// Scores a `PeopleIndex` against a hand-made `Tests/Gold/<story>/people.json`.
struct PeopleGold: Decodable {
    struct Entry: Decodable {
        var name: String
        var mentions: [String: Int]
    }
    var people: [Entry]
    var not_people: [String]?

    static let repoRoot = RepositoryPaths.root

    /// Every story with a people gold file, paired with the folder holding its articles (when present).
    static func available() -> [(story: String, gold: PeopleGold, path: String)] {
        let goldDir = repoRoot.appendingPathComponent("Tests/Gold")
        let fm = FileManager.default
        guard let stories = try? fm.contentsOfDirectory(atPath: goldDir.path) else { return [] }
        var out: [(String, PeopleGold, String)] = []
        for s in stories.sorted() {
            let file = goldDir.appendingPathComponent(s).appendingPathComponent("people.json")
            guard let data = try? Data(contentsOf: file), let gold = try? JSONDecoder().decode(PeopleGold.self, from: data) else { continue }
            let path = s == "seeds"
                ? repoRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
                : repoRoot.appendingPathComponent("articles").appendingPathComponent(s).path
            guard fm.fileExists(atPath: path) else { continue }
            out.append((s, gold, path))
        }
        return out
    }

    struct Score {
        var gold = 0
        /// Gold mentions found in the right article and attributed to the right person.
        var found = 0
        /// Name mentions of gold people beyond the gold count (lines the gold leaves out, or errors).
        var extra = 0
        var misses: [String] = []
        var recall: Double { gold == 0 ? 1 : Double(found) / Double(gold) }
    }

    func score(_ index: PeopleIndex) -> Score {
        var s = Score()
        let byKey = Dictionary(index.people.map { (Self.key($0.name), $0) }, uniquingKeysWith: { a, _ in a })
        for g in people {
            let predicted = byKey[Self.key(g.name)]?.mentionCounts(kind: .name) ?? [:]
            for (file, count) in g.mentions {
                let stem = (file as NSString).deletingPathExtension
                let got = predicted[stem] ?? 0
                s.gold += count
                s.found += min(count, got)
                s.extra += max(0, got - count)
                if got < count { s.misses.append("\(g.name) in \(file): \(got)/\(count)") }
            }
        }
        return s
    }

    /// Predicted people whose name is on the gold's not-people list.
    func falsePeople(_ index: PeopleIndex) -> [String] {
        let bad = Set((not_people ?? []).map(Self.key))
        return index.people.map(\.name).filter { bad.contains(Self.key($0)) }
    }

    static func key(_ s: String) -> String {
        String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }))
    }
}
