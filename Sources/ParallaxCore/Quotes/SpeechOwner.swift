import Foundation

/// "Jonah then won best actor, so of course he used his speech to roast her. “She told me …”": a bare quote
/// after a sentence that mentions someone's speech is that speech. The sentence's first name (here the wife
/// he roasts) is not the speaker; whom "his" or "her" before the speech noun stands for is.
extension QuoteAttributor {
    static let speechNouns: Set<String> = ["speech", "address", "remarks", "toast", "eulogy", "tribute", "monologue"]

    /// The person whose speech the sentence range mentions ("his speech", "her acceptance speech"), outside
    /// quotes; nil when there is none or two different ones.
    func speechOwner(inSentence r: Range<Int>) -> String? {
        var owner: String?
        var k = ctx.firstToken(atOrAfter: r.lowerBound)
        while k < ctx.tokens.count, ctx.tokens[k].start < r.upperBound {
            let pronoun = norm(k) == "his" ? "he" : (norm(k) == "her" ? "she" : nil)
            // "his speech", "her acceptance speech": at most one word between.
            if let pronoun, ctx.quoteOf[k] == nil,
                let n = (k + 1...min(k + 2, ctx.tokens.count - 1)).first(where: { Self.speechNouns.contains(norm($0)) }),
                (k..<n).allSatisfy({ ctx.gap($0, $0 + 1) == " " && !ctx.tokens[$0 + 1].isCapitalized }),
                let p = antecedent(offset: ctx.tokens[k].start, pronoun: pronoun)
            {
                if owner != nil, owner != p { return nil }
                owner = p
            }
            k += 1
        }
        return owner
    }
}
