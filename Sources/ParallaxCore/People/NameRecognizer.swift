import Foundation

/// Finds capitalised runs in a paragraph and decides, from context alone, which could be person names.
///
/// No statistical model: evidence comes from titles and roles, given names, family-name-first shapes,
/// initials, speech verbs, appositions and possessives; organisations, places and sentence-initial or
/// headline capitals are ruled out with word lists (`NameLexicon`).
enum NameRecognizer {
    /// Short words that do not count when deciding whether a line is set in headline case.
    static let headlineFunctionWords: Set<String> = ["about", "with", "from", "into", "over", "after", "while", "their", "this", "that", "than", "when", "what", "amid", "says", "will", "have", "been", "were", "they", "your", "more", "onto", "upon", "just", "also"]

    static func analyse(_ paragraph: Paragraph, lexicon lex: NameLexicon = .shared) -> ParagraphNames {
        let text = paragraph.text
        let scalars = ScalarText.scalars(text)
        let raw = Tokenizer.tokens(text)
        let sentenceStarts = Set(paragraph.sentences.map(\.start))
        var toks: [NameToken] = []
        toks.reserveCapacity(raw.count)
        for (i, t) in raw.enumerated() {
            let prevEnd = i == 0 ? 0 : raw[i - 1].end
            let gap = t.start - prevEnd == 1 && scalars[prevEnd] == " "
                ? " " : ScalarText.string(scalars[prevEnd..<t.start])
            var base = NameLexicon.key(t.norm)
            var baseEnd = t.end
            var possessive = false
            if base.count > 2, base.hasSuffix("'s") {
                base.removeLast(2)
                baseEnd -= 2
                possessive = true
            }
            var letters = 0
            var hasLower = false
            if t.isCapitalized {
                // "SCA's", "NHS’s": the possessive ending is no part of the letters an acronym is made of.
                for u in t.text.unicodeScalars.dropLast(possessive ? 2 : 0) {
                    if u.value < 0x80 {
                        if u.value >= 0x61 && u.value <= 0x7A { hasLower = true; break }
                        if u.value >= 0x41 && u.value <= 0x5A { letters += 1 }
                    } else if u.properties.isAlphabetic {
                        letters += 1
                        if u.properties.isLowercase { hasLower = true; break }
                    }
                }
            }
            let isAcronym = t.isCapitalized && letters >= 2 && !hasLower
            // "al-Sisi", "el-Erian", "bin-Laden": a lowercase particle joined to a capitalised name.
            let particleName = !t.isCapitalized && hyphenParticleName(t.text)
            let partyTag = t.isCapitalized && PartyTag.isPartyTag(t.text)
            let isCap = (t.isCapitalized && !isAcronym && !partyTag && !isPronoun(t.text)) || particleName
                || (!t.isCapitalized && i > 0 && mutatedAfterParticle(t.text, previous: raw[i - 1].norm))
            toks.append(NameToken(
                token: t, base: base, baseEnd: baseEnd, possessive: possessive, isCap: isCap, isAcronym: isAcronym && !partyTag,
                isInitial: false, sentenceInitial: false, gapBefore: gap))
        }
        unshoutRecordNames(&toks, lex)
        let labelName = TurnLabels.namedWithRole(toks)
        if let r = labelName { for i in r { toks[i].isAcronym = false; toks[i].isCap = true } }
        // Initials need the following gap; sentence starts need the previous token.
        for i in toks.indices {
            if i > 0, toks[i].isAcronym, toks[i - 1].isCap, toks[i].gapBefore == " ", toks[i].token.text.count <= 6,
                toks[i].token.text.allSatisfy({ "IVXLC".contains($0) })
            {
                toks[i].isNumeral = true
            }
            let t = toks[i]
            if ScalarText.count(t.token.text) == 1, t.isCap, i + 1 < toks.count, toks[i + 1].isCap,
                toks[i + 1].gapBefore == ". ", i == 0 || toks[i].gapBefore.hasSuffix(" ")
            {
                toks[i].isInitial = true
            }
            // "C.N. Ashwath Narayan", "T.M. Kalaiselvi": initials written together, a full stop after each (not
            // "U.S." or "U.K.", which name a country).
            if ScalarText.count(t.token.text) == 1, t.isCap, i + 1 < toks.count, ScalarText.count(toks[i + 1].token.text) == 1,
                toks[i + 1].isCap, toks[i + 1].gapBefore == ".", i == 0 || t.gapBefore.hasSuffix(" ") || (t.gapBefore == "." && toks[i - 1].isInitial),
                !dottedAbbreviations.contains(dottedLetters(toks, around: i))
            {
                toks[i].isInitial = true
            }
            if ScalarText.count(t.token.text) == 1, t.isCap, i > 0, toks[i - 1].isInitial, t.gapBefore == ".", i + 1 < toks.count,
                toks[i + 1].isCap || (i + 2 < toks.count && particles.contains(toks[i + 1].base) && toks[i + 2].isCap), toks[i + 1].gapBefore == ". "
            {
                toks[i].isInitial = true
            }
            // "K Natwar Singh", "M K Stalin": South Asian copy writes initials without a full stop.
            if ScalarText.count(t.token.text) == 1, t.isCap, !["A", "I"].contains(t.token.text), i + 2 < toks.count,
                toks[i + 1].isCap, toks[i + 1].gapBefore == " ", toks[i + 2].isCap, toks[i + 2].gapBefore == " ",
                i == 0 || toks[i].gapBefore.hasSuffix(" ")
            {
                toks[i].isInitial = true
            }
        }
        markNicknames(&toks)
        for i in toks.indices {
            if i == 0 || sentenceStarts.contains(toks[i].token.start) {
                toks[i].sentenceInitial = true
                continue
            }
            toks[i].sentenceInitial = opensSentence(gap: toks[i].gapBefore, previous: toks[i - 1])
        }
        let headline = isHeadline(toks, text: text)
        var runs: [CapitalRun] = []
        let words = toks.map(\.base)
        var i = 0
        while i < toks.count {
            guard startsRun(toks[i]) else { i += 1; continue }
            var j = i + 1
            while j < toks.count, joins(toks, j) { j += 1 }
            // A particle cannot end a run.
            while j - 1 > i, particles.contains(toks[j - 1].base), !toks[j - 1].isCap { j -= 1 }
            runs.append(classify(toks, words, i..<j, lexicon: lex))
            i = j
        }
        if !headline { propagateThroughLists(&runs, toks, lex) }
        // "MAEVE DOOLAN (PRESENTER):": the label's role says a person speaks, whatever the lists know of the name.
        if let r = labelName, let k = runs.firstIndex(where: { $0.core == r && !$0.isOrganisation }), runs[k].evidence == .none {
            runs[k].evidence = .weak
        }
        return ParagraphNames(tokens: toks, headline: headline, runs: runs)
    }

    static func classify(_ toks: [NameToken], _ words: [String], _ run: Range<Int>, lexicon lex: NameLexicon) -> CapitalRun {
        var reading = RunReading(toks, words, run, lexicon: lex)
        return reading.classify()
    }
}
