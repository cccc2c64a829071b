import Foundation

/// "Thomas Rennick" in the wire story, "Tom Rennick" in the tabloid: outlets write a person's given name in full or
/// in its usual short form. Two full names of a story with the same family name, whose given names are a full form
/// and one of its short forms (`given_name_short_forms.txt`), are one person, named by the form with more evidence.
/// A short form that fits two full names of the story ("Chris Lowe" with "Christopher Lowe" and "Christine Lowe")
/// joins neither: the story has two people and the short form does not say which.
extension PersonRegistry {
    mutating func mergeShortGivenNames(lexicon lex: NameLexicon) {
        guard !lex.shortGivenForms.isEmpty else { return }
        // Entries by the words after the given name ("rennick"), with the folded given name.
        var byRest: [String: [(given: String, entry: Int)]] = [:]
        for i in roots {
            let words = entries[i].name.split(separator: " ")
            guard words.count >= 2 else { continue }
            byRest[Self.compactKey(words.dropFirst().joined()), default: []].append((NameLexicon.fold(String(words[0])), i))
        }
        for group in byRest.values where group.count > 1 {
            for short in group {
                let fulls = group.filter { lex.shortGivenForms.contains(short.given + " " + $0.given) }
                guard fulls.count == 1, let full = fulls.first else { continue }
                let (s, f) = (find(short.entry), find(full.entry))
                guard s != f else { continue }
                if entries[s].evidenceCount > entries[f].evidenceCount { link(entries[f].name, to: s) } else { link(entries[s].name, to: f) }
            }
        }
    }
}
