import Foundation

/// A sentence a news organisation reports as a whole, quote and all: the words are the sentence's subject's.
extension QuoteAttributor {
    /// "Minister Tom Hale offered condolences for “the loss of life …,” AP reports": a quote inside a sentence
    /// that a news organisation reports as a whole ("…, AP reports", "…, Reuters reported") is the words of the
    /// sentence's named subject; the organisation carries them. Nil unless the words after the quote are just
    /// an organisation (or an unknown capitalised name that the people index does not take for a person) and
    /// "reports"/"reported", and the subject of the sentence before the quote is a person's name.
    func reportedSentenceSubject(_ before: [Int], after: [Int], quoteEnd: Int) -> String? {
        guard let first = after.first, before.count >= 2,
            ScalarText.string(ctx.scalars[quoteEnd..<ctx.tokens[first].start]).allSatisfy({ $0.isWhitespace || ",".contains($0) }),
            let r = ctx.run(startingAt: first), let e = after.firstIndex(of: r.tokenRange.upperBound - 1), e + 1 < after.count,
            ["reports", "reported"].contains(norm(after[e + 1])),
            e + 2 == after.count || endsSentence(after: after[e + 1], before: after[e + 2]),
            r.isOrganisation || names.personAt(article: article, paragraph: paragraph, offset: r.start, end: r.end) == nil,
            let s = clauseSubject(before, before: before.count, namesOnly: true), s != r.name,
            before.contains(where: { k in ctx.run(startingAt: k).map { !$0.isOrganisation && !$0.isPossessive && canonical($0) == s } == true })
        else { return nil }
        return s
    }
}
