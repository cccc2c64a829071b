import Foundation

/// Named things that differ between two aligned sentences: the gift that is "a silver Tiffany vase" in one
/// outlet and "a Persian rug" in another, the bakery in "Leeds" or in "Wakefield".
///
/// Taken from the word diff of sentences that otherwise say the same thing: a replaced phrase that ends
/// the clause (punctuation or sentence end after it), shares no content word with its counterpart, and is a
/// noun phrase of two or more words or a proper name. Single lowercase swaps ("in turn" / "in return") are
/// paraphrase, not a conflicting fact.
enum DetailObjects {
    static func conflicts(story: Story, comparable: ComparableSentences) -> [(article: Int, mention: DetailMention)] {
        var out: [(Int, DetailMention)] = []
        var seen = Set<[Int]>()
        var taken: [[Int]: [Range<Int>]] = [:]  // [article, paragraph] -> spans already in a conflict
        func free(_ a: Int, _ p: Int, _ r: Range<Int>) -> Bool { !(taken[[a, p]] ?? []).contains { $0.overlaps(r) } }
        let pairs = comparable.candidatePairs(minimum: 0.08).map { ($0.0, $0.1, comparable.similarity($0.0, $0.1)) }
            .sorted { $0.2 > $1.2 }
        var cache: [ComparableSentences.Key: (Sentence, String, [Token])?] = [:]
        func load(_ k: ComparableSentences.Key) -> (Sentence, String, [Token])? {
            if let c = cache[k] { return c }
            let v = sentence(story, k).map { p, r -> (Sentence, String, [Token]) in
                let t = ScalarText.slice(p.text, r.start, r.end)
                return (r, t, Tokenizer.tokens(t))
            }
            cache[k] = v
            return v
        }
        // The same pair of wordings (an outlet's copy carried by many sites) is diffed once.
        var found: [[String]: [(Range<Int>, Range<Int>, Set<String>, Set<String>)]] = [:]
        for (ka, kb, _) in pairs {
            guard let (ra, sa, ta) = load(ka), let (rb, sb, tb) = load(kb), sa != sb else { continue }
            let alignedOK = comparable.isAligned(ka, kb) && comparable.similarity(ka, kb) >= 0.3
            let cacheKey = [sa, sb, alignedOK ? "1" : "0"]
            if found[cacheKey] == nil { found[cacheKey] = differences(sa, ta, sb, tb, alignedOK: alignedOK) }
            for (la, lb, wl, wr) in found[cacheKey]! {
                // "The Marra Star left Portleven" / "the Marra Star ferry lost power": after a name the change is what
                // the named one did, two predicates, not two versions of a thing (sentences the aligner paired may
                // still say so). Alignment's object frames ask `differences` with their own lead-in test, unchanged.
                if !alignedOK, let lead = ta.last(where: { $0.end <= la.lowerBound }), lead.isCapitalized { continue }
                let key = [ka.article, ka.paragraph, ra.start + la.lowerBound, kb.article, kb.paragraph, rb.start + lb.lowerBound]
                let spanA = (ra.start + la.lowerBound)..<(ra.start + la.upperBound)
                let spanB = (rb.start + lb.lowerBound)..<(rb.start + lb.upperBound)
                guard free(ka.article, ka.paragraph, spanA), free(kb.article, kb.paragraph, spanB), seen.insert(key).inserted else { continue }
                taken[[ka.article, ka.paragraph], default: []].append(spanA)
                taken[[kb.article, kb.paragraph], default: []].append(spanB)
                let pairID = out.count / 2
                out.append((ka.article, DetailMention(
                    value: .object(words: wl), paragraph: ka.paragraph, sentence: ka.sentence,
                    start: ra.start + la.lowerBound, end: ra.start + la.upperBound,
                    text: ScalarText.slice(sa, la.lowerBound, la.upperBound), context: wl, pair: pairID)))
                out.append((kb.article, DetailMention(
                    value: .object(words: wr), paragraph: kb.paragraph, sentence: kb.sentence,
                    start: rb.start + lb.lowerBound, end: rb.start + lb.upperBound,
                    text: ScalarText.slice(sb, lb.lowerBound, lb.upperBound), context: wr, pair: pairID)))
            }
        }
        return out
    }

    /// Named things that differ between two sentences: ranges (with a leading article) and content words.
    static func differences(_ sa: String, _ ta: [Token], _ sb: String, _ tb: [Token], alignedOK: Bool)
        -> [(Range<Int>, Range<Int>, Set<String>, Set<String>)]
    {
        var out: [(Range<Int>, Range<Int>, Set<String>, Set<String>)] = []
        for c in WordDiff.changes(sa, ta, sb, tb) where !c.left.isEmpty && !c.right.isEmpty {
            // Aligned: the same three words lead into the change on both sides ("presented the mayor with a").
            guard alignedOK || anchored(ta, before: c.leftRange.lowerBound, tb, before: c.rightRange.lowerBound) else { continue }
            // "The debris flow, a mass of mud, …" / "The debris flow struck Pontelisca": an apposition after a
            // comma and a predicate fill different slots of the sentence, so they are not two versions of a thing.
            guard opensAfterComma(sa, c.leftRange.lowerBound) == opensAfterComma(sb, c.rightRange.lowerBound) else { continue }
            guard let left = phrase(sa, c.leftRange), let right = phrase(sb, c.rightRange) else { continue }
            let wl = ComparableSentences.contentWords(ScalarText.slice(sa, left.lowerBound, left.upperBound))
            let wr = ComparableSentences.contentWords(ScalarText.slice(sb, right.lowerBound, right.upperBound))
            guard !wl.isEmpty, !wr.isEmpty, wl.isDisjoint(with: wr), !sameWordFamily(wl, wr) else { continue }
            // "a Calvoran operator" / "Calvora's Nordlys Line": a description made from the other side's name is
            // a vaguer account of the same thing, not another thing.
            if sharesName(ScalarText.slice(sa, left.lowerBound, left.upperBound), ScalarText.slice(sb, right.lowerBound, right.upperBound)) { continue }
            // "UC Santa Barbara" / "the University of California, Santa Barbara": one side's words all stand
            // in the other sentence (an acronym as the initials of a name there), so nothing differs.
            if covered(Tokenizer.tokens(ScalarText.slice(sa, left.lowerBound, left.upperBound)), by: tb)
                || covered(Tokenizer.tokens(ScalarText.slice(sb, right.lowerBound, right.upperBound)), by: ta)
            { continue }
            // "the National Transportation Safety Board" where the other sentence writes "NTSB": the same body,
            // named in full on one side and by its initials on the other.
            if spelledOut(Tokenizer.tokens(ScalarText.slice(sa, left.lowerBound, left.upperBound)), in: tb)
                || spelledOut(Tokenizer.tokens(ScalarText.slice(sb, right.lowerBound, right.upperBound)), in: ta)
            { continue }
            // named things: a capitalised word on at least one side, and not a generic head ("the event")
            let la0 = Tokenizer.tokens(ScalarText.slice(sa, left.lowerBound, left.upperBound))
            let lb0 = Tokenizer.tokens(ScalarText.slice(sb, right.lowerBound, right.upperBound))
            guard la0.contains(where: \.isCapitalized) || lb0.contains(where: \.isCapitalized),
                !genericHeads.contains(la0.last!.norm), !genericHeads.contains(lb0.last!.norm)
            else { continue }
            out.append((withArticle(sa, left), withArticle(sb, right), wl, wr))
        }
        return out
    }

    /// Whether a word of one phrase and a word of the other are one word family ("a cardiologist" / "Chair of
    /// Cardiology", "an economist" / "professor of economics"): stems sharing their first six letters or more, and
    /// at least three quarters of the shorter. Two descriptions of one person's field are not two things.
    static func sameWordFamily(_ a: Set<String>, _ b: Set<String>) -> Bool {
        func shared(_ x: String, _ y: String) -> Int {
            var n = 0
            for (c, d) in zip(x, y) { guard c == d else { break }; n += 1 }
            return n
        }
        return a.contains { x in
            b.contains { y in
                let n = shared(x, y)
                return n >= 6 && Double(n) >= 0.75 * Double(min(x.count, y.count))
            }
        }
    }

    /// Whether a capitalised word of one phrase starts a capitalised word of the other ("Calvora's" and
    /// "Calvoran", "Japan" and "Japanese"): a name and the adjective made from it.
    static func sharesName(_ a: String, _ b: String) -> Bool {
        func names(_ s: String) -> [String] {
            Tokenizer.tokens(s).filter { $0.isCapitalized && $0.norm.count >= 4 }.map { t in
                var w = t.norm
                if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
                return w
            }
        }
        let nb = names(b)
        return names(a).contains { x in nb.contains { y in x.count >= 4 && y.count >= 4 && (x.hasPrefix(y) || y.hasPrefix(x)) } }
    }

    /// Every word of a phrase (articles aside) is in the other sentence, or is an acronym of the initials of
    /// capitalised words there ("UC" for "University of California").
    static func covered(_ phrase: [Token], by other: [Token]) -> Bool {
        let words = Set(other.map(\.norm))
        let content = phrase.filter { !["a", "an", "the"].contains($0.norm) }
        guard !content.isEmpty else { return false }
        return content.allSatisfy { t in
            words.contains(t.norm) || isAcronym(t.text)
                && (initials(of: other).contains(t.text.lowercased()) || commonNounInitials(of: other).contains(t.text.lowercased()))
        }
    }

    /// Initials of two or three consecutive content words in lower case ("GP" for "general practitioner",
    /// "PM" for "prime minister"): an acronym for a common noun is written so.
    private static func commonNounInitials(of toks: [Token]) -> Set<String> {
        var out = Set<String>()
        for i in toks.indices {
            var letters = ""
            for j in i..<min(toks.count, i + 3) {
                let t = toks[j]
                guard !t.isCapitalized, !t.isNumber, !StopWords.contains(t.norm), let f = t.text.first, f.isLetter else { break }
                letters.append(f)
                if letters.count >= 2 { out.insert(letters) }
            }
        }
        return out
    }

    private static func isAcronym(_ s: String) -> Bool {
        (2...5).contains(s.count) && s.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    }

    /// Whether the initials of a phrase's capitalised name are an acronym the other sentence uses.
    static func spelledOut(_ phrase: [Token], in other: [Token]) -> Bool {
        let acronyms = Set(other.filter { isAcronym($0.text) }.map { $0.text.lowercased() })
        return !acronyms.isEmpty && !initials(of: phrase).isDisjoint(with: acronyms)
    }

    /// Initials of each run of capitalised words ("of", "and", "for", "the" may join them).
    private static func initials(of toks: [Token]) -> Set<String> {
        var out = Set<String>()
        var i = 0
        while i < toks.count {
            guard toks[i].isCapitalized else { i += 1; continue }
            var letters = ""
            var j = i
            while j < toks.count {
                if toks[j].isCapitalized, let f = toks[j].text.first {
                    letters.append(Character(f.lowercased()))
                    if letters.count >= 2 { out.insert(letters) }
                    j += 1
                } else if ["of", "and", "for", "the"].contains(toks[j].norm), j + 1 < toks.count, toks[j + 1].isCapitalized {
                    j += 1
                } else { break }
            }
            i = max(j, i + 1)
        }
        return out
    }

    private static func anchored(_ a: [Token], before x: Int, _ b: [Token], before y: Int) -> Bool {
        let pa = Array(a.filter { $0.end <= x }.suffix(5).map(\.norm).reversed())
        let pb = Array(b.filter { $0.end <= y }.suffix(5).map(\.norm).reversed())
        let equal = zip(pa, pb).prefix { $0 == $1 }.map(\.0)
        return equal.count >= 3 && equal.contains { $0.count >= 3 && !StopWords.contains($0) }
    }

    private static func sentence(_ story: Story, _ k: ComparableSentences.Key) -> (Paragraph, Sentence)? {
        guard k.article < story.articles.count,
            let p = story.articles[k.article].paragraphs.first(where: { $0.index == k.paragraph })
        else { return nil }
        let sentences = p.sentences.isEmpty ? [Sentence(start: 0, end: ScalarText.count(p.text))] : p.sentences
        guard k.sentence < sentences.count else { return nil }
        return (p, sentences[k.sentence])
    }

    /// The changed span cut at its first clause punctuation, if it is a noun phrase that ends there.
    private static func phrase(_ s: String, _ r: Range<Int>) -> Range<Int>? {
        let scalars = ScalarText.scalars(s)
        guard r.lowerBound > 0 else { return nil }  // a changed sentence opening is rephrasing
        var end = r.upperBound
        if let cut = (r.lowerBound..<r.upperBound).first(where: { ",;:—".unicodeScalars.contains(scalars[$0]) }) {
            end = cut
            // "Ana Ruiz, Tom Kerr and Lea Moss assembled": the first of a list of names is no single thing.
            let rest = ScalarText.slice(s, cut, r.upperBound)
            if scalars[cut] == ",", rest.range(of: #"^,\s*\p{Lu}[^,]*(,\s*\p{Lu}[^,]*)*,?\s+(and|or)\s+\p{Lu}"#, options: .regularExpression) != nil {
                return nil
            }
        }
        // or at a joining word: "Leeds and employs 14 people" → "Leeds"
        let inner = Tokenizer.tokens(ScalarText.slice(s, r.lowerBound, end))
        let joining: Set<String> = ["and", "or", "but", "who", "which", "that", "while", "as", "in", "on", "over", "for", "to", "from", "by", "with", "during", "after", "before", "so"]
        if let j = inner.dropFirst().first(where: { joining.contains($0.norm) }) {
            end = r.lowerBound + j.start
        }
        while end > r.lowerBound, scalars[end - 1].properties.isWhitespace { end -= 1 }
        // must end the clause: punctuation, the sentence end, or a function word
        var k = end
        while k < scalars.count, scalars[k].properties.isWhitespace || scalars[k] == ")" { k += 1 }
        let next = Tokenizer.tokens(ScalarText.slice(s, k, min(scalars.count, k + 20))).first
        guard k >= scalars.count || ",.;:—!?".unicodeScalars.contains(scalars[k])
            || next.map({ StopWords.contains($0.norm) && $0.start == 0 }) == true
        else { return nil }
        let text = ScalarText.slice(s, r.lowerBound, end)
        // "the case \"privately": a change running into a quotation is no one thing
        guard !text.unicodeScalars.contains(where: { "\"“”‘«»".unicodeScalars.contains($0) }) else { return nil }
        let toks = Tokenizer.tokens(text)
        guard !toks.isEmpty, toks.count <= 5, !toks.contains(where: \.isNumber) else { return nil }
        // "the Aldrenese reporter jailed (in …)": a noun and a participle opening a clause about it, not a thing
        if toks.count >= 2, !["a", "an", "the"].contains(toks[toks.count - 2].norm), isParticiple(toks[toks.count - 1]) { return nil }
        // a noun phrase: not opening with a preposition or a verb form
        let first = toks[0].norm
        // nor two of them around a verb ("the researchers built a circuit"): an article inside, not after a
        // preposition or conjunction, starts a second noun phrase
        if toks.indices.dropFirst().contains(where: { i in
            ["a", "an", "the"].contains(toks[i].norm) && !AttributionLexicon.prepositions.contains(toks[i - 1].norm)
                && !["and", "or", "but", "nor"].contains(toks[i - 1].norm)
        }) {
            return nil
        }
        if AttributionLexicon.prepositions.contains(first) || first.hasSuffix("ing") || StopWords.contains(first) && !["a", "an", "the"].contains(first) {
            return nil
        }
        if toks.count == 1 {
            // a lone name only as a place or a holder: "a bakery in Leeds", not "Washington and Tokyo"
            guard toks[0].isCapitalized, toks[0].text.count >= 3 else { return nil }
            let before = Tokenizer.tokens(ScalarText.slice(s, max(0, r.lowerBound - 12), r.lowerBound)).last?.norm ?? ""
            guard ["in", "at", "from", "to", "near", "outside", "inside"].contains(before) else { return nil }
        }
        if toks.contains(where: {
            AttributionLexicon.speechVerbs.contains($0.norm) || verbs.contains($0.norm) || DetailExtractor.numberWords[$0.norm] != nil
                || DetailExtractor.ordinals[$0.norm] != nil || $0.norm == "first" || DetailExtractor.weekdays.contains($0.norm)
                || DetailExtractor.monthNames.contains($0.norm)
        }) {
            return nil
        }
        // "backed the quarter-point cut": a verb and its object, not a thing
        if toks.count > 1, first.hasSuffix("ed"), ["the", "a", "an", "his", "her", "its", "their"].contains(toks[1].norm) { return nil }
        return r.lowerBound..<end
    }

    /// A lower-case past participle: "-ed" ("jailed", not "speed") or a common irregular one ("held").
    static func isParticiple(_ t: Token) -> Bool {
        let w = t.norm
        guard !t.isCapitalized else { return false }
        if w.count >= 5, w.hasSuffix("ed"), !w.hasSuffix("eed") { return true }
        return irregularParticiples.contains(w)
    }

    static let irregularParticiples: Set<String> = [
        "held", "kept", "built", "made", "taken", "given", "seen", "found", "sent", "sold", "bought", "brought", "caught",
        "known", "shown", "thrown", "driven", "hidden", "stolen", "shot", "won", "told", "paid", "led", "chosen", "written",
    ]

    /// Nouns that rename rather than name ("the event" for "the APEC summit", "the country" for "South Korea").
    static let genericHeads: Set<String> = [
        "event", "events", "meeting", "meetings", "summit", "talks", "visit", "trip", "occasion", "country",
        "countries", "nation", "nations", "issue", "issues", "situation", "matter", "thing", "things", "place",
        "moment", "time", "day", "area", "region", "city", "leader", "leaders", "government", "side", "sides",
        "gathering", "ceremony", "exchange", "remark", "comment", "move", "decision", "company", "firm", "group",
    ]

    static let verbs: Set<String> = [
        "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "did", "does", "do",
    ]

    /// Whether the text before scalar `at` ends, spaces aside, with a comma, a dash or an opening parenthesis.
    static func opensAfterComma(_ s: String, _ at: Int) -> Bool {
        let scalars = ScalarText.scalars(s)
        var k = min(at, scalars.count) - 1
        while k >= 0, scalars[k].properties.isWhitespace { k -= 1 }
        return k >= 0 && ",—–(".unicodeScalars.contains(scalars[k])
    }

    /// Includes an article just before the phrase ("a handcrafted Go board").
    private static func withArticle(_ s: String, _ r: Range<Int>) -> Range<Int> {
        for a in ["a ", "an ", "the "] {
            let from = r.lowerBound - a.count
            if from >= 0, ScalarText.slice(s, from, r.lowerBound).lowercased() == a { return from..<r.upperBound }
        }
        return r
    }
}
