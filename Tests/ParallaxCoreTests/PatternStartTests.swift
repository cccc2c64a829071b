import Testing
@testable import ParallaxCore

/// The first-byte prefilter may only skip lines no match can start like.
@Suite struct PatternStartTests {
    @Test func anchoredAlternativesAndGroups() {
        #expect(PatternStart.firstBytes("^(share|tweet)\\W*$") == Set("st".utf8))
        #expect(PatternStart.firstBytes("^ab|^cd") == Set("ac".utf8))
        #expect(PatternStart.firstBytes(#"^\d+ (of|/) \d+$"#) == Set("0123456789".utf8))
        #expect(PatternStart.firstBytes(#"^(?:read|\(photo)"#) == Set("r(".utf8))
        #expect(PatternStart.firstBytes("^(related( posts)?|tags?)") == Set("rt".utf8))
        #expect(PatternStart.firstBytes("^©") == [0xC2])
    }

    @Test func givesUpWhenTheStartIsUnknown() {
        #expect(PatternStart.firstBytes("share") == nil)  // not anchored
        #expect(PatternStart.firstBytes("^ab|cd") == nil)  // one alternative not anchored
        #expect(PatternStart.firstBytes("^(ab)?c") == nil)  // optional group
        #expect(PatternStart.firstBytes("^a?b") == nil)
        #expect(PatternStart.firstBytes("^a*b") == nil)
        #expect(PatternStart.firstBytes("^a{0,2}b") == nil)
        #expect(PatternStart.firstBytes("^[ab]c") == nil)
        #expect(PatternStart.firstBytes(#"^\s*x"#) == nil)
        #expect(PatternStart.firstBytes(#"^\S+"#) == nil)
        #expect(PatternStart.firstBytes("^.x") == nil)
        #expect(PatternStart.firstBytes("^(?i:by)") == nil)
        #expect(PatternStart.firstBytes("^(?=a)a") == nil)
        #expect(PatternStart.firstBytes("^(|a)") == nil)
        #expect(PatternStart.firstBytes("^") == nil)
    }

    @Test func prefixesOfAnchoredPatterns() {
        func texts(_ p: String) -> [String]? { PatternStart.prefixes(p)?.map { String(decoding: $0, as: UTF8.self) } }
        #expect(texts("^(share|tweet)\\W*$") == ["share", "tweet"])
        #expect(texts(#"^(eds|ed|editors?'? ?notes?|note to editors)\s*:"#) == ["ed", "editor ", "editor'", "editornote", "editors", "eds", "note to editors"])
        #expect(texts("^share via (e-?mail|[a-z]+)") == ["share via "])  // a branch without a literal start ends it
        #expect(texts(#"^\(\(x"#) == ["((x"])
        #expect(texts(#"^\d+ min"#) == (0...9).map(String.init))
        #expect(texts("^ab+c") == ["ab"])
        #expect(texts("^ab{2}c") == ["ab"])
        #expect(texts("^(?:read|more) on") == ["more", "read"])
        #expect(texts("^©") == ["©"])
        #expect(texts("^ab|^cd") == ["ab", "cd"])
        #expect(texts("share") == nil)
        #expect(texts("^ab|cd") == nil)
        #expect(texts("^(ab)?c") == ["ab", "c"])  // an optional element counts both ways
        #expect(texts("^(new:? )?you can") == ["new ", "new:", "you can"])
        #expect(texts("^a?b") == ["a", "b"])
        #expect(texts("^a?") == nil)  // may match nothing
        #expect(texts("^x[]a]") == ["x"])
        #expect(texts("^[ab]c") == nil)
        #expect(texts("^(ab|[cd])") == nil)
        #expect(texts("^(?i)ab") == nil)
        #expect(texts("^(?=a)a") == nil)
        #expect(texts(#"^\s*x"#) == nil)
        #expect(texts("^") == nil)
    }

    @Test func prefixTestRejectsProse() {
        let rule = ChromeRules.rules.first { $0.reason == "editor's note or correction" }!.pattern
        #expect(!rule.mayMatch("experts warned: the jewels may be worth more in pieces"))
        #expect(rule.matches("eds: adds comment"))
    }

    @Test func ruleTableUsesIt() {
        let covered = ChromeRules.rules.filter { PatternStart.firstBytes($0.pattern.regex.pattern) != nil }
        #expect(covered.count >= ChromeRules.rules.count / 2)
        #expect(!ChromeRules.rules[0].pattern.mayMatch("the talks went on"))
        #expect(ChromeRules.rules[0].pattern.matches("home"))
    }
}
