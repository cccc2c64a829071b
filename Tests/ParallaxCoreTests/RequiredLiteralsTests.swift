import Foundation
import Testing
@testable import ParallaxCore

/// The literal prefilter must never change what a pattern matches: it may only skip lines ICU would reject.
@Suite struct RequiredLiteralsTests {
    @Test func derivesBranchLiterals() {
        #expect(RequiredLiterals.derive("getty images|shutterstock") == ["getty images", "shutterstock"])
        #expect(RequiredLiterals.derive(#"\bnewsletters?\b"#) == ["newsletter"])
        #expect(RequiredLiterals.derive(#"^(source|sources|via)\s*:"#) == ["source", "sources", "via"])
        #expect(RequiredLiterals.derive(#"(\d+ )?comments?( \(\d+\))?\W*$"#) == ["comment"])
    }

    @Test func givesUpWhenAnyBranchRequiresNothing() {
        #expect(RequiredLiterals.derive("abc|x*") == nil)
        #expect(RequiredLiterals.derive("[abc]+") == nil)
        #expect(RequiredLiterals.derive(#"^\d+:\d\d$"#) == [":"])
        #expect(RequiredLiterals.derive("(?i)abc") == nil)
        #expect(RequiredLiterals.derive(#"\p{L}+"#) == nil)
        #expect(RequiredLiterals.derive("(ab)?c*") == nil)
    }

    @Test func unicodePropertiesAreClasses() {
        #expect(RequiredLiterals.derive(#"^[-–]\s*\p{L}+ \(@\w+\)"#) == [" (@"])
        #expect(RequiredLiterals.derive(#"\pL+ said"#) == [" said"])
        #expect(RequiredLiterals.derive(#"\p{Lu}x|\P{L}"#) == nil)
    }

    @Test func alternativesKeepEveryRequiredSet() {
        // Each alternative: its most selective set first, then the others it also needs.
        #expect(RequiredLiterals.deriveAlternatives(#"^(covers|is a) .*(@|e-?mail)"#) == [[["covers", "is a"], [" "], ["@", "mail"]]])
        #expect(RequiredLiterals.deriveAlternatives(#"^(from|to)\s*:.*@|^forwarded message$"#) == [[["from", "to"], [":"], ["@"]], [["forwarded message"]]])
        #expect(RequiredLiterals.deriveAlternatives("abc|x*") == nil)
        #expect(RequiredLiterals.deriveAlternatives("(ab") == nil)
        let author = ChromeRules.rules.first { $0.reason == "author note with contact" }!.pattern
        #expect(!author.mayMatch("interior minister laurent nunez is a man who told reporters the operation went well"))
        #expect(author.matches("jane roe covers science for the chronicle. email: jroe@example.com"))
    }

    @Test func repeatedCharactersEndTheRun() {
        // "xa+?b" matches "xaab", which does not contain "xab".
        for lits in [RequiredLiterals.derive("xa+?b"), RequiredLiterals.derive("xa{1,3}b"), RequiredLiterals.derive("xa+b")] {
            #expect(lits != nil)
            #expect(lits!.contains { "xaab".contains($0) })
        }
    }

    static let furniture = [
        "Getty Images", "Photo: Reuters", "© 2025 Example Ltd. All rights reserved.", "Copyright 2024 Example",
        "Sign up for our newsletter", "Newsletters", "Share on Facebook", "Advertisement", "Read more: Rates rise",
        "3 min read", "Related Posts", "Image 1 of 5", "Sources say, opens new tab", "Reporting by Jane Doe; Editing by Ann Roe",
        "Source: AP", "(AP)", "File photo: a harbour at dawn", "By using this site you agree to our use of cookies",
        "Our Standards: The Trust Principles.", "A crowd gathers (Photo by Ann Roe/AFP via Getty Images)", "cover.jpg",
        "[2/5] A view of the square", "Reporting from Rome", "Tags: economy, rates", "12:04 / 3:10", "(c) Example",
        "Follow us on X", "Leave a comment", "What do you think?", "Supported by", "Listen to this article",
        "Pictures: the launch", "a | photo of the day", "Credit: Ann Roe", "Originally published on Example.com",
    ]

    /// The one-parse derivation the rules use gives what the two separate ones give, on every rule.
    @Test func oneParseDerivesBoth() {
        let patterns = ChromeRules.rules.map(\.pattern) + [ChromeRules.endMarkers.pattern]
            + [MetadataInference.datelinePattern, MetadataInference.bylinePattern, MetadataInference.copyrightPattern,
               MetadataInference.personCreditPattern] + DateParser.patterns.map(\.0)
        var derived = 0
        for text in patterns.map(\.regex.pattern) + ["a|b", "(x|y)z|", "ab(c|)d", "((", "[ab]+c|d"] {
            let both = RequiredLiterals.deriveBoth(text)
            #expect(both?.any == RequiredLiterals.derive(text), "\(text.prefix(60))")
            if both != nil {
                derived += 1
                #expect(both?.alternatives == RequiredLiterals.deriveAlternatives(text), "\(text.prefix(60))")
            }
        }
        #expect(derived >= 20)
    }

    /// The windowed search finds a literal exactly where the byte-by-byte one does, for every rule's
    /// literal sets on demo and seed lines and on edges (a literal at the very end, one byte long, longer
    /// than the line).
    @Test func windowedSearchAgreesWithByteSearch() throws {
        let patterns = ChromeRules.rules.map(\.pattern) + [ChromeRules.endMarkers.pattern]
            + [MetadataInference.datelinePattern, MetadataInference.bylinePattern, MetadataInference.copyrightPattern,
               MetadataInference.personCreditPattern] + DateParser.patterns.map(\.0)
        var sets = [["@"], ["ab", "b"], ["cookie", "zz"], ["©", "photo:"], ["end"], ["xyz", "abcdef"]]
        for p in patterns {
            guard let both = RequiredLiterals.deriveBoth(p.regex.pattern) else { continue }
            sets.append(both.any)
            for alternative in both.alternatives ?? [] { sets += alternative }
        }
        var lines = ["", "a", "@", "the end", "abcde", "xabcdef", "photo: ©", "cookies", "cooki", "zz", "b"]
        for dir in [RepositoryPaths.articles, RepositoryPaths.seeds] {
            guard let files = FileManager.default.enumerator(atPath: dir.path) else { continue }
            for case let f as String in files where f.hasSuffix(".txt") {
                let text = try String(contentsOfFile: dir.path + "/" + f, encoding: .utf8)
                lines += text.split(separator: "\n").prefix(40).map { TextNormalizer.forMatching(String($0)) }
            }
        }
        var found = 0
        for strings in sets {
            let set = RequiredLiterals.LiteralSet(strings)
            for line in lines {
                let expected = RequiredLiterals.containsAny(line, set.buckets)
                #expect(set.isFound(in: line) == expected, "\(strings.prefix(3)) in \(line.prefix(60))")
                found += expected ? 1 : 0
            }
        }
        #expect(found > 100)
    }

    /// Every pattern the cleaner and metadata rules use, on demo, seed and furniture lines: the filtered
    /// `matches`/`firstMatch` agree with plain ICU on each line.
    @Test func prefilterNeverChangesAMatch() throws {
        let patterns = ChromeRules.rules.map(\.pattern) + [ChromeRules.endMarkers.pattern]
            + [MetadataInference.datelinePattern, MetadataInference.bylinePattern, MetadataInference.copyrightPattern,
               MetadataInference.personCreditPattern] + DateParser.patterns.map(\.0)
        #expect(patterns.filter { $0.literals != nil }.count >= 20)
        var lines = Self.furniture
        let root = RepositoryPaths.root
        for dir in [root.appendingPathComponent("articles").path, root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path] {
            guard let files = FileManager.default.enumerator(atPath: dir) else { continue }
            for case let f as String in files where f.hasSuffix(".txt") || f.hasSuffix(".md") {
                let text = try String(contentsOfFile: dir + "/" + f, encoding: .utf8)
                lines += text.split(separator: "\n").map(String.init)
            }
        }
        var checked = 0
        for raw in lines {
            for line in [raw, LineShape.key(raw)] {
                for p in patterns {
                    let plain = p.regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
                    let filtered = p.firstMatch(line) != nil
                    #expect(plain == filtered, "\(p.regex.pattern.prefix(60)) on \(line.prefix(60))")
                    checked += plain ? 1 : 0
                }
            }
        }
        #expect(checked > 30)
    }
}
