/// Paraphrase-like edits that keep a paragraph about the same thing: the kind of changes outlets make
/// (synonyms, a dropped or reordered sentence, a changed figure). Only the shape of the work matters for a
/// benchmark, but text that still looks like news keeps the analysers on their realistic paths.
struct Rewording {
    /// Word-for-word swaps of the same part of speech, applied in both directions.
    static let pairs: [(String, String)] = [
        ("said", "stated"), ("after", "following"), ("lowered", "reduced"), ("rose", "climbed"),
        ("fell", "dropped"), ("big", "large"), ("small", "modest"), ("quickly", "rapidly"),
        ("began", "started"), ("about", "around"), ("expected", "forecast"), ("announced", "declared"),
        ("officials", "authorities"), ("people", "residents"), ("but", "yet"), ("help", "assist"),
        ("showed", "revealed"), ("told", "informed"), ("major", "significant"), ("however", "nevertheless"),
        ("because", "as"), ("despite", "in spite of"), ("very", "highly"), ("clear", "plain"),
        ("warned", "cautioned"), ("added", "continued"), ("crowd", "throng"), ("first", "initial"),
        ("several", "a number of"), ("decision", "ruling"), ("week", "days"), ("hours", "hrs"),
    ]

    static let table: [String: String] = {
        var t: [String: String] = [:]
        for (a, b) in pairs where !b.contains(" ") {
            t[a] = b
            t[b] = a
        }
        for (a, b) in pairs where b.contains(" ") { t[a] = b }
        return t
    }()

    /// Rewords one paragraph given as sentences; `strength` in 0...1 scales how much changes.
    static func reword(_ sentences: [String], strength: Double, rng: inout SeededGenerator) -> String {
        var s = sentences
        if s.count > 1, rng.chance(0.3 * strength) { s.remove(at: rng.int(below: s.count)) }
        if s.count > 1, rng.chance(0.3 * strength) {
            let i = rng.int(below: s.count - 1)
            s.swapAt(i, i + 1)
        }
        return s.map { swapWords($0, p: 0.6 * strength, rng: &rng) }.joined(separator: " ")
    }

    static func swapWords(_ sentence: String, p: Double, rng: inout SeededGenerator) -> String {
        var out: [Substring] = []
        for word in sentence.split(separator: " ", omittingEmptySubsequences: false) {
            let core = word.prefix { $0.isLetter || $0.isNumber }
            let rest = word.dropFirst(core.count)
            if core.isEmpty { out.append(word); continue }
            if core.allSatisfy(\.isNumber), rng.chance(p * 0.2), let n = Int(core) {
                out.append(Substring(String(n + 1 + rng.int(below: 3)) + rest))
                continue
            }
            guard let repl = table[core.lowercased()], rng.chance(p) else { out.append(word); continue }
            let cased = core.first!.isUppercase ? repl.prefix(1).uppercased() + repl.dropFirst() : repl
            out.append(Substring(cased + rest))
        }
        return out.joined(separator: " ")
    }
}
