import Foundation

/// Speakers that are not a name right at the verb: a publication ("a headline in the Valley Gazette read"),
/// the phrase after "said" ("said one reader with …", "said the spokesman, Tom Ruiz") and the age epithet
/// news copy uses to name someone again ("said the 25-year-old").
extension QuoteAttributor {
    /// "read a headline in the Valley Gazette" → "Valley Gazette".
    func publication(_ seq: [Int], from: Int) -> String? {
        var k = from
        var sawText = false
        while k < seq.count {
            let w = norm(seq[k])
            if AttributionLexicon.publishedTexts.contains(w) { sawText = true }
            if sawText, let r = ctx.run(startingAt: seq[k]) ?? ctx.run(containing: seq[k]) { return r.name }
            if ctx.gap(seq[k], seq[min(k + 1, seq.count - 1)]).contains(where: { ".;".contains($0) }) { break }
            k += 1
        }
        return nil
    }

    /// "A headline in the Korea Herald read, “…”" (subject before a read-verb).
    func publicationSubject(_ toks: [Int], verb v: Int) -> String? {
        let window = Array(toks[max(0, v - 8)..<v])
        guard window.contains(where: { AttributionLexicon.publishedTexts.contains(norm($0)) }) else { return nil }
        for k in window.reversed() { if let r = ctx.run(containing: k) { return r.name } }
        // "A statement released by his family on Sunday read": whoever released or issued it.
        if let b = window.firstIndex(where: { norm($0) == "by" }), b > 0, ["released", "issued", "signed", "published", "posted"].contains(norm(window[b - 1])),
            b + 2 < window.count, !ctx.tokens[window[b + 2]].isCapitalized,
            AttributionLexicon.determiners.contains(norm(window[b + 1])) || AttributionLexicon.possessivePronouns.contains(norm(window[b + 1]))
        {
            return lowerFirst(ScalarText.slice(ctx.text, ctx.tokens[window[b + 1]].start, ctx.tokens[window[b + 2]].end))
        }
        return nil
    }

    /// Name or unnamed phrase starting at position `from` of `seq` ("said Ana Ruiz", "wrote one reader with…").
    func phraseOrName(_ seq: [Int], from: Int) -> String? {
        var k = from
        while k < seq.count, isTitleToken(seq[k]) { k += 1 }
        guard k < seq.count else { return nil }
        if let r = ctx.run(startingAt: seq[k]) ?? ctx.run(containing: seq[k]) { return canonical(r) }
        let w = norm(seq[k])
        if AttributionLexicon.personalPronouns.contains(w) {
            return names.pronounAntecedent(article: article, paragraph: paragraph, offset: ctx.tokens[seq[k]].start, pronoun: w)
        }
        if AttributionLexicon.subjectPronouns.contains(w) { return nil }
        if k + 1 < seq.count, let s = ageEpithet(seq[k], seq[k + 1]) { return s }  // "said the 25-year-old"
        // a determiner phrase up to a preposition, comma or name
        var e = k
        var words = 0
        while e < seq.count, words < 5 {
            let x = norm(seq[e])
            if e > k, AttributionLexicon.prepositions.contains(x) || AttributionLexicon.speechVerbs.contains(x)
                || AttributionLexicon.relativePronouns.contains(x) || x == "that" { break }
            if let r = ctx.run(containing: seq[e]), e > k {
                // "the spokesman, Tom Ruiz" / "the mayor's spokesman Tom Ruiz"
                return canonical(r)
            }
            words += 1
            if e + 1 < seq.count, ctx.gap(seq[e], seq[e + 1]).contains(where: { ",.;:".contains($0) }) {
                // "according to its owner, Marco Pellegrini"
                if ctx.gap(seq[e], seq[e + 1]).contains(","), let r = ctx.run(startingAt: seq[e + 1]) { return canonical(r) }
                e += 1
                break
            }
            e += 1
        }
        guard e > k, AttributionLexicon.determiners.contains(norm(seq[k])) || AttributionLexicon.roles.contains(norm(seq[e - 1])) else { return nil }
        let phrase = ScalarText.slice(ctx.text, ctx.tokens[seq[k]].start, ctx.tokens[seq[e - 1]].end)
        return lowerFirst(phrase)
    }

    /// "the 25-year-old": news copy's way of naming again the person it has just named, so the person a
    /// pronoun at that place would stand for.
    func ageEpithet(_ article_: Int, _ age: Int) -> String? {
        let w = norm(age)
        guard norm(article_) == "the", w.hasSuffix("-year-old"), w.unicodeScalars.first?.properties.numericType != nil else { return nil }
        return names.pronounAntecedent(article: article, paragraph: paragraph, offset: ctx.tokens[article_].start)
    }
}
