import Foundation

extension NameRecognizer {
    /// An unproven two- or three-word name listed next to proven ones ("Megan Greene, Clare Lombardelli,
    /// Catherine Mann and Huw Pill") is a person too; so is a one-word name inside the sentence listed right
    /// before or after a proven full name ("the midfield of Vitinha, João Neves and Fabián Ruiz").
    static func propagateThroughLists(_ runs: inout [CapitalRun], _ toks: [NameToken], _ lex: NameLexicon) {
        func linked(_ a: CapitalRun, _ b: CapitalRun) -> Bool {
            // b follows a, separated by ", " or " and " / ", and " / " or ".
            guard !a.core.isEmpty, !b.all.isEmpty, a.core.upperBound == a.all.upperBound, b.core.lowerBound == b.all.lowerBound else { return false }
            let between = b.all.lowerBound - a.all.upperBound
            let gap = toks[b.all.lowerBound].gapBefore
            if between == 0 { return gap == ", " }
            if between == 1 {
                let w = toks[a.all.upperBound]
                return (w.base == "and" || w.base == "or") && (w.gapBefore == " " || w.gapBefore == ", ") && gap == " "
            }
            return false
        }
        for _ in 0..<2 {
            for k in runs.indices where runs[k].evidence == .none && !runs[k].isOrganisation && runs[k].core.count <= 3
                && (runs[k].core.count >= 2 || runs[k].core.count == 1 && runs[k].all.count == 1 && !runs[k].sentenceInitial)
                && !toks[runs[k].core.upperBound - 1].possessive
            {
                // "Minister of Tourism and Wildlife …": what follows "Title of" names the office, not a person.
                let lb = runs[k].all.lowerBound
                if lb >= 2, toks[lb - 1].base == "of", toks[lb - 2].isCap { continue }
                // "Paul Turner, Transdev commercial director, said": an employer before a role is an apposition.
                let after = runs[k].all.upperBound
                if runs[k].core.count == 1, after < toks.count, !["and", "or"].contains(toks[after].base),
                    PersonCues.roleWithin(toks, after, lex)
                { continue }
                let prev = k > 0 && runs[k - 1].evidence > .none && runs[k - 1].core.count >= 2 && linked(runs[k - 1], runs[k])
                var next = k + 1 < runs.count && runs[k + 1].evidence > .none && runs[k + 1].core.count >= 2 && linked(runs[k], runs[k + 1])
                // "the regional Civil Protection, Franco Dellagiacoma, explained": a name between commas
                // before a lowercase word is an apposition naming who heads the thing, not a list member.
                if next, runs[k + 1].all.lowerBound == runs[k].all.upperBound {
                    let e = runs[k + 1].all.upperBound
                    if e < toks.count, toks[e].gapBefore == ", ", !toks[e].isCap, !["and", "or"].contains(toks[e].base) { next = false }
                }
                if prev || next { runs[k].evidence = .weak }
            }
        }
    }
}
