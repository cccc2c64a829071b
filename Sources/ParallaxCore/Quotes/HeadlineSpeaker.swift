import Foundation

/// A headline's or standfirst's quote with its speaker after a colon ("‘We will rebuild’: Mayor Jo Roe says …"), the
/// shape tabloid standfirsts and bullet summaries use.
extension QuoteAttributor {
    /// "‘…’: French president Macron says ‘the worst’ has been avoided": after a quote and a colon, a name (with
    /// at most three words of a description before it) and "says" or "said" right after it.
    func headlineSpeaker(_ toks: [Int]) -> String? {
        // "French president", "Harbour master": up to three words of a description before the name, none a verb.
        for k in 0..<min(toks.count, 4) {
            if k > 0, isVerb(toks[k - 1]) { return nil }
            guard let r = ctx.run(startingAt: toks[k]) ?? ctx.run(containing: toks[k]), !r.isOrganisation, !r.isPossessive,
                  let e = toks.firstIndex(of: r.tokenRange.upperBound - 1), e + 1 < toks.count,
                  ["says", "said"].contains(norm(toks[e + 1]))
            else { continue }
            return canonical(r)
        }
        return nil
    }
}
