/// Who said something is not what was said. Two sentences that share only "Culture Minister Rachida Dati
/// said" report different statements of the same person, yet the name and title are rare, boosted words, so
/// such a pair scored like a paraphrase (0.52 on the blind story) and linked paragraphs about different
/// facts. A sentence pair therefore counts toward a paragraph link only when the two sentences also share
/// a word outside their attribution phrases: a speech verb ("said", "told", "according to") with the run of
/// capitalised, title and role words right before or after it.
///
/// Only the attribution itself is set aside: "He spoke in Italian" keeps "Italian", and names elsewhere in
/// the sentence still count (the papal-election story links on "Leo XIV" and "Spanish" this way). Measured:
/// the blind story's links F1 0.58 → 0.61 (story) and 0.58 → 0.60 (pair), the seeds and demo stories
/// unchanged; excluding every name and title word instead cost papal-election 0.80 → 0.77.
enum AttributionPhrases {
    static let speechVerbs: Set<String> = NameLexicon.foldedSet("speech_verbs").union(["according"])

    /// Title and role words ("minister", "spokesman", "pope"), plurals included.
    static let titleWords: Set<String> = {
        let roles = NameLexicon.foldedSet("roles")
        var out = roles
        for r in roles { out.insert(r + "s") }
        for phrase in PhraseSet(NameLexicon.lines("titles")).phrases { for w in phrase.split(separator: " ") { out.insert(String(w)) } }
        return out
    }()

    /// Small words an attribution run may pass through backwards ("Minister of Culture Rachida Dati said",
    /// "Laurent Nuñez has said", "Dati also told").
    static let connectors: Set<String> = [
        "the", "a", "an", "of", "to", "has", "had", "have", "was", "is", "also", "then", "later", "earlier",
        "previously", "once",
    ]

    /// For each word, whether it belongs to an attribution phrase of its sentence.
    static func mask(_ words: [AnalyzedWord]) -> [Bool] {
        var m = [Bool](repeating: false, count: words.count)
        func nameOrTitle(_ w: AnalyzedWord) -> Bool { (w.isCapitalized && !w.isNumber) || titleWords.contains(w.norm) }
        for k in words.indices where words[k].isSpeechVerb {
            let sentence = words[k].sentence
            m[k] = true
            // "Rachida Dati said", "the culture minister, Rachida Dati, said" (punctuation is not a word).
            var j = k - 1
            while j >= 0, words[j].sentence == sentence, k - j <= 8 {
                if nameOrTitle(words[j]) { m[j] = true } else if !connectors.contains(words[j].norm) { break }
                j -= 1
            }
            // "said Rachida Dati", "according to the culture minister".
            j = k + 1
            if words[k].norm == "according" {
                guard j < words.count, words[j].norm == "to" else { continue }
                m[j] = true
                j += 1
            }
            let first = j
            while j < words.count, words[j].sentence == sentence, j - k <= 8 {
                if nameOrTitle(words[j]) {
                    m[j] = true
                } else if !(j == first && (words[j].norm == "the" || words[j].norm == "a")) {
                    break
                }
                j += 1
            }
        }
        return m
    }

    /// Whether two sentences' sorted content ids (`ParagraphFeatures.plain`) have one in common.
    static func shareContent(_ x: [UInt32], _ y: [UInt32]) -> Bool {
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { return true }
            if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return false
    }
}
