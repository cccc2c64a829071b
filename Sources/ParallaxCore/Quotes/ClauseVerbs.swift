import Foundation

/// Verbs whose subject is not the speaker's place as it looks: a speech verb in a relative clause ("officials who
/// are promising"), and the words an infinitive hangs on ("is heard to say", "went on to say"), skipped to reach
/// the subject before them.
extension QuoteAttributor {
    /// "who are promising", "that had warned", "which says": a verb whose subject is a relative pronoun, a
    /// helping verb or two between.
    func isRelativeClauseVerb(_ toks: [Int], verb v: Int) -> Bool {
        var k = v - 1
        while k >= 0, v - k <= 3, Self.helpingVerbs.contains(norm(toks[k])) { k -= 1 }
        return k >= 0 && ["who", "which", "that"].contains(norm(toks[k])) && !ctx.gap(toks[k], toks[k + 1]).contains(where: { ",;:".contains($0) })
    }

    /// "Chouhan went on to say": the subject of the verb the infinitive hangs on. "One of the boys is heard to
    /// say", "a neighbour went on to say": with no name or pronoun for subject, the phrase right before the words
    /// the infinitive hangs on.
    func infinitiveSubject(_ toks: [Int], to k: Int) -> String? {
        if let s = clauseSubject(toks, before: k) { return s }
        var j = k - 1
        while j > 0, k - j <= 3, Self.raisingWords.contains(norm(toks[j])) { j -= 1 }
        return j < k - 1 ? subjectName(endingAt: toks[j], within: toks) : nil
    }

    static let raisingWords: Set<String> = [
        "is", "was", "were", "are", "be", "been", "heard", "seen", "went", "goes", "go", "on", "quick", "keen", "able",
        "set", "ready", "due", "likely", "later", "also", "then", "appeared", "appears", "seemed", "seems", "had", "has", "have",
    ]

    static let helpingVerbs: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "would", "also"]
}
