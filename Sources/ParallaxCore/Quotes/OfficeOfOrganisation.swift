import Foundation

/// "The president of the Harbour Club has paid tribute …, saying: “…”": the one who holds the office speaks,
/// not the body named after "of" (real pages, stop 36; before, the club was given the words).
extension QuoteAttributor {
    /// The holder of the office when the organisation run `org` follows "the ROLE of (the)" (with `ofAt` the
    /// position of "of"): the person the story introduced with that role, else the phrase as written. Only
    /// "of": "a spokesperson for Cumbria Police" is the police speaking, by design.
    func officeHolderOf(_ toks: [Int], organisation org: NameRun, ofAt o: Int) -> String? {
        guard o >= 2, norm(toks[o]) == "of", AttributionLexicon.roles.contains(norm(toks[o - 1])),
              !Self.voiceRoles.contains(norm(toks[o - 1])),
              let d = (max(0, o - 4)..<(o - 1)).last(where: { norm(toks[$0]) == "the" }),
              !(d..<o).contains(where: { ctx.gap(toks[$0], toks[$0 + 1]) != " " }),
              !(d + 1..<o).contains(where: { ctx.tokens[toks[$0]].isCapitalized && $0 != d + 1 })
        else { return nil }
        if let p = names.roleAntecedent(norm(toks[o - 1]), qualifiers: qualifiers(toks, d + 1, o - 1),
                                        article: article, paragraph: paragraph, offset: ctx.tokens[toks[d]].start)
        { return p }
        return lowerFirst(ScalarText.slice(ctx.text, ctx.tokens[toks[d]].start, org.end))
    }

    /// Roles that speak for a body rather than hold an office in it: the body stays the speaker.
    static let voiceRoles: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "representative", "source"]
}
