import Foundation

/// Role descriptions that can stand for one person in a story: "the Chinese leader", "China’s paramount
/// leader", "the US president". Linked only when exactly one current head of state or government of that
/// country was introduced by name in the story; otherwise left alone.
enum EpithetFinder {
    struct Epithet {
        var start: Int
        var end: Int
        var country: String
    }

    static let heads: [[String]] = [
        ["head", "of", "state"], ["head", "of", "government"], ["prime", "minister"], ["supreme", "leader"],
        ["leader"], ["president"], ["premier"], ["chancellor"], ["king"], ["queen"], ["monarch"], ["ruler"],
        ["strongman"], ["emperor"],
    ]
    /// Words that may sit between the nationality and the role ("paramount", "new", "top").
    static let fillerStops: Set<String> = ["and", "or", "of", "the", "a", "an", "former", "late", "ex", "then", "previous", "opposition", "deputy", "vice", "foreign", "defence", "defense", "finance", "trade"]

    static func find(in pn: ParagraphNames, lexicon lex: NameLexicon) -> [Epithet] {
        let toks = pn.tokens
        let words = toks.map(\.base)
        var out: [Epithet] = []
        var k = 0
        while k < toks.count {
            var countryEnd = -1  // index after the nationality words
            var country: String?
            var start = toks[k].token.start
            if toks[k].base == "the", !toks[k].isCap || toks[k].sentenceInitial, k + 1 < toks.count {
                (country, countryEnd) = nationality(toks, words, k + 1, lex)
            } else if toks[k].possessive, toks[k].isCap || toks[k].isAcronym {
                let name = String(toks[k].token.text.unicodeScalars.prefix(toks[k].baseEnd - toks[k].token.start))
                if k > 0, toks[k - 1].isCap, toks[k].gapBefore == " ", lex.places.contains(toks[k - 1].base + " " + toks[k].base) {
                    country = toks[k - 1].token.text + " " + name  // "South Korea's president"
                    start = toks[k - 1].token.start
                } else if lex.places.contains(toks[k].base) { country = name }
                else if let c = PersonCues.acronymCountries[toks[k].base] { country = c }
                countryEnd = k + 1
            }
            guard let c = country, countryEnd > k, countryEnd < toks.count else { k += 1; continue }
            var h = countryEnd
            var fillers = 0
            var matched: Int?
            while h < toks.count, fillers <= 2 {
                if toks[h].isCap || toks[h].gapBefore != " " { break }
                if let n = headMatch(toks, h) { matched = h + n; break }
                if fillerStops.contains(toks[h].base) || lex.speechVerbs.contains(toks[h].base) { break }
                fillers += 1
                h += 1
            }
            guard let endTok = matched else { k += 1; continue }
            // "Japan's new premier Sanae Takaichi" is a title before a name, not a stand-in for one.
            if endTok < toks.count, toks[endTok].isCap, toks[endTok].gapBefore == " ", !toks[endTok - 1].possessive {
                k = endTok
                continue
            }
            out.append(Epithet(start: start, end: toks[endTok - 1].baseEnd, country: c))
            k = endTok
        }
        return out
    }

    /// Titles that stand for one person when written alone after "the" ("the Prime Minister said").
    static let bareTitles: [[String]] = [
        ["prime", "minister"], ["chief", "minister"], ["first", "minister"], ["foreign", "minister"],
        ["finance", "minister"], ["chief", "executive"], ["chief", "justice"], ["president"], ["premier"],
        ["chancellor"], ["pope"], ["governor"], ["mayor"], ["king"], ["queen"], ["taoiseach"],
    ]

    /// "the Prime Minister", "the president": a title with nothing after it naming someone or somewhere
    /// ("the President of France", "the Prime Minister Ranil …" are left alone). The caller links it to the
    /// one person the story introduces with that title.
    static func findBare(in pn: ParagraphNames) -> [(start: Int, end: Int, title: String)] {
        let toks = pn.tokens
        var out: [(start: Int, end: Int, title: String)] = []
        for k in toks.indices where toks[k].base == "the" && k + 1 < toks.count {
            for words in bareTitles {
                let range = (k + 1)..<(k + 1 + words.count)
                guard range.upperBound <= toks.count,
                      zip(range, words).allSatisfy({ toks[$0].base == $1 && !toks[$0].possessive && toks[$0].gapBefore == " " })
                else { continue }
                let after = range.upperBound
                if after < toks.count, toks[after].gapBefore == " ", toks[after].isCap || toks[after].isAcronym || ["of", "for"].contains(toks[after].base) { break }
                out.append((toks[k].token.start, toks[after - 1].baseEnd, words.joined(separator: " ")))
                break
            }
        }
        return out
    }

    /// A nationality starting at `i`: a demonym ("Chinese", "South Korean"), "US"/"U.S.", or a country name.
    static func nationality(_ toks: [NameToken], _ words: [String], _ i: Int, _ lex: NameLexicon) -> (String?, Int) {
        let limit = min(toks.count, i + 4)
        if toks[i].isAcronym, let c = PersonCues.acronymCountries[toks[i].base] { return (c, i + 1) }
        if toks[i].token.text == "U", i + 1 < toks.count, toks[i + 1].token.text == "S", toks[i + 1].gapBefore == "." {
            return ("United States", i + 2)
        }
        guard toks[i].isCap else { return (nil, -1) }
        let d = lex.demonyms.longestMatch(words, at: i, limit: limit)
        if d > 0, let c = lex.countryOfDemonym[words[i..<(i + d)].joined(separator: " ")] { return (c, i + d) }
        return (nil, -1)
    }

    static func headMatch(_ toks: [NameToken], _ h: Int) -> Int? {
        for words in heads where h + words.count <= toks.count {
            var ok = true
            for (n, w) in words.enumerated() {
                let t = toks[h + n]
                if t.isCap || t.base != w || (n > 0 && (t.gapBefore != " " || toks[h + n - 1].possessive)) { ok = false; break }
            }
            if ok { return words.count }
        }
        return nil
    }
}
