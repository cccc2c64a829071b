import Foundation

/// Ages at death as ledger claims: "Eileen Carrow, who has died aged 88, …", "… has died aged 89", "dies at 88",
/// "died at the age of 88", and "… has died. She was 88." An obituary's one hard number, and the one outlets most
/// often get wrong by a year; with no name right before the number (`AgeDetails` reads "Carrow, 88,") the ledger
/// used to see none of them. The age belongs to the one person named before the death word (in the same
/// sentence, or in the sentence before "She was 88."), found by `DetailLedger` through the people index, and is
/// compared with that person's other ages. `DeathAges` (alignment's reading) is left as it is.
extension DeathAges {
    struct Claim {
        var years: Int
        var sentence: Int
        var start: Int
        var end: Int
        var text: String
        /// Scalar range of the paragraph where the dead person must be named: from the start of the sentence
        /// reporting the death to its death word.
        var scope: Range<Int>
    }

    /// Nouns that bring in an unnamed person ("… said a man had died aged 45"): after one of them, with "a" or
    /// "an" before it, the age is not the named person's.
    static let newcomerNouns: Set<String> = DetailExtractor.personNouns.union([
        "person", "driver", "passenger", "pedestrian", "cyclist", "motorcyclist", "resident", "worker", "patient",
        "student", "pupil", "victim", "tourist", "climber", "walker", "swimmer", "fisherman", "soldier", "prisoner",
    ])

    static func claims(in paragraph: Paragraph, tokens all: [Token]) -> [Claim] {
        guard all.contains(where: { ["died", "dies", "dead", "death", "passed"].contains($0.norm) }) else { return [] }
        let scalars = ScalarText.scalars(paragraph.text)
        let sentences = paragraph.sentences.isEmpty ? [Sentence(start: 0, end: scalars.count)] : paragraph.sentences
        let perSentence = sentences.map { s in all.filter { $0.start >= s.start && $0.end <= s.end } }
        /// The first death word of a sentence and whether an unnamed newcomer comes before it.
        func deathWord(_ toks: [Token]) -> Int? {
            let words = toks.map(\.norm)
            guard let d = words.indices.first(where: { i in
                ["died", "dies", "dead"].contains(words[i]) || words[i] == "passed" && i + 1 < words.count && words[i + 1] == "away"
            }) else { return nil }
            let newcomer = (1..<max(1, d)).contains { k in ["a", "an"].contains(words[k - 1]) && newcomerNouns.contains(words[k]) }
            return newcomer ? nil : d
        }
        func age(_ t: Token?) -> Int? {
            guard let t, t.isNumber, let n = Int(t.norm), (1...120).contains(n) else { return nil }
            return n
        }
        var out: [Claim] = []
        for (k, toks) in perSentence.enumerated() {
            let words = toks.map(\.norm)
            func claim(_ n: Int, from a: Int, to b: Int, scopeSentence: Int, death: Int) {
                let start = toks[a].start, end = toks[b].end
                let scope = perSentence[scopeSentence].first!.start..<perSentence[scopeSentence][death].start
                out.append(Claim(years: n, sentence: k, start: start, end: end, text: ScalarText.slice(paragraph.text, start, end), scope: scope))
            }
            if let d = deathWord(toks) {
                var found = false
                for i in d..<min(toks.count, d + 6) where !found {
                    // "died aged 88", "who has died, aged 88", "died on Sunday aged 88", "dies at 88", "died at the age of 88"
                    if words[i] == "aged", let n = age(i + 1 < toks.count ? toks[i + 1] : nil) {
                        claim(n, from: i, to: i + 1, scopeSentence: k, death: d)
                        found = true
                    } else if i == d, i + 1 < toks.count, words[i + 1] == "at" {
                        if let n = age(i + 2 < toks.count ? toks[i + 2] : nil) {
                            claim(n, from: i, to: i + 2, scopeSentence: k, death: d)
                            found = true
                        } else if i + 5 < toks.count, words[i + 2] == "the", words[i + 3] == "age", words[i + 4] == "of", let n = age(toks[i + 5]) {
                            claim(n, from: i, to: i + 5, scopeSentence: k, death: d)
                            found = true
                        }
                    }
                }
                if found { continue }
            }
            // "She was 88." right after the sentence reporting the death
            if k > 0, words.count == 3, ["she", "he"].contains(words[0]), words[1] == "was", let n = age(toks[2]),
                let d = deathWord(perSentence[k - 1])
            {
                claim(n, from: 0, to: 2, scopeSentence: k - 1, death: d)
            }
        }
        return out
    }
}
