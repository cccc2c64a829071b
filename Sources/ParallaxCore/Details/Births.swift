import Foundation

/// Where or when someone was born, as biographies give it: "She was born in Kelderby, on the … coast",
/// "Born in Kelderby on March 3, 1938, the daughter of …", "Born into a fishing family in 1938". Obituaries and
/// profiles each tell the birth once, in their own words around the place and the year, so alignment reads two
/// births that name the same place or year as one fact.
enum Births {
    /// How many words after "born" the place or year may come ("born on 3 March 1938 in the village of X").
    static let reach = 8

    /// Per sentence that reports a birth, the folded capitalised words and four-digit years after "born".
    static func anchors(in paragraph: Paragraph, tokens all: [Token]) -> [Set<String>] {
        guard all.contains(where: { $0.norm == "born" }) else { return [] }
        let sentences = paragraph.sentences.isEmpty ? [Sentence(start: 0, end: ScalarText.scalars(paragraph.text).count)] : paragraph.sentences
        var out: [Set<String>] = []
        for s in sentences {
            let toks = all.filter { $0.start >= s.start && $0.end <= s.end }
            guard let b = toks.firstIndex(where: { $0.norm == "born" }) else { continue }
            var words = Set<String>()
            for i in (b + 1)..<min(toks.count, b + 1 + reach) {
                let t = toks[i]
                // a month or weekday is no place ("born on 3 March 1938")
                let calendar = DetailExtractor.monthNames.contains(t.norm) || DetailExtractor.weekdays.contains(t.norm)
                if t.isCapitalized && !t.isNumber && !StopWords.contains(t.norm) && !calendar || t.isNumber && t.norm.count == 4 && Int(t.norm) != nil {
                    words.insert(t.norm)
                }
            }
            if !words.isEmpty { out.append(words) }
        }
        return out
    }
}
