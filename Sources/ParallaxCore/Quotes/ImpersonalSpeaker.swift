import Foundation

/// Whom "“…,” it said" or "“…,” they said" stands for: a body or an unnamed speaker, never the last person
/// named.
extension QuoteExtractor {
    /// For "…,” they said / it said after "A council spokesperson said … ." in the same paragraph: the unnamed
    /// speaker or the organisation an earlier sentence of the paragraph has speaking; a named person is not
    /// whom "it" or "they" stands for.
    static func impersonalSpeaker(of part: (paragraph: Int, span: Int), contexts: [QuoteContext], paragraphs: [Paragraph], names: NameResolver, index: Int) -> String? {
        let ctx = contexts[part.paragraph]
        let sentence = ctx.sentenceIndex(at: ctx.spans[part.span].markStart)
        guard sentence > 0 else { return nil }
        let a = QuoteAttributor(ctx: ctx, names: names, article: index, paragraph: paragraphs[part.paragraph].index)
        for s in stride(from: sentence - 1, through: 0, by: -1) {
            guard let who = a.speaker(inSentence: ctx.sentences[s]) else { continue }
            return who.first?.isUppercase == false || names.organisations[who] != nil && !names.isPerson(who) ? who : nil
        }
        return nil
    }

    /// For "…,” it said: the organisation the paragraph before has speaking ("The district attorney's office
    /// said on Friday …"), if that is what it names; a person there is not who "it" stands for.
    static func bodySpeaker(before paragraph: Int, contexts: [QuoteContext], paragraphs: [Paragraph], names: NameResolver, index: Int) -> String? {
        guard paragraph > 0, let last = contexts[paragraph - 1].sentences.last else { return nil }
        let a = QuoteAttributor(ctx: contexts[paragraph - 1], names: names, article: index, paragraph: paragraphs[paragraph - 1].index)
        guard let s = a.speaker(inSentence: last), names.organisations[s] != nil, !names.isPerson(s) else { return nil }
        return s
    }
}
