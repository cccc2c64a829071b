import Foundation

/// Ages of named people ("The 20-year-old Désiré Doué", "Karim Bensalem, 34,", "Rhona Vell, aged 58,", "Senny
/// Mayulu, a 19-year-old substitute", "Doué, who is 19,", "Professor Clarke is 83 and …"): outlets often disagree on them, and an age is only comparable with the
/// same person's age, so each carries the folded family name it belongs to (`DetailMention.subject`).
/// Kept out of `DetailExtractor.scan`, which alignment also reads: ages are a details-ledger matter.
enum AgeDetails {
    private static func plainGap(_ s: String) -> Bool { s == " " || s == "\u{00A0}" }

    static func mentions(in paragraph: Paragraph, tokens all: [Token]) -> [DetailMention] {
        let scalars = ScalarText.scalars(paragraph.text)
        let sentences = paragraph.sentences.isEmpty ? [Sentence(start: 0, end: scalars.count)] : paragraph.sentences
        var out: [DetailMention] = []
        for (si, s) in sentences.enumerated() {
            let toks = all.filter { $0.start >= s.start && $0.end <= s.end }
            func gap(_ i: Int) -> String {  // text between token i-1 and token i
                guard i > 0, i < toks.count else { return "" }
                return ScalarText.string(scalars[toks[i - 1].end..<toks[i].start])
            }
            func plain(_ i: Int) -> Bool { gap(i) == " " || gap(i) == "\u{00A0}" }
            func key(_ t: Token) -> String {
                var k = NameLexicon.key(t.norm)
                if k.hasSuffix("'s") { k.removeLast(2) }
                return k
            }
            func emit(_ n: Int, subject: Token, from: Int, to: Int) {
                let start = min(from, subject.start), end = max(to, subject.end)
                out.append(DetailMention(value: .age(n), paragraph: paragraph.index, sentence: si, start: start, end: end,
                                         text: ScalarText.slice(paragraph.text, start, end), context: [], subject: key(subject)))
            }
            for (i, t) in toks.enumerated() {
                // "20-year-old", before a name or after ", a"
                if t.norm.hasSuffix("-year-old"), let n = Int(t.norm.dropLast(9)), (1...120).contains(n) {
                    if let j = Self.nameAfterDescriptor(toks, after: i, plain: plain) {
                        emit(n, subject: toks[j], from: t.start, to: toks[j].end)
                    } else if i + 1 < toks.count, toks[i + 1].isCapitalized, plain(i + 1), !Self.isLoneDemonym(toks, i + 1, plain: plain) {
                        var j = i + 1
                        while j + 1 < toks.count, toks[j + 1].isCapitalized, plain(j + 1) { j += 1 }
                        emit(n, subject: toks[j], from: t.start, to: toks[j].end)
                    } else if i >= 2, ["a", "an"].contains(toks[i - 1].norm), gap(i - 1).contains(","), toks[i - 2].isCapitalized {
                        emit(n, subject: toks[i - 2], from: toks[i - 2].start, to: t.end)
                    }
                    continue
                }
                guard t.isNumber, !t.norm.contains("."), !t.norm.contains(","), let n = Int(t.norm), (1...120).contains(n) else { continue }
                let after = i + 1 < toks.count ? ScalarText.string(scalars[t.end..<toks[i + 1].start]) : ""
                // "Professor Clarke is 83 and was woken …", "Ms Ruiz is 41.": a name, "is", the age closing a clause.
                let closes = i + 1 == toks.count || after.hasPrefix(",") || after.hasPrefix(";") || after.hasPrefix(".")
                    || plainGap(after) && ["and", "but", "years"].contains(toks[i + 1].norm)
                if i >= 2, toks[i - 1].norm == "is", plain(i - 1), plain(i), toks[i - 2].isCapitalized, !StopWords.contains(toks[i - 2].norm), closes,
                    !(i + 1 < toks.count && toks[i + 1].norm == "years" && !(i + 2 < toks.count && toks[i + 2].norm == "old"))
                {
                    emit(n, subject: toks[i - 2], from: toks[i - 2].start, to: t.end)
                    continue
                }
                // "Ilaria Pozzi, 67 years old, who …": the age spelled out closes the apposition
                var last = i, closing = after
                if i + 2 < toks.count, toks[i + 1].norm == "years", toks[i + 2].norm == "old", plain(i + 1), plain(i + 2) {
                    last = i + 2
                    closing = i + 3 < toks.count ? gap(i + 3) : ""
                }
                guard closing.hasPrefix(",") || closing.hasPrefix(")") || last > i && closing.isEmpty else { continue }
                // "Karim Bensalem, 34," / "Doué, who is 19,"
                if i >= 1, gap(i) == ", ", toks[i - 1].isCapitalized {
                    emit(n, subject: toks[i - 1], from: toks[i - 1].start, to: toks[last].end)
                } else if i >= 2, toks[i - 1].norm == "aged", plain(i), gap(i - 1) == ", ", toks[i - 2].isCapitalized, !StopWords.contains(toks[i - 2].norm) {
                    // "The ship's master, Rhona Vell, aged 58, said …"
                    emit(n, subject: toks[i - 2], from: toks[i - 2].start, to: toks[last].end)
                } else if i >= 3, toks[i - 1].norm == "is", toks[i - 2].norm == "who", gap(i - 2).contains(","), toks[i - 3].isCapitalized {
                    emit(n, subject: toks[i - 3], from: toks[i - 3].start, to: toks[last].end)
                }
            }
        }
        return out
    }

    /// "92-year-old elder Walter Kinnear", "the 34-year-old nurse Ama Boateng": one or two lower-case words of a
    /// role between the age and a full name; the index of the name's last word. A full name (two capitalised words
    /// at least) is asked for, so "a 30-year-old man Tuesday" names no one.
    static func nameAfterDescriptor(_ toks: [Token], after i: Int, plain: (Int) -> Bool) -> Int? {
        var k = i + 1
        while k < toks.count, k <= i + 2, !toks[k].isCapitalized, !toks[k].isNumber, plain(k),
              !StopWords.contains(toks[k].norm), toks[k].norm.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) { k += 1 }
        guard k > i + 1, k + 1 < toks.count, toks[k].isCapitalized, plain(k), toks[k + 1].isCapitalized, plain(k + 1),
              !StopWords.contains(toks[k].norm) else { return nil }
        var j = k + 1
        while j + 1 < toks.count, j + 1 <= k + 3, toks[j + 1].isCapitalized, plain(j + 1) { j += 1 }
        return j
    }

    /// "the 83-year-old physicist": an age given with no name, to be read as the age of the one person the
    /// paragraph names before it (`DetailLedger` asks the story's people index). Only "the", never "a": "a
    /// 30-year-old man" brings in someone new.
    struct Unnamed {
        var years: Int
        var sentence: Int
        var start: Int
        var end: Int
        var text: String
    }

    static func unnamed(in paragraph: Paragraph, tokens all: [Token]) -> [Unnamed] {
        guard ScalarText.contains(paragraph.text, "-year-old") else { return [] }
        let scalars = ScalarText.scalars(paragraph.text)
        let sentences = paragraph.sentences.isEmpty ? [Sentence(start: 0, end: scalars.count)] : paragraph.sentences
        var out: [Unnamed] = []
        for (si, s) in sentences.enumerated() {
            let toks = all.filter { $0.start >= s.start && $0.end <= s.end }
            func plain(_ k: Int) -> Bool { plainGap(ScalarText.string(scalars[toks[k - 1].end..<toks[k].start])) }
            for (i, t) in toks.enumerated() where i >= 1 && i + 1 < toks.count {
                guard t.norm.hasSuffix("-year-old"), let n = Int(t.norm.dropLast(9)), (1...120).contains(n), toks[i - 1].norm == "the" else { continue }
                // "the 83-year-old physicist", "the 46-year-old Swede" (a nationality is no name)
                let noun = (!toks[i + 1].isCapitalized || isLoneDemonym(toks, i + 1, plain: plain)) && !toks[i + 1].isNumber
                    && nameAfterDescriptor(toks, after: i, plain: plain) == nil && plain(i + 1) && !StopWords.contains(toks[i + 1].norm)
                // "The 48-year-old, who …", "The 46-year-old was presented …": the epithet as its sentence's subject
                let subject = i == 1 && toks[i - 1].isCapitalized
                    && (ScalarText.string(scalars[t.end..<toks[i + 1].start]).hasPrefix(",") || StopWords.contains(toks[i + 1].norm) && plain(i + 1))
                guard noun || subject else { continue }
                let start = toks[i - 1].start, end = noun ? toks[i + 1].end : t.end
                out.append(Unnamed(years: n, sentence: si, start: start, end: end, text: ScalarText.slice(paragraph.text, start, end)))
            }
        }
        return out
    }

    /// "Swede" in "the 46-year-old Swede": a nationality standing alone after the age, no one's name.
    static func isLoneDemonym(_ toks: [Token], _ k: Int, plain: (Int) -> Bool) -> Bool {
        NameLexicon.shared.countryOfDemonym[NameLexicon.key(toks[k].norm)] != nil
            && !(k + 1 < toks.count && toks[k + 1].isCapitalized && plain(k + 1))
    }

    /// The key ages are compared by for a person's full name: its last word, folded ("clarke").
    static func subjectKey(ofName name: String) -> String? {
        guard let last = Tokenizer.tokens(name).last else { return nil }
        var k = NameLexicon.key(last.norm)
        if k.hasSuffix("'s") { k.removeLast(2) }
        return k
    }
}
