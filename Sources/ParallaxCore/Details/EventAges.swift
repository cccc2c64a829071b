import Foundation

/// The age at which someone did something, as biographies give it: "won a place at the college aged just 17",
/// "left for London at seventeen", "joined the army at the age of 18". In a story about one life, the same age
/// dates the same step of it, however the rest is worded. Only forms that cannot be a time or a score: "aged N",
/// "at the age of N", and "at" with the number spelled out in words before a comma or full stop ("at five"
/// before "o'clock" is no age, "at 17" may be a time or a temperature).
enum EventAges {
    static func ages(in paragraph: Paragraph, tokens all: [Token]) -> [Int] {
        // Every form needs "aged", "age", or "at" before a number word: most paragraphs end here.
        guard all.indices.contains(where: { k in
            let w = all[k].norm
            return w == "aged" || w == "age"
                || w == "at" && k + 1 < all.count && !all[k + 1].isNumber && DetailExtractor.numberWords[all[k + 1].norm] != nil
        }) else { return [] }
        let scalars = ScalarText.scalars(paragraph.text)
        let sentences = paragraph.sentences.isEmpty ? [Sentence(start: 0, end: scalars.count)] : paragraph.sentences
        var out: [Int] = []
        for s in sentences {
            let toks = all.filter { $0.start >= s.start && $0.end <= s.end }
            // "who has died aged 88" is an age at death (`DeathAges`), not at a step of a life
            guard !DeathAges.reportsDeath(toks.map(\.norm)) else { continue }
            func word(_ k: Int) -> String { k >= 0 ? toks[k].norm : "" }
            for (i, t) in toks.enumerated() where i >= 1 {
                guard let n = t.isNumber ? Int(t.norm) : DetailExtractor.numberWords[t.norm].map({ Int($0) }), (5...100).contains(n) else { continue }
                let after = i + 1 < toks.count ? ScalarText.string(scalars[t.end..<toks[i + 1].start]) : "."
                guard after.hasPrefix(".") || after.hasPrefix(",") else { continue }
                let aged = word(i - 1) == "aged" || ["just", "only"].contains(word(i - 1)) && word(i - 2) == "aged"
                let ageOf = word(i - 1) == "of" && word(i - 2) == "age" && word(i - 3) == "the" && word(i - 4) == "at"
                let atInWords = word(i - 1) == "at" && !t.isNumber
                if aged || ageOf || atInWords { out.append(n) }
            }
        }
        return out
    }
}
