import Foundation

/// The age at which someone died, as death reports give it: "who has died aged 88", "dies at 88", "died at
/// the age of 88", or "… has died. She was 88." (the pronoun sentence right after a death). Obituaries and
/// accident reports lead with it, and outlets disagree on it by a year (a birthday, a wrong birth year), so
/// alignment reads two such ages a year apart as one fact told two ways, as the gold links contradicting
/// versions of one fact. Only these forms: "Ilaria Pozzi, 67," is an age, not an age at death.
enum DeathAges {
    /// Whether a sentence's words report a death: "died", "dies", "dead", "death", "passed away".
    static let deathWords: Set<String> = ["died", "dies", "dead", "death"]

    static func reportsDeath(_ words: [String]) -> Bool {
        words.indices.contains { i in
            deathWords.contains(words[i]) || words[i] == "passed" && i + 1 < words.count && words[i + 1] == "away"
        }
    }

    /// Whether any token is a word every death form needs ("died", "dies", "dead", "death", "passed"): false
    /// means no sentence of them `reportsDeath`. A length test and a few small-string comparisons per token,
    /// where hashing each sentence's words cost alignment ~7 M instructions on a long pair.
    static func mayReportDeath(_ tokens: [Token]) -> Bool {
        tokens.contains { t in
            let w = t.norm
            switch w.utf8.count {
            case 4: return w == "died" || w == "dies" || w == "dead"
            case 5: return w == "death"
            case 6: return w == "passed"
            default: return false
            }
        }
    }

    /// Ages at death in the paragraph, one per sentence at most.
    static func ages(in paragraph: Paragraph, tokens all: [Token]) -> [Int] {
        // Every form needs a death reported in the paragraph: most paragraphs end here, before the
        // per-sentence token lists (alignment asks this of every candidate paragraph).
        guard mayReportDeath(all) else { return [] }
        let scalars = ScalarText.scalars(paragraph.text)
        let sentences = paragraph.sentences.isEmpty ? [Sentence(start: 0, end: scalars.count)] : paragraph.sentences
        let perSentence = sentences.map { s in all.filter { $0.start >= s.start && $0.end <= s.end } }
        var out: [Int] = []
        for (k, toks) in perSentence.enumerated() {
            let words = toks.map(\.norm)
            func age(_ i: Int) -> Int? {
                guard i < toks.count, toks[i].isNumber, let n = Int(words[i]), (1...120).contains(n) else { return nil }
                return n
            }
            let dies = reportsDeath(words)
            var found: Int? = nil
            for i in words.indices where found == nil {
                // "died aged 88", "who has died, aged 88"
                if dies, words[i] == "aged", let n = age(i + 1) { found = n }
                // "dies at 88", "died at the age of 88"
                if ["died", "dies", "dead"].contains(words[i]), i + 1 < words.count, words[i + 1] == "at" {
                    if let n = age(i + 2) {
                        found = n
                    } else if i + 5 < words.count, words[i + 2] == "the", words[i + 3] == "age", words[i + 4] == "of", let n = age(i + 5) {
                        found = n
                    }
                }
            }
            // "She was 88." after a sentence reporting the death
            if found == nil, k > 0, words.count == 3, ["she", "he"].contains(words[0]), words[1] == "was", let n = age(2),
                reportsDeath(perSentence[k - 1].map(\.norm))
            {
                found = n
            }
            if let found { out.append(found) }
        }
        return out
    }
}
