import Foundation

/// Gender from how the story goes on after someone speaks.
///
/// "Dunne said the hut had saved her life. “…,” she said.": the sentence names one person, who speaks, and
/// the quote after it is closed by "she said", so that person is a woman; a "he" two paragraphs on in
/// another outlet ("Rachel Dunne … and Owen Price … spotted smoke. He said:") is then the other one. Only a
/// speech verb's pronoun counts, never "her"/"his" (a first draft that learnt from possessives made a woman
/// male from "asking him to intervene"), and only when nothing else in the two sentences outside quotes is
/// the other gender's pronoun, when those sentences name no one else, and when no other sentence in the
/// story says otherwise. A title or role word (`learnGenders`) always wins.
extension NameResolver {
    mutating func learnGendersFromAttributions(story: Story) {
        var votes: [String: Set<Bool>] = [:]
        for (a, article) in story.articles.enumerated() where a < mentions.count {
            let byParagraph = Dictionary(grouping: mentions[a].filter { $0.isPerson && !$0.isOrganisation && !$0.isOffice }, by: \.paragraph)
            for p in article.paragraphs {
                guard let people = byParagraph[p.index], people.contains(where: \.speaks) else { continue }
                let lower = p.text.lowercased()
                guard lower.contains("he ") else { continue }
                let ctx = QuoteContext(text: p.text)
                for (k, t) in ctx.tokens.enumerated() where (t.norm == "she" || t.norm == "he") && ctx.quoteOf[k] == nil {
                    let verbNext = k + 1 < ctx.tokens.count && AttributionLexicon.speechVerbs.contains(ctx.tokens[k + 1].norm)
                    let verbBefore = k > 0 && AttributionLexicon.speechVerbs.contains(ctx.tokens[k - 1].norm)
                    guard verbNext || verbBefore else { continue }
                    let female = t.norm == "she"
                    let s = ctx.sentenceIndex(at: t.start)
                    guard s > 0 else { continue }
                    let window = ctx.sentences[s - 1].lowerBound..<ctx.sentences[s].upperBound
                    let named = people.filter { window.contains($0.start) }
                    let who = Set(named.map { $0.canonical ?? canonical($0.name, article: a, paragraph: $0.paragraph, offset: $0.start) })
                    guard who.count == 1, let x = who.first,
                        named.contains(where: { $0.speaks && ctx.sentences[s - 1].contains($0.start) }),
                        !ctx.tokens.indices.contains(where: { i in
                            window.contains(ctx.tokens[i].start) && ctx.quoteOf[i] == nil
                                && (female ? Self.malePronouns : Self.femalePronouns).contains(ctx.tokens[i].norm)
                        })
                    else { continue }
                    votes[x, default: []].insert(female)
                }
            }
        }
        for (x, v) in votes where v.count == 1 && genders[x] == nil { genders[x] = v.first! }
    }

    private static let femalePronouns: Set<String> = ["she", "her", "hers", "herself"]
    private static let malePronouns: Set<String> = ["he", "him", "his", "himself"]
}
