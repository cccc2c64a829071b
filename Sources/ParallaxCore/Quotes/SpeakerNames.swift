import Foundation

/// How a speaker found by `QuoteAttributor` is written in the ledger: the full name for a name run, the
/// words that say which holder of a role is meant, and an unnamed phrase in lower case.
extension QuoteAttributor {
    /// The words between "the" and a role word ("health" in "the health minister"), which say which of the
    /// people given that role is meant.
    func qualifiers(_ toks: [Int], _ from: Int, _ to: Int) -> [String] {
        guard from < to, to < toks.count else { return [] }
        // "the Danish coach": a capitalised word before a role in lower case is a nationality or a place,
        // which describes the person rather than naming an office.
        let roleInCapitals = ctx.tokens[toks[to]].isCapitalized
        return toks[from..<to].filter { roleInCapitals || !ctx.tokens[$0].isCapitalized }
            .map { NameRunCues.bareRole(NameRuns.stripPossessive(norm($0))) }
            .filter { !AttributionLexicon.determiners.contains($0) && !Self.describingWords.contains($0) }
    }

    /// Words that describe the holder of a role, not which role: "the new premier", "the veteran coach".
    static let describingWords: Set<String> = ["new", "outgoing", "current", "then", "veteran", "embattled", "longtime", "long-serving", "beleaguered", "young", "experienced", "popular", "controversial"]

    func canonical(_ r: NameRun) -> String {
        // "Her Honour", "His Honour": how courts name the judge.
        if r.wordCount == 1, ["honour", "honor"].contains(r.name.lowercased()), r.tokenRange.lowerBound > 0,
           ["her", "his"].contains(norm(r.tokenRange.lowerBound - 1)),
           let judge = names.roleAntecedent("judge", article: article, paragraph: paragraph, offset: r.start) {
            return judge
        }
        return names.canonical(r.name, article: article, paragraph: paragraph, offset: r.start, end: r.end)
    }

    func lowerFirst(_ s: String) -> String {
        guard let f = s.first, f.isUppercase else { return s }
        let firstWord = s.prefix { !$0.isWhitespace }.lowercased()
        // "People familiar with the talks said": a plural head no name is made of, capitalised only because it
        // opens the sentence, is an unnamed phrase like "a person familiar with …".
        // "No 10 spokesman", "No. 2 official": "No" before a figure is an abbreviation of number, not the determiner.
        if firstWord == "no" || firstWord == "no.", s.dropFirst(firstWord.count).drop(while: { $0 == " " || $0 == "." }).first?.isNumber == true { return s }
        if AttributionLexicon.determiners.contains(firstWord) || Self.quantifiers.contains(firstWord) && firstWord != "one" {
            return f.lowercased() + s.dropFirst()
        }
        return s
    }
}
