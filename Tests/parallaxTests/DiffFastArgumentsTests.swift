import Foundation
import Testing

/// `parallax diff`'s plain command lines are read without ArgumentParser (`DiffFastArguments`); every other form
/// still goes through it. Both must give the same output, status and errors: each plain form is run beside a
/// spelling only ArgumentParser reads (`--name=value`), and the forms the fast reader turns away must still get
/// ArgumentParser's answer.
@Suite struct DiffFastArgumentsTests {
    static let story = "articles/boe-rate-cut/"

    static func pair() throws -> (String, String) {
        let dir = Binary.repoRoot.appendingPathComponent(story).path
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(files.count >= 2)
        return (story + files[0], story + files[1])
    }

    @Test func plainFormsMatchArgumentParser() async throws {
        let (a, b) = try Self.pair()
        let forms: [([String], [String])] = [
            (["diff", a, b, "--color", "never", "--width", "100"], ["diff", a, b, "--color=never", "--width=100"]),
            (["diff", a, b, "--json"], ["diff", a, b, "--json", "--color=auto"]),
            (["diff", "--context", "pair", a, "--json", b], ["diff", "--context=pair", a, "--json", b]),
            (["diff", a, b, "--width", "021", "--color", "always"], ["diff", a, b, "--width=21", "--color=always"]),
        ]
        for (fast, parsed) in forms {
            let x = try await Binary.run(fast), y = try await Binary.run(parsed)
            #expect(x.status == 0, "\(fast): \(x.stderr)")
            #expect(x.status == y.status && x.stdout == y.stdout && x.stderr == y.stderr, "\(fast) vs \(parsed)")
            #expect(!x.stdout.isEmpty)
        }
    }

    @Test func otherFormsStillGetArgumentParsersAnswer() async throws {
        let (a, b) = try Self.pair()
        let usage: [[String]] = [
            ["diff", a, b, "--width", "5"], ["diff", a, b, "--width", "-30"], ["diff", a, b, "--bogus"], ["diff", a],
            ["diff", a, b, a], ["diff", a, b, "--color", "blue"], ["diff", a, b, "--context"],
            ["diff", a, b, "--width", "99999999999999999999"],
        ]
        for args in usage {
            let r = try await Binary.run(args)
            #expect(r.status == 64, "\(args): \(r.status) \(r.stderr)")
            #expect(r.stdout.isEmpty && !r.stderr.isEmpty, "\(args)")
        }
        let help = try await Binary.run(["diff", "-h"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: diff <left> <right>"))
        let missing = try await Binary.run(["diff", a, "no-such-article.txt", "--json"])
        #expect(missing.status == 1 && missing.stderr.contains("no-such-article.txt"))
        // A repeated option is left to ArgumentParser, which keeps the last value.
        let twice = try await Binary.run(["diff", a, b, "--width", "120", "--width", "100", "--color", "never"])
        let once = try await Binary.run(["diff", a, b, "--width", "100", "--color", "never"])
        #expect(twice.status == 0 && twice.stdout == once.stdout)
    }
}
