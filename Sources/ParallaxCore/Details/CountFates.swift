import Foundation

/// What happened to the people a count counts. Disaster, crime and conflict copy counts the same noun
/// ("14 people", "three residents") for the dead, the missing, the injured and the evacuated, and those are
/// different facts: "three people are still missing" must not contradict "twelve people have died", while
/// "16 dead", "14 deaths" and "killing at least 14 people" are one fact told three ways.
///
/// The fate is read from the words right after the counted noun ("people are still missing", "have been
/// taken to hospital"), from a verb right before the count ("killing at least 14"), from a toll the count is
/// the value of ("the death toll to 16"), or from an adjective used as the subject ("The injured are 23").
/// It is kept in the count's context as a marker that is not a word, so `DetailMatcher` compares counts of
/// one fate and keeps counts of different fates apart.
enum CountFates {
    /// Marker put in a count's context: "(fate dead)".
    static func marker(_ fate: String) -> String { "(fate \(fate))" }

    /// The fate marker of a context, if any.
    static func fate(of context: Set<String>) -> String? { context.first { $0.hasPrefix("(fate ") } }

    /// Words that say what happened, folded, to the fate they name.
    static let words: [String: String] = [
        "dead": "dead", "died": "dead", "killed": "dead", "deaths": "dead", "death": "dead", "perished": "dead",
        "drowned": "dead", "fatalities": "dead", "fatality": "dead",
        "missing": "missing", "unaccounted": "missing",
        "injured": "injured", "injuries": "injured", "injury": "injured", "wounded": "injured", "hurt": "injured", "hospital": "injured",
        "hospitalised": "injured", "hospitalized": "injured",
        "evacuated": "evacuated", "evacuees": "evacuated", "evacuee": "evacuated", "displaced": "evacuated",
        "rescued": "rescued",
        "arrested": "arrested", "arrests": "arrested", "arrest": "arrested", "detained": "arrested",
    ]

    /// Verbs before a count that give its fate ("killing at least 14 people", "injuring 23").
    static let verbsBefore: [String: String] = [
        "killing": "dead", "killed": "dead", "kill": "dead", "kills": "dead", "claiming": "dead",
        "injuring": "injured", "injured": "injured", "wounding": "injured", "wounded": "injured",
        "evacuating": "evacuated", "evacuated": "evacuated", "rescuing": "rescued", "rescued": "rescued",
        "arresting": "arrested", "arrested": "arrested", "detaining": "arrested", "detained": "arrested",
    ]

    /// Words between a count and its fate that do not change it ("are now known to have died", "have been
    /// taken to hospital", "remain unaccounted for").
    static let fillers: Set<String> = [
        "are", "were", "is", "was", "have", "has", "had", "been", "be", "being", "still", "now", "later", "all",
        "confirmed", "reported", "known", "to", "believed", "feared", "thought", "presumed", "remain", "remains",
        "remained", "listed", "officially", "already", "also", "who", "that", "taken", "the", "a", "in",
    ]

    /// The fate given after token `from` (the first token after the count and its noun), reading at most six
    /// words and stopping at clause punctuation or another number. `gapBefore(k)` is the text before token k.
    /// Also the last token of the words that gave it, so a claim can show them ("Three people are still missing").
    static func after(_ from: Int, _ toks: [Token], gapBefore: (Int) -> String) -> (fate: String, last: Int)? {
        var k = from
        while k < toks.count, k < from + 6 {
            if k > 0, gapBefore(k).contains(where: { ",;:.()—".contains($0) }) { return nil }
            let w = toks[k].norm
            if toks[k].isNumber || DetailExtractor.numberWords[w] != nil { return nil }
            if let f = words[w] { return (f, k) }
            // "moved out of their homes", "forced from their homes"
            if ["moved", "forced", "driven"].contains(w), k + 1 < toks.count, ["out", "from"].contains(toks[k + 1].norm) {
                return ("evacuated", k + 1)
            }
            guard fillers.contains(w) else { return nil }
            k += 1
        }
        return nil
    }

    /// The fate given before the claim's first token: a verb ("killing at least 14"), or a toll the number is
    /// the value of ("bringing the death toll to 16", "the toll stood at 14").
    static func before(_ first: Int, _ toks: [Token]) -> String? {
        guard first > 0 else { return nil }
        if let f = verbsBefore[toks[first - 1].norm] { return f }
        if ["to", "at", "of"].contains(toks[first - 1].norm) {
            for k in stride(from: first - 2, through: max(0, first - 4), by: -1) where toks[k].norm == "toll" {
                return "dead"
            }
        }
        return nil
    }

    /// "The injured are 23", "the evacuated number 1,150": the word of "the WORD are" before the count, when
    /// it is a fate word used as a noun.
    static func subject(_ first: Int, _ toks: [Token]) -> String? {
        guard first >= 3, ["are", "were", "number", "numbered", "total", "totalled", "totaled"].contains(toks[first - 1].norm),
            toks[first - 3].norm == "the"
        else { return nil }
        return words[toks[first - 2].norm]
    }
}
