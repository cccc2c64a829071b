/// Whose count a number is, when the sentence names it just before: "Teodora Vance, 47, took 48,112 votes",
/// "beating … Callum Reddaway by 8,242 votes", "Priya Lal of the Green Party came third with 17,455 votes".
///
/// An election or a match gives several counts of one noun (votes, goals, shots) that belong to different
/// candidates or sides; with the noun alone they read as one count told differently, a false conflict. Two
/// counts with different owners are different facts. A count with no owner in reach compares as before, so
/// this only ever removes a conflict.
enum CountOwners {
    /// How far back (in words) the owner's name may stand.
    static let reach = 6

    /// The folded name word closest before token `first`, if a capitalised word (not the sentence's first, a
    /// weekday, a month or a place) stands within `reach` words.
    static func owner(before first: Int, _ toks: [Token], places: Set<String>) -> String? {
        var k = first - 1
        while k >= 1, first - k <= reach {
            let t = toks[k]
            if t.isCapitalized, !t.isNumber {
                let w = t.norm
                let folded = NameLexicon.key(w)
                if !DetailExtractor.weekdays.contains(w), !DetailExtractor.monthFull(w), !places.contains(folded) {
                    return folded
                }
            }
            k -= 1
        }
        return nil
    }
}
