import Foundation
@testable import ParallaxCore

/// Hand-made alignment gold (`Tests/Gold/<story>/align.json`) and the link precision/recall against it.
struct AlignmentGold {
    struct Pair: Hashable {
        var a: String  // article id
        var p: Int
        var b: String
        var q: Int
        /// Unordered: the smaller (article, paragraph) first.
        init(_ a: String, _ p: Int, _ b: String, _ q: Int) {
            if (a, p) <= (b, q) { (self.a, self.p, self.b, self.q) = (a, p, b, q) } else { (self.a, self.p, self.b, self.q) = (b, q, a, p) }
        }
    }

    struct Score {
        var precision: Double
        var recall: Double
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var predicted: Int
        var gold: Int
        var correct: Int
        var unmapped: Int
    }

    static let repoRoot = RepositoryPaths.root

    static var seedsPath: String? {
        let p = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    static func goldURL(_ story: String) -> URL {
        repoRoot.appendingPathComponent("Tests/Gold/\(story)/align.json")
    }

    /// Gold pairs mapped to paragraph indices (a FILE:LINE names the paragraph whose source lines hold it).
    static func load(_ story: String, articles: [Article]) throws -> (pairs: Set<Pair>, unmapped: [String]) {
        struct File: Decodable {
            struct Link: Decodable { var a: String; var b: String }
            var links: [Link]
        }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: goldURL(story)))
        var pairs = Set<Pair>()
        var unmapped: [String] = []
        func locate(_ ref: String) -> (String, Int)? {
            guard let colon = ref.lastIndex(of: ":"), let line = Int(ref[ref.index(after: colon)...]) else { return nil }
            let file = String(ref[..<colon])
            let id = (file as NSString).deletingPathExtension
            guard let art = articles.first(where: { $0.id == id || ($0.path as NSString).lastPathComponent == file }),
                let p = art.paragraphs.first(where: { $0.sourceLines.contains(line) })
            else { return nil }
            return (art.id, p.index)
        }
        for l in file.links {
            guard let x = locate(l.a), let y = locate(l.b) else { unmapped.append("\(l.a) ~ \(l.b)"); continue }
            if x.0 != y.0 { pairs.insert(Pair(x.0, x.1, y.0, y.1)) }
        }
        return (pairs, unmapped)
    }

    static func predictedPairs(_ aligner: StoryAligner) -> [Pair: Double] {
        var out: [Pair: Double] = [:]
        let arts = aligner.articles
        for l in arts.indices {
            for r in arts.indices where r > l {
                for link in aligner.links(l, r) {
                    out[Pair(arts[l].id, link.left, arts[r].id, link.right)] = link.similarity
                }
            }
        }
        return out
    }

    static func score(predicted: Set<Pair>, gold: Set<Pair>, unmapped: Int) -> Score {
        let correct = predicted.intersection(gold).count
        return Score(
            precision: predicted.isEmpty ? 0 : Double(correct) / Double(predicted.count),
            recall: Double(correct) / Double(gold.count + unmapped),
            predicted: predicted.count, gold: gold.count + unmapped, correct: correct, unmapped: unmapped)
    }
}
