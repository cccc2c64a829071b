import Foundation
import Testing
@testable import ParallaxCore

/// `PatternEnd`: which patterns end every match with a digit, and that turning away lines that do not end
/// in one never hides a match ICU finds.
struct PatternEndTests {
    @Test func derivesOnlyPatternsEndingInADigit() {
        #expect(PatternEnd.digit(SiteFooterRules.lifeSpanPattern))
        #expect(PatternEnd.digit(MetadataInference.dateRange.regex.pattern))
        #expect(PatternEnd.digit(#"^page \d+$"#))
        #expect(PatternEnd.digit(#"^\d{1,4}$"#))
        for p in [#"^\d{0,4}$"#, #"^\d*$"#, #"^a|\d{4}$"#, #"^(?m)\d{4}$"#, #"^\\d$"#, #"^\d{4}\$"#, #"^\d{4}"#, #"^\d{4}?$"#, #"^\D$"#] {
            #expect(!PatternEnd.digit(p), "\(p)")
        }
    }

    @Test func endsWithDigitLooksPastOneLineEnd() {
        #expect(PatternEnd.endsWithDigit("1941 - 2026"))
        #expect(PatternEnd.endsWithDigit("1941 - 2026\n"))
        #expect(PatternEnd.endsWithDigit("1941 - 2026\r\n"))
        #expect(PatternEnd.endsWithDigit("1941 - 2026\u{2028}"))
        #expect(PatternEnd.endsWithDigit("1941 - \u{0662}\u{0660}\u{0662}\u{0666}"))
        #expect(!PatternEnd.endsWithDigit("1941 - 2026."))
        #expect(!PatternEnd.endsWithDigit("2026\n\n"))
        #expect(!PatternEnd.endsWithDigit(""))
        #expect(!PatternEnd.endsWithDigit("\n"))
    }

    /// Every rule pattern that ends in a digit, on the demo, seed and crash-corpus lines and lines made for it:
    /// ICU never matches a line the test turns away.
    @Test func neverHidesAMatch() throws {
        let patterns = (ChromeRules.rules.map(\.pattern) + [MetadataInference.dateRange, SiteFooterRules.lifeSpan])
            .map(\.regex.pattern).filter(PatternEnd.digit)
        #expect(patterns.count >= 2)
        var lines = ["1941 - 2026", "June 2, 1936 - November 26, 2026", "1941 – 2026\n", "Inspected 2–13 November 2026",
                     "Fieldwork: 3-7 March 2026\r\n", "1941 - \u{0662}\u{0660}\u{0662}\u{0666}", "Light moment - talks"]
        for dir in [RepositoryPaths.articles, RepositoryPaths.seeds, RepositoryPaths.crashCorpus] {
            guard let files = FileManager.default.enumerator(atPath: dir.path) else { continue }
            for case let f as String in files where f.hasSuffix(".txt") || f.hasSuffix(".md") {
                guard let text = try? String(contentsOfFile: dir.path + "/" + f, encoding: .utf8) else { continue }
                lines += text.split(separator: "\n").map(String.init)
            }
        }
        var matched = 0
        for p in patterns {
            let regex = try NSRegularExpression(pattern: p)
            for line in lines + lines.map(LineShape.key) where regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                #expect(PatternEnd.endsWithDigit(line), "\(p.prefix(40)) on \(line.prefix(60).debugDescription)")
                matched += 1
            }
        }
        #expect(matched >= 4)
    }
}
