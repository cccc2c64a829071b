import Foundation

/// Names set in capitals in running text ("with mum AMARA and dad CHIDI", "champ PARK JI-HOON"), as tabloids
/// write them. Such words are acronyms to the recognizer and never open a name run.
enum ShoutedNames {
    /// Words in capitals outside any name run that spell, word for word, a person's full name ("PARK JI-HOON"), or
    /// one word of four letters or more that is a listed given name of exactly one person of the story ("AMARA"):
    /// that person. Capitals alone prove nothing, so only people the story already has are found this way.
    static func find(
        in pn: ParagraphNames, registry: PersonRegistry, skip: Set<String>, lexicon lex: NameLexicon
    ) -> [(Range<Int>, Int)] {
        let toks = pn.tokens
        func free(_ k: Int) -> Bool { toks[k].isAcronym && !skip.contains(toks[k].base) && !pn.runs.contains { $0.all.contains(k) } }
        var out: [(Range<Int>, Int)] = []
        var k = 0
        while k < toks.count {
            guard free(k) else { k += 1; continue }
            var j = k + 1
            while j < toks.count, free(j), toks[j].gapBefore == " " || toks[j].gapBefore == "-" { j += 1 }
            var e = j
            var found = false
            while e - k >= 2 {
                if let p = registry.full(PersonRegistry.compactKey(toks[k..<e].map(\.base).joined())) {
                    out.append((k..<e, p))
                    found = true
                    break
                }
                e -= 1
            }
            if found { k = e; continue }
            let w = toks[k].base
            if j == k + 1, w.count >= 4, lex.givenNames.contains(w), !lex.common.contains(w), case let ids = registry.given(w), ids.count == 1 {
                out.append((k..<(k + 1), ids[0]))
            }
            k = j
        }
        return out
    }
}
