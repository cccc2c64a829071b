/// "The couple's two children, Maisie, seven, and Alfie, four,": children named by their given names alone,
/// each with an age set off by commas, in a list after a plural noun of children or kin.
///
/// A figure after a name already reads as an age ("Kevin Sharples, 58,"), but copy spells out children's ages
/// ("Maisie, seven,"), and a number word after a comma is too common a thing to take for an age on its own
/// ("In Leeds, seven people …"). Set off after "children", "sons", "grandchildren" and the like, and closed
/// by a comma, it is one; so is each further name of that list.
enum ChildrenWithAges {
    /// Nouns that a list of people named with their ages follows.
    static let kinPlurals: Set<String> = [
        "children", "kids", "sons", "daughters", "grandchildren", "grandsons", "granddaughters", "stepchildren",
        "stepsons", "stepdaughters", "twins", "triplets", "siblings", "brothers", "sisters", "nephews", "nieces",
        "boys", "girls", "youngsters", "toddlers", "babies", "grandkids",
    ]

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]

    /// Whether the name word at `start` (its run ending before `next`) is one of such a list.
    static func listed(_ toks: [NameToken], start: Int, next: Int) -> Bool {
        guard next == start + 1, ageEnd(toks, at: next) != nil else { return false }
        var name = start
        for _ in 0..<8 {
            guard name >= 1 else { return false }
            var before = name - 1
            var gap = toks[name].gapBefore
            // "…, seven, and Alfie": past the "and" to the item before.
            if toks[before].base == "and", !toks[before].isCap, before >= 1 {
                gap = toks[before].gapBefore
                before -= 1
            } else if !setOff(gap) {
                return false
            }
            if setOff(gap), kinPlurals.contains(toks[before].base), !toks[before].isCap { return true }
            // The item before: a capitalised name word, then its age.
            guard let ageStart = ageStart(toks, endingAt: before), ageStart >= 1, setOff(toks[ageStart].gapBefore),
                  toks[ageStart - 1].isCap, !toks[ageStart - 1].isAcronym
            else { return false }
            name = ageStart - 1
        }
        return false
    }

    static func setOff(_ gap: String) -> Bool {
        [",", "–", "—", ":"].contains(gap.trimmingCharacters(in: .whitespaces))
    }

    static func isAge(_ t: NameToken) -> Bool {
        !t.isCap && (numberWords.contains(t.base) || t.token.isNumber && t.token.text.count <= 2)
    }

    /// After ", " at `k`: an age ("seven", "7", "18 months") closed by punctuation or " and"; the index past it.
    static func ageEnd(_ toks: [NameToken], at k: Int) -> Int? {
        guard k < toks.count, setOff(toks[k].gapBefore), isAge(toks[k]) else { return nil }
        var end = k + 1
        if end < toks.count, ["months", "weeks"].contains(toks[end].base), toks[end].gapBefore == " " { end += 1 }
        guard end < toks.count else { return end }
        let gap = toks[end].gapBefore.trimmingCharacters(in: .whitespaces)
        if !gap.isEmpty, gap.allSatisfy({ ",.;)–—".contains($0) }) { return end }
        return toks[end].base == "and" && toks[end].gapBefore == " " ? end : nil
    }

    /// The first token of the age ending at `k` ("seven", or "18" of "18 months").
    static func ageStart(_ toks: [NameToken], endingAt k: Int) -> Int? {
        guard k >= 0 else { return nil }
        if isAge(toks[k]) { return k }
        if ["months", "weeks"].contains(toks[k].base), k >= 1, isAge(toks[k - 1]) { return k - 1 }
        return nil
    }
}
