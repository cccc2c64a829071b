import Foundation

/// Capitalised runs that are nobody's name however they look (real pages, stops 36–37): an office set off by
/// commas after a name ("Jo Roe, Site Head, said"), the parts of a social handle ("@Gen_RKVerma") and an
/// honorific written after one ("@marydavis Ji"), a vessel named like a woman after "the" ("the Ann Harvey and
/// …"). Each was listed as a person of its own.
extension NameRecognizer.RunReading {
    /// "Jo Roe, Site Head, Kestrel Tunnel": two to four capitalised words ending in a role word, set off by a
    /// comma right after another capitalised word and closed by punctuation, are the office of the name before
    /// it. A given name among them ("Jo Roe, Anthony Head, and …", a list of people) keeps the run a name.
    var isOfficeInApposition: Bool {
        guard (2...4).contains(run.count), run.lowerBound > 0, toks[run.lowerBound - 1].isCap,
              toks[run.lowerBound].gapBefore.trimmingCharacters(in: .whitespaces) == ",",
              lex.roles.contains(words[end - 1]), !toks[end - 1].possessive,
              end == toks.count || toks[end].gapBefore.first.map({ ",.;:".contains($0) }) == true,
              !words[run].contains(where: { lex.isGivenName($0) })
        else { return false }
        return true
    }

    /// The token at `k` is part of a social handle: a "@" opens the stretch of text, without a space, that
    /// holds it ("@Gen_RKVerma": "RKVerma" after the underscore is the handle too).
    static func isInsideHandle(_ toks: [NameToken], _ k: Int) -> Bool {
        var i = k
        while i >= 0 {
            let gap = toks[i].gapBefore
            if gap.hasSuffix("@") { return true }
            if i == 0 || !gap.allSatisfy({ $0 == "_" || $0 == "." }) { return false }
            i -= 1
        }
        return false
    }

    /// Honorifics some outlets write after a name or a handle ("@marydavis Ji"): alone after a handle they name no one.
    static let honorificSuffixes: Set<String> = ["ji", "jee", "sahib", "saheb"]

    /// "@marydavis Ji": an honorific right after a handle, with a space between, is the handle's, no name.
    var isHonorificAfterHandle: Bool {
        run.lowerBound > 0 && toks[run.lowerBound].gapBefore == " " && Self.honorificSuffixes.contains(words[run.lowerBound])
            && Self.isInsideHandle(toks, run.lowerBound - 1)
    }

    /// "the Mary Doyle and the Polar Dawn searched …": a given name and one more capitalised word right after a
    /// lower-case "the", closed by punctuation or "and"/"or", name a vessel (or a thing) called after someone; a
    /// person's name takes no article ("the Joe Biden administration" goes on with a noun and stays his).
    var isVesselAfterThe: Bool {
        let lb = run.lowerBound
        guard run.count == 2, lb > 0, words[lb - 1] == "the", !toks[lb - 1].isCap, toks[lb].gapBefore == " ",
              toks[lb + 1].gapBefore == " ", toks[lb].isCap, toks[lb + 1].isCap, !toks[lb + 1].possessive,
              lex.isGivenName(words[lb]), !lex.titles.contains(words[lb]), !lex.roles.contains(words[lb])
        else { return false }
        if end == toks.count { return true }
        let gap = toks[end].gapBefore
        if let c = gap.first, ",.;:".contains(c) { return true }
        return gap == " " && ["and", "or"].contains(words[end])
    }
}
