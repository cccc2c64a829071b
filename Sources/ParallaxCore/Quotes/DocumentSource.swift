import Foundation

/// Words quoted from a document that a participle brings in ("ignored a report warning that “…”", "received a
/// letter from the trust saying that “…”", "a leaked letter from the board …, said"): the document speaks, for
/// whoever issued it when the text says ("from the trust", "by the State Audit Office"), else as itself ("a
/// report"). The person the sentence is about (who ignored it, who received it) only mentions it.
extension QuoteAttributor {
    /// The source of the document noun standing right before the participle at `v`: at most six words back,
    /// with nothing between them but "from/by/of" and the issuer, or a time ("last month").
    func documentSource(_ toks: [Int], participle v: Int) -> String? {
        guard v > 0, let d = stride(from: v - 1, through: max(0, v - 6), by: -1).first(where: { Self.documents.contains(norm(toks[$0])) }),
            !(d + 1...v).contains(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { ",;:.()–—".contains($0) }) }),
            !(d + 1..<v).contains(where: { isVerb(toks[$0]) })
        else { return nil }
        // A document noun that is a verb here ("the union's leaders report saying …") has a subject before it,
        // not a determiner.
        guard d > 0, let det = stride(from: d - 1, through: max(0, d - 4), by: -1).first(where: { AttributionLexicon.determiners.contains(norm(toks[$0])) }),
            !(det + 1..<d).contains(where: { ctx.gap(toks[$0 - 1], toks[$0]).contains(where: { ",;:.".contains($0) }) || isVerb(toks[$0]) })
        else { return nil }
        // "Marchetti issued a statement saying …": a document its subject issues speaks for that subject.
        if det > 0, Self.issuingVerbs.contains(norm(toks[det - 1])) { return nil }
        if let s = documentIssuer(toks, document: d, end: v) { return s }
        if d + 1 < v { return nil }  // other words between: what they are is not known
        return lowerFirst(ScalarText.slice(ctx.text, ctx.tokens[toks[det]].start, ctx.tokens[toks[d]].end))
    }

    /// "a letter from the trust", "an audit by the State Audit Office", "a report written by X": the issuer named
    /// after "from" or "by" (an organisation named before when the text says only "the trust"). "A report
    /// commissioned by the airport" was not written by the airport: the report itself.
    func documentIssuer(_ toks: [Int], document d: Int, end: Int) -> String? {
        var b = d + 1
        if b + 1 < end, norm(toks[b]).hasSuffix("ed"), norm(toks[b + 1]) == "by" {
            guard Self.authoringParticiples.contains(norm(toks[b])) else {
                guard d > 0, let det = stride(from: d - 1, through: max(0, d - 4), by: -1).first(where: { AttributionLexicon.determiners.contains(norm(toks[$0])) })
                else { return nil }
                return lowerFirst(ScalarText.slice(ctx.text, ctx.tokens[toks[det]].start, ctx.tokens[toks[d]].end))
            }
            b += 1
        }
        guard b + 1 < end, ["from", "by"].contains(norm(toks[b])) else { return nil }
        var n = b + 1
        if norm(toks[n]) == "the", n + 1 < end { n += 1 }
        if let r = ctx.run(startingAt: toks[n]) { return r.isOrganisation ? r.name : canonical(r) }
        guard norm(toks[n - 1]) == "the", !ctx.tokens[toks[n]].isCapitalized else { return nil }
        let noun = norm(toks[n])
        if let o = names.organisationAntecedent(noun, article: article, paragraph: paragraph, offset: ctx.tokens[toks[n]].start) { return o }
        return "the " + noun
    }

    static let authoringParticiples: Set<String> = [
        "written", "prepared", "produced", "compiled", "published", "issued", "released", "signed", "drafted", "sent", "posted",
    ]

    static let issuingVerbs: Set<String> = [
        "issued", "issues", "issue", "released", "releases", "release", "published", "publishes", "publish", "sent",
        "sends", "send", "wrote", "writes", "write", "written", "signed", "signs", "posted", "posts", "put", "puts",
        "circulated", "delivered", "read", "reads", "filed", "files", "tabled", "submitted", "drafted", "penned",
    ]
}
