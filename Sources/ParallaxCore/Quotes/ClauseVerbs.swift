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

    /// "The chief organiser of the search for 12 boys and their coach said": a phrase after "and" inside what
    /// "of" or "for" adds to the sentence's opening noun is that noun's complement; the noun ("the chief
    /// organiser") is the subject. Only a plain opening: "the"/"a" and at most three lower-case words before "of",
    /// no comma and no verb up to the speech verb.
    func headBeforeCoordinatedObject(_ toks: [Int], end k: Int) -> String? {
        guard k >= 5, let and = (1..<k).last(where: { norm(toks[$0]) == "and" }), k - and <= 3,
            ["the", "a", "an"].contains(norm(toks[0])),
            let of = (2...min(4, k - 1)).first(where: { ["of", "for"].contains(norm(toks[$0])) }), of < and,
            (1..<of).allSatisfy({ !ctx.tokens[toks[$0]].isCapitalized }),
            !(1...k).contains(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { ",;:(".contains($0) }) || isVerb(toks[$0]) })
        else { return nil }
        return subjectName(endingAt: toks[of - 1], within: toks)
    }
}
