import Foundation

/// "On Callum Reid, who limped off on Tuesday: “He's had a scan.”", "On the January window: “Not a question for
/// today.”": a press-conference write-up sets each answer under the topic it was asked about. The words before
/// the colon say what the answer is about, never who gives it: the speaker goes on from the quotes before (or
/// is the person the paragraph before brings in), and a name in the topic is not whom a later "she" means.
enum TopicIntroduction {
    /// The offset of the colon when the paragraph opens with such a topic: "On" first, then at most 20 words
    /// with no speech verb and no sentence end, then a colon right before an opening quote mark.
    static func colon(in text: String, tokens: [Token]) -> Int? {
        guard let first = tokens.first, first.text == "On", tokens.count > 2 else { return nil }
        let s = ScalarText.scalars(text)
        guard !s[..<first.start].contains(where: { !$0.properties.isWhitespace }) else { return nil }
        var words = 0
        for t in tokens {
            words += 1
            if words > 21 || AttributionLexicon.speechVerbs.contains(t.norm) { return nil }
            let gapEnd = tokens.first(where: { $0.start >= t.end })?.start ?? s.count
            let gap = s[t.end..<gapEnd]
            if gap.contains(where: { ".?!;".unicodeScalars.contains($0) }) { return nil }
            guard let c = gap.firstIndex(of: ":") else { continue }
            let rest = gap[(c + 1)...].drop(while: { $0.properties.isWhitespace })
            guard let mark = rest.first, "\"“‘'".unicodeScalars.contains(mark), words >= 2 else { return nil }
            return c
        }
        return nil
    }
}

extension QuoteExtractor {
    /// A quote paragraph whose other words name no speaker: nothing else, or a press conference's topic.
    static func standsAlone(_ ctx: QuoteContext) -> Bool {
        isQuoteOnly(ctx) || TopicIntroduction.colon(in: ctx.text, tokens: ctx.tokens) != nil
    }
}
