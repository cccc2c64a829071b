import Foundation
import Testing
@testable import ParallaxCore

/// `PhraseSet`'s two shortcuts: an entry of ASCII letters and single spaces is read without the tokenizer
/// (the phrase and word count must be what tokenizing gives), and `longestMatch` answers a word that starts
/// no phrase at once (the answer must be the one trying every length gives).
struct PhraseSetShortcutTests {
    static func tokenized(_ e: String) -> (String, Int) {
        let words = Tokenizer.tokens(e).map { NameLexicon.key($0.norm) }
        return (words.joined(separator: " "), words.count)
    }

    @Test func plainEntriesReadAsTokenized() {
        let lists = ["places", "titles", "roles", "organisations", "given_names", "surnames", "common_capitalised",
                     "org_words", "speech_verbs", "demonyms", "family_names_east_asian", "name_syllables"]
        var entries = ["New South Wales", "UK", "la Paz", "X", " Leading", "Trailing ", "Two  spaces", "",
                       "Côte d'Ivoire", "Guinea-Bissau", "St. Lucia", "Area 51", "O'Hare"]
        for l in lists { entries += NameLexicon.lines(l) }
        var plain = 0
        for e in entries {
            guard let (phrase, count, first) = PhraseSet.plainPhrase(e) else { continue }
            let (expected, n) = Self.tokenized(e)
            #expect(phrase == expected, "\(e)")
            #expect(count == n, "\(e)")
            #expect(String(phrase.utf8.prefix(first))! == expected.split(separator: " ").first.map(String.init), "\(e)")
            plain += 1
        }
        #expect(plain > 1_000)
        for odd in [" Leading", "Trailing ", "Two  spaces", "", "Côte d'Ivoire", "Guinea-Bissau", "St. Lucia", "Area 51"] {
            #expect(PhraseSet.plainPhrase(odd) == nil, "\(odd)")
        }
    }

    @Test func placeListIsTheSameEitherWay() {
        var slow = Set<String>()
        var longest = 0
        for e in NameLexicon.lines("places") + NameLexicon.demonymLines().map(\.country) where !PhraseSet.isAcronym(e) {
            let (phrase, n) = Self.tokenized(e)
            guard n > 0 else { continue }
            slow.insert(phrase)
            longest = max(longest, n)
        }
        #expect(NameLexicon.places.phrases == slow)
        #expect(NameLexicon.places.maxWords == longest)
    }

    /// `longestMatch` as it was: every length tried.
    static func everyLength(_ set: PhraseSet, _ words: [String], at i: Int, limit: Int) -> Int {
        var best = 0, key = "", n = 0
        while n < set.maxWords, i + n < limit {
            key += (n == 0 ? "" : " ") + words[i + n]
            n += 1
            if set.phrases.contains(key) { best = n }
        }
        return best
    }

    @Test func longestMatchIsTheSameAsTryingEveryLength() throws {
        let lex = NameLexicon.shared
        let sets = [NameLexicon.places, lex.titles, lex.organisations, lex.demonyms]
        var sentences: [[String]] = [["new", "south", "wales"], ["new south", "wales"], ["mexico city"], ["", "york"], ["the", "united", "states"]]
        for dir in [RepositoryPaths.articles, RepositoryPaths.seeds] {
            guard let files = FileManager.default.enumerator(atPath: dir.path) else { continue }
            for case let f as String in files where f.hasSuffix(".txt") || f.hasSuffix(".md") {
                let text = try String(contentsOfFile: dir.path + "/" + f, encoding: .utf8)
                for line in text.split(separator: "\n") {
                    sentences.append(Tokenizer.tokens(String(line)).map { NameLexicon.key($0.norm) })
                    sentences.append(line.split(separator: " ").map { NameLexicon.fold(String($0)) })
                }
            }
        }
        var found = 0
        for set in sets {
            for words in sentences.prefix(2_500) {
                for i in 0...words.count {
                    let n = set.longestMatch(words, at: i, limit: words.count)
                    #expect(n == Self.everyLength(set, words, at: i, limit: words.count), "\(words.prefix(6)) at \(i)")
                    found += n > 0 ? 1 : 0
                }
            }
        }
        #expect(found > 50)
    }
}
