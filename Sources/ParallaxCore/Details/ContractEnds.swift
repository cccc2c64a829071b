import Foundation

/// The year a contract runs to: "a deal to the summer of 2029", "a contract, running until June 2030".
///
/// A newsletter's one-line summary and a club's announcement give the end of one contract in sentences that share
/// next to nothing ("summer" at most), so word overlap never pairs them; the contract noun before "to" / "until" says
/// which date the year is. Such years are one event (`DetailMention.event` is `marker`), compared like the years of
/// one participle (`YearEvents`): they conflict however little else the sentences share, unless either article also
/// gives the other's year.
enum ContractEnds {
    /// The event key of a contract's end year.
    static let marker = "(contract end)"

    static let nouns: Set<String> = ["contract", "contracts", "deal", "agreement", "lease", "loan", "extension"]

    /// Words that say how far it runs: "to", "until", "till", "through", and "expires in" / "ending in".
    static let untilWords: Set<String> = ["to", "until", "till", "through", "thru"]
    static let expiryVerbs: Set<String> = ["expires", "expire", "expiring", "ends", "ending", "runs", "running"]

    /// The part of the year named between the preposition and the year: "the summer of", "June", "the end of".
    static let periodWords: Set<String> = [
        "the", "of", "end", "start", "close", "middle", "summer", "spring", "autumn", "winter", "fall", "season",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// How many words may stand between the contract noun and the preposition ("a contract, running until", "a deal
    /// with the club to").
    static let nounReach = 4

    /// The event the year at token `i` dates: a contract's end (`marker`), else the participle that governs it
    /// (`YearEvents`), else nil.
    static func event(year i: Int, _ toks: [Token], gapAfter: (Int) -> String) -> String? {
        isEnd(year: i, toks, gapAfter: gapAfter) ? marker : YearEvents.event(before: i, toks, gapAfter: gapAfter)
    }

    /// Whether the year at token `i` is where a contract ends.
    static func isEnd(year i: Int, _ toks: [Token], gapAfter: (Int) -> String) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 5, periodWords.contains(toks[k].norm) {
            if gapAfter(k).contains(where: { ",;:()–—.".contains($0) }) { return false }
            k -= 1
        }
        guard k >= 0, !gapAfter(k).contains(where: { ",;:()–—.".contains($0) }) else { return false }
        var prep = k
        if toks[k].norm == "in", k > 0, expiryVerbs.contains(toks[k - 1].norm) {
            prep = k - 1
        } else if !untilWords.contains(toks[k].norm) {
            return false
        }
        var n = prep - 1
        while n >= 0, prep - n <= nounReach {
            if gapAfter(n).contains(where: { ";:()–—.".contains($0) }) || toks[n].isNumber { return false }
            if nouns.contains(toks[n].norm) { return true }
            n -= 1
        }
        return false
    }
}
