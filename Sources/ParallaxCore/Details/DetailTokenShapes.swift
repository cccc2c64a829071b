import Foundation

/// The token tests and word tables `DetailExtractor.scan` reads: what a number, a day, a month, a year,
/// a length of time and an event ordinal look like as tokens, kept apart from the walk that combines them.
extension DetailExtractor {
    static func number(_ t: Token) -> Double? {
        if let w = numberWords[t.norm] { return w }
        guard t.isNumber else { return nil }
        return Double(WordAnalyzer.numberKey(t.norm))
    }

    static func singular(_ w: String) -> String {
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { return String(w.dropLast()) }
        return w
    }

    /// The ordinal a length of time is the window of ("the fifth time in a year", "the first time in its
    /// 28-year history"), as a context marker: windows of a fifth and of a first event are different facts,
    /// so `DetailMatcher` does not compare them.
    static func eventOrdinal(before first: Int, _ toks: [Token]) -> Set<String> {
        var k = first - 1
        while k >= 0, first - k <= 3, ["its", "the", "their", "his", "her", "a", "an"].contains(toks[k].norm) { k -= 1 }
        guard k >= 1, toks[k].norm == "in" else { return [] }
        return ordinalBefore(k, toks, within: 6)
    }

    /// The event ordinal of a window opened by "since" ("the first state visit … since 1995"): the same window
    /// as "the first state visit … in 31 years".
    static func eventOrdinal(since k: Int, _ toks: [Token]) -> Set<String> { ordinalBefore(k, toks, within: 9) }

    /// "first" or an ordinal a few words before token `k` ("the first Calvoran state visit to Aldren in …").
    private static func ordinalBefore(_ k: Int, _ toks: [Token], within: Int) -> Set<String> {
        for m in stride(from: k - 1, through: max(0, k - within), by: -1) {
            let w = toks[m].norm
            if let n = w == "first" ? 1 : ordinals[w] ?? ordinalDigits(w) { return ["(event \(n))"] }
        }
        return []
    }

    /// Nouns for a person that "of N years" gives an age to ("a boy of nine years").
    static let personNouns: Set<String> = [
        "man", "woman", "boy", "girl", "child", "son", "daughter", "grandson", "granddaughter", "grandchild",
        "baby", "teenager", "youth", "pensioner", "widow", "widower", "brother", "sister", "nephew", "niece",
    ]

    /// Context marker of a length of time counted back from now ("three years ago"): a moment, which no
    /// length of time ("ending 22 years of rule") contradicts. Not a word, so it never matches one.
    static let agoMarker = "(ago)"

    /// Context prefix of a count of times something was done, before the doing's stem ("(times) rung" for
    /// "rung 88 times"): "88 times" of a bell and "more than 40 times" of a recording count different doings.
    static let frequencyMarker = "(times) "

    /// Context marker of a partitive count ("two of the men"); not a word, so it never matches one.
    static let partitiveMarker = "(part of)"

    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    static func monthFull(_ w: String) -> Bool { monthNames.contains(w) || w == "may" }

    static func dayNumber(_ t: Token) -> Int? {
        guard startsWithDigit(t.norm) else { return nil }
        var w = t.norm
        for s in ["st", "nd", "rd", "th"] where w.hasSuffix(s) { w = String(w.dropLast(2)) }
        guard let d = Int(w), d >= 1, d <= 31 else { return nil }
        return d
    }

    /// Whether any rule of `scan` can fire at this token; most words of running text cannot, and skipping
    /// them is most of what extraction costs. Must list every way a rule starts (numbers, capitals for
    /// months, digits for days and ordinals, hyphens, number and ordinal words, and the starter words).
    /// A capital matters only to the month rule: every other rule starts at a number, a digit, a hyphen or
    /// one of the words below, capitalised or not.
    static func mayStartDetail(_ t: Token) -> Bool {
        if t.isNumber || startsWithDigit(t.norm) || ByteSearch.contains(t.norm, UInt8(ascii: "-")) { return true }
        if t.isCapitalized && isMonthLike(t.norm) { return true }
        return detailStarterTable.contains(t.norm)
    }

    /// The words the month rule of `scan` accepts: an abbreviation ("Sep", "Sept") or a full name.
    static func isMonthLike(_ w: String) -> Bool {
        (w.utf8.count == 3 && months.contains(w)) || w == "sept" || monthFull(w)
    }

    /// Starter words, number words and ordinal words in one set: one lookup per word.
    static let detailStarters: Set<String> = Set(weekdays)
        .union(["since", "from", "between", "a", "an", "half", "quarter", "pair", "couple", "dozen"])
        .union(pluralRounds.keys).union(roundUnits.keys).union(["tens"])
        .union(numberWords.keys).union(ordinals.keys)
    /// `detailStarters` as a byte hash table: asked of every word, where hashing a `String` cost three times as much.
    static let detailStarterTable = ByteStringSet(detailStarters)

    /// Cheap test that keeps the suffix-stripping parsers off ordinary words (they run on every token).
    static func startsWithDigit(_ w: String) -> Bool {
        guard let f = w.utf8.first else { return false }
        return f >= UInt8(ascii: "0") && f <= UInt8(ascii: "9")
    }

    static func year(_ t: Token) -> Int? {
        guard t.isNumber, t.norm.count == 4, let y = Int(t.norm), y >= 1800, y <= 2100 else { return nil }
        return y
    }

    static func ordinalDigits(_ w: String) -> Int? {
        guard startsWithDigit(w) else { return nil }
        for s in ["st", "nd", "rd", "th"] where w.hasSuffix(s) {
            if let n = Int(w.dropLast(2)), n > 1 { return n }
        }
        return nil
    }

    /// How far (in words) `DetailMention.clause` reaches either side of a value.
    static let clauseReach = 8
    /// `w.count >= 3` without counting Characters when the bytes decide: fewer than three bytes are fewer than
    /// three Characters, and ASCII bytes are one Character each (a word holds no CR LF).
    static func hasAtLeastThreeCharacters(_ w: String) -> Bool {
        let n = w.utf8.count
        if n < 3 { return false }
        if w.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return true }
        return w.count >= 3
    }

    /// `EnglishStemmer.stem(w)`, read from the article's lexicon when alignment's features stemmed this very
    /// word (`WordAnalyzer.Lexeme.stemmed`), else from `cache`, else stemmed and kept there.
    static func stem(_ w: String, lexicon: [String: WordAnalyzer.Lexeme]?, cache: inout [String: String]) -> String {
        if let known = lexicon?[w], known.stemmed { return known.stem }
        if let cached = cache[w] { return cached }
        let stem = EnglishStemmer.stem(w)
        cache[w] = stem
        return stem
    }

    /// How far (in words) `DetailMention.near` reaches either side of a value.
    static let nearReach = 4

    /// Whether a rule of `scan` can fire at "a" or "an" followed by `next`: only a length of time ("a decade",
    /// "a quarter of a century") and a share ("a third of") start at the article; every other rule needs a
    /// number, a digit, a hyphen or another word at its first token. "a"/"an" are the most frequent starters
    /// in running text (a third of them on a long pair), and each met every rule.
    static func mayStartWithArticle(_ next: String) -> Bool { articleFollowers.contains(next) }
    static let articleFollowers: Set<String> = Set(units.keys).union(fractionWords.keys)

    /// Verbs of asking: a floor after them ("sought … no less than 16 years") is the figure asked for.
    static let demandVerbs: Set<String> = [
        "asked", "asks", "asking", "sought", "seeks", "seeking", "demanded", "demands", "demanding", "requested",
        "requests", "wanted", "wants", "proposed", "proposes", "urged", "urges",
    ]

    /// A rank written as an ordinal joined to a superlative ("third-busiest", "second-largest", "10th-biggest",
    /// "second-best"): the ordinal, and the superlative it ranks by, so "third-busiest airport" meets "fifth-busiest
    /// airport" and neither a "second runway" nor a "fifth-largest airport".
    static func rank(_ w: String) -> (Int, String)? {
        guard ByteSearch.contains(w, UInt8(ascii: "-")) else { return nil }
        let parts = w.split(separator: "-").map(String.init)
        guard parts.count == 2, let o = ordinals[parts[0]] ?? ordinalDigits(parts[0]) else { return nil }
        let s = parts[1]
        guard s.hasSuffix("est") && s.count >= 5 || ["best", "worst"].contains(s) else { return nil }
        return (o, s)
    }

    /// "11 years", "a decade", "three decades", "a quarter of a century", "half a century": days and the last token.
    /// Words before "a year" / "a week" that make it a frequency ("twice a year", "four times a day").
    static let frequencyWords: Set<String> = ["once", "twice", "thrice", "times"]

    static func duration(at i: Int, _ toks: [Token]) -> (Double, Int)? {
        func w(_ k: Int) -> String { k < toks.count ? toks[k].norm : "" }
        if w(i) == "a" || w(i) == "an", w(i + 1) == "quarter", w(i + 2) == "of", w(i + 3) == "a" || w(i + 3) == "an", let u = units[w(i + 4)] {
            return (u / 4, i + 4)
        }
        if w(i) == "half", w(i + 1) == "a", let u = units[w(i + 2)] { return (u / 2, i + 2) }
        let n: Double?
        if w(i) == "a" || w(i) == "an" { n = 1 } else if let x = numberWords[w(i)] { n = x } else if toks[i].isNumber, let x = Double(w(i)), x < 1000 { n = x } else { n = nil }
        guard let count = n, let u = units[w(i + 1)] else { return nil }
        return (count * u, i + 1)
    }
}
