import Foundation

/// "She told members her late husband had taught himself to read there. “He used to say, ‘…,’” she said.":
/// inside someone's quote a "he" is most often a person of the speaker's own life that the story brings in by
/// kinship and never names. The people index holds names only, so the pronoun went to the last man named
/// (the council's chief executive).
extension NameResolver {
    /// The kin phrase ("her late husband", "his father") written outside quotes after the last mention of
    /// `named` (or, when nothing was named, since the start of the previous paragraph) and before `offset`,
    /// whose noun fits the pronoun; the latest such phrase, or nil.
    func kinAntecedent(article: Int, paragraph: Int, offset: Int, pronoun: String, after named: String?) -> String? {
        guard article < mentions.count, let kin = pronoun == "he" ? Self.maleKin : (pronoun == "she" ? Self.femaleKin : nil) else { return nil }
        let list = mentions[article]
        let end = countBefore(article: article, paragraph: paragraph, offset: offset)
        var from = (paragraph: max(0, paragraph - 1), start: 0)
        if let named {
            guard let k = (max(0, end - Self.lookBack)..<end).last(where: { list[$0].isPerson && (list[$0].canonical ?? list[$0].name) == named || list[$0].name == named })
            else { return nil }
            from = (list[k].paragraph, list[k].start)
        }
        guard paragraph - from.paragraph <= 2 else { return nil }
        var found: String?
        for p in from.paragraph...paragraph {
            guard let text = paragraphTexts[article][p] else { continue }
            let tokens = Tokenizer.tokens(text)
            let quotes = QuoteScanner.scan(text).filter { $0.depth == 0 }
            for (i, t) in tokens.enumerated() where kin.contains(t.norm) {
                guard (p, t.start) > (from.paragraph, from.start), (p, t.end) <= (paragraph, offset),
                    !quotes.contains(where: { $0.start <= t.start && t.end <= $0.end }),
                    let d = (max(0, i - 3)..<i).last(where: { ["her", "his", "their"].contains(tokens[$0].norm) }),
                    (d + 1..<i).allSatisfy({ !tokens[$0].isCapitalized && ScalarText.slice(text, tokens[$0 - 1].end, tokens[$0].start) == " " }),
                    ScalarText.slice(text, tokens[i - 1].end, t.start) == " "
                else { continue }
                // "her husband, Ron," names him: that name is the mention the pronoun finds.
                if i + 1 < tokens.count, tokens[i + 1].isCapitalized { continue }
                found = ScalarText.slice(text, tokens[d].start, t.end).lowercased()
            }
        }
        return found
    }

    static let maleKin: Set<String> = ["husband", "father", "son", "brother", "grandfather", "grandson", "uncle", "nephew", "dad", "boyfriend", "stepfather"]
    static let femaleKin: Set<String> = ["wife", "mother", "daughter", "sister", "grandmother", "granddaughter", "aunt", "niece", "mum", "mom", "girlfriend", "stepmother"]
}

extension QuoteAttributor {
    /// "The boy's mother, who asked not to be named, said her son … “…,” she told the Post.": a "she" or "he"
    /// after a sentence of the same paragraph whose speaker is an unnamed relative or a man or woman ("the
    /// boy's mother", "her husband") is that speaker, not the last person named. Only the two sentences before
    /// are read, and only when they hold a word for a woman or a man.
    func unnamedSpeaker(before offset: Int, pronoun: String) -> String? {
        guard let words = pronoun == "she" ? NameResolver.femaleWords : (pronoun == "he" ? NameResolver.maleWords : nil) else { return nil }
        let s = ctx.sentenceIndex(at: offset)
        guard s > 0, ctx.sentences[s].contains(offset) else { return nil }
        for j in stride(from: s - 1, through: max(0, s - 2), by: -1) {
            let r = ctx.sentences[j]
            var k = ctx.firstToken(atOrAfter: r.lowerBound)
            var gendered = false
            while k < ctx.tokens.count, ctx.tokens[k].start < r.upperBound {
                if ctx.quoteOf[k] == nil, !ctx.tokens[k].isCapitalized, words.contains(NameRuns.stripPossessive(ctx.tokens[k].norm)) { gendered = true }
                k += 1
            }
            guard gendered else { continue }
            guard let who = speaker(inSentence: r) else { continue }
            // …who is the sentence's subject, opening it: not "her grandmother" of "X tells … that her
            // grandmother used to say ‘…’".
            let opening = ScalarText.slice(ctx.text, r.lowerBound, min(r.upperBound, r.lowerBound + who.unicodeScalars.count + 8))
                .trimmingCharacters(in: .whitespaces).lowercased()
            guard who.first?.isLowercase == true, let last = who.split(separator: " ").last, words.contains(String(last)),
                opening.hasPrefix(who.lowercased())
            else { return nil }
            return who
        }
        return nil
    }
}
