import Foundation
import Testing
@testable import ParallaxCore

/// The tests `isMenu` and `isTableRow` ask before their expressions must never turn away a line the
/// expression would act on: checked against ICU itself on every line of the demo library, the seeds and the
/// crash corpus, and on lines made to sit at the edges (other white space, other digits).
struct ChromeRulePrecheckTests {
    static let separators = try! NSRegularExpression(pattern: #"\s*[|·•]\s*|\s+/\s+|\s{2,}|\t"#)

    static var lines: [String] {
        var out = [
            "Home | News | Business", "World  Europe  Vatican", "Sport · Football · Results", "News • Local",
            "Politics / World / Europe", "Politics\tWorld\tEurope", "A\u{00A0} B", "A\u{2003}\u{2003}B", "x\u{3000} y",
            "Shots 14 9", "Possession 48% 52%", "Shots \u{0661}\u{0664} \u{0669}", "Score\u{00A0}3\u{2009}4",
            "Short headline", "He said so.", "One\u{1}Two\u{1}Three", "a/b/c", "Plain words only", "",
        ]
        for dir in [RepositoryPaths.articles, RepositoryPaths.seeds, RepositoryPaths.crashCorpus] {
            guard let files = FileManager.default.enumerator(atPath: dir.path) else { continue }
            for case let f as String in files where f.hasSuffix(".txt") || f.hasSuffix(".md") {
                guard let text = try? String(contentsOfFile: dir.path + "/" + f, encoding: .utf8) else { continue }
                out += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        return out
    }

    @Test func menuSeparatorTestNeverHidesASeparator() {
        var passed = 0
        for line in Self.lines {
            let found = Self.separators.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
            if found || line.unicodeScalars.contains("\u{1}") {
                #expect(ChromeRules.mayHoldMenuSeparator(line), "\(line.prefix(80).debugDescription)")
                passed += 1
            }
        }
        #expect(passed > 20)
        #expect(!ChromeRules.mayHoldMenuSeparator("Short headline"))
        #expect(!ChromeRules.mayHoldMenuSeparator("He said so, then left."))
    }

    @Test func figuresRowNeedsTwoFiguresAfterSpaces() {
        var matched = 0
        for line in Self.lines {
            let row = ChromeRules.figuresRow.regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
            if row {
                #expect(ChromeRules.figuresAfterSpaces(line) >= 2, "\(line.prefix(80).debugDescription)")
                matched += 1
            }
        }
        #expect(matched >= 3)  // the made-up rows above, Arabic-Indic digits and other spaces among them
        #expect(ChromeRules.figuresAfterSpaces("He said so.") == 0)
        #expect(ChromeRules.isTableRow("Shots \u{0661}\u{0664} \u{0669}"))
    }
}
