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

    @Test func ruleTableUsesIt() {
        let covered = ChromeRules.rules.filter { PatternStart.firstBytes($0.pattern.regex.pattern) != nil }
        #expect(covered.count >= ChromeRules.rules.count / 2)
        #expect(!ChromeRules.rules[0].pattern.mayMatch("the talks went on"))
        #expect(ChromeRules.rules[0].pattern.matches("home"))
    }
}
