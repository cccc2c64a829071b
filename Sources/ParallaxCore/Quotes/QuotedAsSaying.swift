import Foundation

/// "The Tribune quoted the minister as saying “…”", "“…,” the agency quoted Judge Roe as saying": a paper or
/// agency that quotes someone as saying something is where the words were found, not who said them. The
/// object of "quoted", between it and "as", is the speaker; the subject before "quoted" is only the source
/// (real pages, stop 37). Without "as" + a speech participle ("the paper quoted a survey") nothing changes.
extension QuoteAttributor {
    /// The speaker named or described between "quoted" and "as saying" when the verb at `v` of `toks` is that
    /// "quoted" or that "saying"; nil for any other verb or shape.
    func quotedAsSayingObject(_ toks: [Int], verb v: Int) -> String? {
        let w = norm(toks[v])
        var quoted: Int?
        var asAt: Int?
        if w == "quoted" {
            // "quoted" + at most six words of object + "as" + a speech participle.
            guard v + 3 < toks.count, let a = (v + 2..<min(toks.count, v + 9)).first(where: { norm(toks[$0]) == "as" }),
                  a + 1 < toks.count, Self.quotedAsParticiples.contains(norm(toks[a + 1]))
            else { return nil }
            quoted = v; asAt = a
        } else if Self.quotedAsParticiples.contains(w), v >= 3, norm(toks[v - 1]) == "as",
                  let q = (max(0, v - 9)..<v - 2).last(where: { norm(toks[$0]) == "quoted" }) {
            quoted = q; asAt = v - 1
        }
        guard let q = quoted, let a = asAt, a > q + 1,
              // No stop or semicolon between "quoted" and "as": one clause.
              !(q + 1...a).contains(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { ".;:".contains($0) }) })
        else { return nil }
        return phraseOrName(Array(toks[..<a]), from: q + 1)
    }

    static let quotedAsParticiples: Set<String> = ["saying", "telling", "adding", "stating", "writing", "declaring"]
}
