import Foundation

/// The verb whose time a year gives: "were taken by a Victorian vicar in 1896" / "taken in 1893 by the Rev …".
///
/// Two outlets dating one event differently rarely word the rest of the sentence alike (a tabloid's aside against a
/// broadsheet's lead), so word overlap alone misses them; the participle the year belongs to says which event it
/// dates. A year whose clause names no participle has none, and is compared as before.
enum YearEvents {
    /// The stemmed participle nearest before token `i` (the year) in the same clause, within `reach` words, or nil.
    /// Lower-case words only: "Victorian", "Sweden" are no verbs.
    static func event(before i: Int, _ toks: [Token], gapAfter: (Int) -> String, reach: Int = 8) -> String? {
        var k = i - 1
        while k >= 0, i - k <= reach {
            if gapAfter(k).contains(where: { ",;:()–—".contains($0) }) || toks[k].isNumber { return nil }
            let w = toks[k].norm
            if !toks[k].isCapitalized, isParticiple(w) { return EnglishStemmer.stem(w) }
            k -= 1
        }
        return nil
    }

    /// "taken", "collected", "sold": a regular "-ed" or "-en" form of five letters or more, or a common irregular one.
    static func isParticiple(_ w: String) -> Bool {
        if irregular.contains(w) { return true }
        guard w.count >= 5, w.allSatisfy(\.isLetter) else { return false }
        if notParticiples.contains(w) { return false }
        return w.hasSuffix("ed") || w.hasSuffix("en")
    }

    /// Not "born": two people's births are two events with one participle.
    static let irregular: Set<String> = [
        "made", "built", "sold", "bought", "paid", "won", "lost", "held", "found", "seen", "shot", "sent", "left",
        "stolen", "taken", "given", "written", "chosen", "begun", "drawn", "grown", "known", "shown", "thrown", "hung", "brought",
    ]

    /// Words in "-ed" / "-en" that are no participles.
    static let notParticiples: Set<String> = [
        "children", "women", "garden", "kitchen", "citizen", "seven", "eleven", "often", "hundred", "between", "golden",
        "wooden", "sudden", "dozen", "screen", "green", "queen", "indeed", "speed", "seed", "need", "bed", "breed",
    ]
}
