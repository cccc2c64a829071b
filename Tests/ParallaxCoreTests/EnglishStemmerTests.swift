import Foundation
import Testing
@testable import ParallaxCore

/// Expected stems from the Snowball English sample vocabulary and the algorithm's documented examples.
@Suite struct EnglishStemmerTests {
    static let cases: [(String, String)] = [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"), ("consignment", "consign"),
        ("consist", "consist"), ("consisted", "consist"), ("consistency", "consist"), ("consistent", "consist"),
        ("consistently", "consist"), ("consisting", "consist"), ("consists", "consist"),
        ("consolation", "consol"), ("consolations", "consol"), ("consolatory", "consolatori"), ("console", "consol"),
        ("consoled", "consol"), ("consoles", "consol"), ("consolidate", "consolid"), ("consolidated", "consolid"),
        ("consolidating", "consolid"), ("consoling", "consol"), ("consolingly", "consol"), ("consols", "consol"),
        ("consonant", "conson"), ("consort", "consort"), ("consorted", "consort"), ("consorting", "consort"),
        ("conspicuous", "conspicu"), ("conspicuously", "conspicu"), ("conspiracy", "conspiraci"),
        ("conspirator", "conspir"), ("conspirators", "conspir"), ("conspire", "conspir"), ("conspired", "conspir"),
        ("conspiring", "conspir"), ("constable", "constabl"), ("constables", "constabl"), ("constance", "constanc"),
        ("constancy", "constanc"), ("constant", "constant"),
        ("knack", "knack"), ("knackeries", "knackeri"), ("knacks", "knack"), ("knag", "knag"), ("knave", "knave"),
        ("knaves", "knave"), ("knavish", "knavish"), ("kneaded", "knead"), ("kneading", "knead"), ("knee", "knee"),
        ("kneel", "kneel"), ("kneeled", "kneel"), ("kneeling", "kneel"), ("kneels", "kneel"), ("knees", "knee"),
        ("knell", "knell"), ("knelt", "knelt"), ("knew", "knew"), ("knick", "knick"), ("knif", "knif"),
        ("knife", "knife"), ("knight", "knight"), ("knightly", "knight"), ("knights", "knight"), ("knit", "knit"),
        ("knits", "knit"), ("knitted", "knit"), ("knitting", "knit"), ("knives", "knive"), ("knob", "knob"),
        ("knobs", "knob"), ("knock", "knock"), ("knocked", "knock"), ("knocker", "knocker"), ("knockers", "knocker"),
        ("knocking", "knock"), ("knocks", "knock"), ("knopp", "knopp"), ("knot", "knot"), ("knots", "knot"),
        // Special forms and documented examples.
        ("skies", "sky"), ("dying", "die"), ("news", "news"), ("cries", "cri"), ("ties", "tie"), ("gas", "gas"),
        ("gaps", "gap"), ("kiwis", "kiwi"), ("generously", "generous"), ("generation", "generat"),
        ("communication", "communic"), ("happily", "happili"), ("running", "run"), ("hopping", "hop"),
        ("proceed", "proceed"), ("succeeding", "succeed"), ("agreed", "agre"), ("feed", "feed"),
        ("joking", "joke"), ("jokes", "joke"), ("joked", "joke"), ("presented", "present"),
        ("presentation", "present"), ("applauded", "applaud"), ("smartphones", "smartphon"), ("cry", "cri"),
        ("by", "by"), ("say", "say"), ("youth", "youth"), ("ab", "ab"), ("'tis", "tis"),
    ]

    @Test func snowballVocabulary() {
        for (word, stem) in Self.cases {
            #expect(EnglishStemmer.stem(word) == stem, "\(word)")
        }
    }

    /// Suffixes looked up by the word's last byte give the stems comparing every suffix gives: every word of the
    /// demo library, the seeds and the word lists, with and without a possessive, and the vocabulary above.
    @Test func suffixesByLastByteStemAsEverySuffix() throws {
        var words = Set(Self.cases.map(\.0))
        for dir in [RepositoryPaths.articles, RepositoryPaths.seeds] {
            guard let files = FileManager.default.enumerator(atPath: dir.path) else { continue }
            for case let f as String in files where f.hasSuffix(".txt") || f.hasSuffix(".md") {
                let text = try String(contentsOfFile: dir.path + "/" + f, encoding: .utf8)
                for t in Tokenizer.tokens(text) { words.insert(t.norm); words.insert(t.norm + "'s") }
            }
        }
        for list in ["places", "titles", "roles", "speech_verbs", "common_capitalised", "org_words"] {
            for line in NameLexicon.lines(list) { for t in Tokenizer.tokens(line) { words.insert(t.norm) } }
        }
        #expect(words.count > 10_000)
        for w in words {
            #expect(EnglishStemmer.stem(w) == EnglishStemmer.stem(w, bySuffixEnd: false), "\(w)")
        }
    }

    @Test func nonEnglishWordsPassThrough() {
        #expect(EnglishStemmer.stem("한국") == "한국")
        #expect(EnglishStemmer.stem("2025") == "2025")
    }
}
