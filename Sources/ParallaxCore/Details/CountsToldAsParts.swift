import Foundation

/// A total told as its parts: "four passengers and the pilot", "four charges of bribery, and a fifth of obstruction",
/// "four charges … and one of obstruction". Another outlet's "five passengers" or "five charges" counts the whole, so
/// the count reads as N to N+1 and fits both; "five passengers" against "three passengers" still conflicts.
extension DetailExtractor {
    /// How many tokens after the counted noun the "and" may stand ("four charges of obtaining valuable items as a public
    /// servant, and a fifth").
    static let partsReach = 10

    /// Whether one more of the counted thing follows the count `n` in its sentence: "and one", "and a fifth" (the next
    /// ordinal), or "and the" + a singular noun ("and the pilot"; "and the crew" or "and the others" are no one).
    static func oneMoreAfter(_ n: Double, nounEnd: Int, _ toks: [Token], gapAfter: (Int) -> String) -> Bool {
        guard let from = toks.firstIndex(where: { $0.start >= nounEnd }) else { return false }
        var k = from
        while k < toks.count, k - from < partsReach {
            if toks[k].isNumber { return false }
            if toks[k].norm == "and", k + 2 < toks.count {
                let a = toks[k + 1].norm, b = toks[k + 2]
                if a == "one" { return true }
                if ["a", "an"].contains(a), let o = ordinals[b.norm], Double(o) == n + 1 { return true }
                if a == "the", !b.isCapitalized, !b.isNumber, b.norm.count >= 4, !b.norm.hasSuffix("s"),
                   b.norm.allSatisfy(\.isLetter), !StopWords.contains(b.norm), !partsGroupNouns.contains(b.norm),
                   k + 3 >= toks.count || gapAfter(k + 2).contains(where: { ",.;:".contains($0) }) || !toks[k + 3].norm.hasSuffix("s")
                {
                    return true
                }
                return false
            }
            if gapAfter(k).contains(where: { ".;:()".contains($0) }) { return false }
            k += 1
        }
        return false
    }

    /// Singular nouns that name a group, not one more: "four passengers and the crew".
    static let partsGroupNouns: Set<String> = ["crew", "rest", "staff", "team", "family", "public", "police", "other", "whole"]
}
