import Foundation

extension NameRecognizer {
    /// An unproven two- or three-word name listed next to proven ones ("Megan Greene, Clare Lombardelli,
    /// Catherine Mann and Huw Pill") is a person too; so is a one-word name inside the sentence listed right
    /// before or after a proven full name ("the midfield of Vitinha, João Neves and Fabián Ruiz"). A short
    /// aside in brackets after a listed name ("Ann Roe (“Tides”), Kit Marr (Labour) and …": a work, a party, a
    /// club) does not break the list.
    static func propagateThroughLists(_ runs: inout [CapitalRun], _ toks: [NameToken], _ lex: NameLexicon) {
        func linked(_ a: CapitalRun, _ b: CapitalRun) -> Bool {
            // b follows a, separated by ", " or " and " / ", and " / " or ".
            guard !a.core.isEmpty, !b.all.isEmpty, a.core.upperBound == a.all.upperBound, b.core.lowerBound == b.all.lowerBound else { return false }
            if let linkedAfterBracket = linkedPastBracket(a, b, toks) { return linkedAfterBracket }
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
                // The names next to it in the list; a run inside a bracketed aside ("“Small Hours”") may stand between.
                let prev = (max(0, k - 3)..<k).contains { j in runs[j].evidence > .none && runs[j].core.count >= 2 && linked(runs[j], runs[k]) }
                let n = (k + 1..<min(runs.count, k + 4)).first { j in runs[j].evidence > .none && runs[j].core.count >= 2 && linked(runs[k], runs[j]) }
                var next = n != nil
                // "the regional Civil Protection, Franco Dellagiacoma, explained": a name between commas
                // before a lowercase word is an apposition naming who heads the thing, not a list member.
                if let n, runs[n].all.lowerBound == runs[k].all.upperBound {
                    let e = runs[n].all.upperBound
                    if e < toks.count, toks[e].gapBefore == ", ", !toks[e].isCap, !["and", "or"].contains(toks[e].base) { next = false }
                }
                if prev || next { runs[k].evidence = .weak }
            }
        }
    }

    /// Whether `b` is the list item after `a` when a bracketed aside of at most eight words follows `a`: the
    /// bracket closes right before ", " and `b`, or before "and"/"or" and `b`. Nil when no bracket follows `a`.
    static func linkedPastBracket(_ a: CapitalRun, _ b: CapitalRun, _ toks: [NameToken]) -> Bool? {
        let open = a.all.upperBound
        guard open < b.all.lowerBound, toks[open].gapBefore.contains("("), !toks[open].gapBefore.contains(")") else { return nil }
        guard let close = (open + 1...b.all.lowerBound).first(where: { toks[$0].gapBefore.contains(")") }), close - open <= 8,
              !toks[(open + 1)..<close].contains(where: { $0.gapBefore.contains("(") }),
              let paren = toks[close].gapBefore.lastIndex(of: ")")
        else { return false }
        let tail = toks[close].gapBefore[toks[close].gapBefore.index(after: paren)...]
        if close == b.all.lowerBound { return tail == ", " }
        return close + 1 == b.all.lowerBound && ["and", "or"].contains(toks[close].base) && !toks[close].isCap
            && (tail == " " || tail == ", ") && toks[b.all.lowerBound].gapBefore == " "
    }
}
