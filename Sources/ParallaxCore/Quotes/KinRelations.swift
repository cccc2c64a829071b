import Foundation

/// "Jonah Reyes took best actor an hour after his wife, Orla Reyes, lost out", "Reyes's wife, Orla Reyes": a kin
/// noun after "his", "her" or a person's possessive, set right before a person's name, says whose relative that
/// person is. Inside the first person's own quote, "my wife" is the one so introduced, in any article of the
/// story (outlets do not all repeat who is married to whom).
extension NameResolver {
    /// The one person the story introduces as `speaker`'s `kin` ("wife", "father"), or nil.
    func relative(of speaker: String, kin: String) -> String? {
        guard KinIntroductions.nouns[kin] != nil else { return nil }
        var found = Set<String>()
        for a in mentions.indices {
            let list = mentions[a]
            for (k, m) in list.enumerated() where m.isPerson && k > 0 {
                let name = m.canonical ?? m.name
                guard name != speaker, let text = paragraphTexts[a][m.paragraph] else { continue }
                let before = ScalarText.slice(text, max(0, m.start - 40), m.start)
                let toks = Tokenizer.tokens(before)
                guard toks.count >= 2, let noun = toks.last, noun.norm == kin,
                    [", ", " "].contains(ScalarText.slice(before, noun.end, ScalarText.count(before))),
                    ScalarText.slice(before, toks[toks.count - 2].end, noun.start) == " "
                else { continue }
                let owner = toks[toks.count - 2]
                guard ["his", "her"].contains(owner.norm) || NameRuns.isPossessive(owner) || owner.norm.hasSuffix("’s") else { continue }
                // The possessor: the person named last before the relative in the paragraph (the possessive
                // name itself, or whom "his"/"her" stands for).
                guard let p = list[..<k].last(where: { $0.isPerson && $0.paragraph == m.paragraph && ($0.canonical ?? $0.name) != name }),
                    (p.canonical ?? p.name) == speaker
                else { continue }
                found.insert(name)
            }
        }
        return found.count == 1 ? found.first : nil
    }
}
