import Foundation

/// Names written all in lower case, as posts on social media write them ("nell garrity hosting every award show").
enum LowerCaseNames {
    /// Two or three words in lower case that spell, word for word, the full name of a person of the story, the
    /// first that person's given name, the first and the last no common word ("will smith" read as words is not
    /// taken):
    /// that person. Lower case proves nothing, so only people the story already has are found this way.
    static func find(in pn: ParagraphNames, registry: PersonRegistry, lexicon lex: NameLexicon) -> [(Range<Int>, Int)] {
        let toks = pn.tokens
        func lower(_ k: Int) -> Bool {
            !toks[k].isCap && !toks[k].isAcronym && toks[k].token.text.unicodeScalars.allSatisfy { $0.properties.isLowercase || $0 == "-" || $0 == "'" }
        }
        var out: [(Range<Int>, Int)] = []
        var k = 0
        while k + 1 < toks.count {
            guard lower(k), !lex.common.contains(toks[k].base), !registry.given(toks[k].base).isEmpty else { k += 1; continue }
            var found = false
            for e in stride(from: min(k + 3, toks.count), through: k + 2, by: -1) {
                guard (k + 1..<e).allSatisfy({ lower($0) && toks[$0].gapBefore == " " }), !lex.common.contains(toks[e - 1].base),
                    let p = registry.full(PersonRegistry.compactKey(toks[k..<e].map(\.base).joined()))
                else { continue }
                out.append((k..<e, p))
                k = e
                found = true
                break
            }
            if !found { k += 1 }
        }
        return out
    }
}
