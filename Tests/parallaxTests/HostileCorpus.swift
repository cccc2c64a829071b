import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hostile-input corpus, laid out in a temp folder once per test run.
///
/// Small files live in the repo (`Tests/Corpus/hostile/`, see its README); what git cannot hold or should not
/// (symbolic link loops, a FIFO, an unreadable file, names with escape sequences, multi-megabyte files,
/// a library of 10,000 files) is made here.
struct HostileCorpus: Sendable {
    /// A library holding the stories `small` and `big`, plus a symbolic link back to itself.
    let root: String
    /// One story: every small hostile file, plus special files.
    let small: String
    /// One story of large files: 5 MB on one line and 20,000 paragraphs, both with random unbalanced
    /// quotation marks, 2 MB of quote marks and words in paragraphs, 1.9 MB of one word without spaces.
    let big: String
    /// 100 stories of 100 articles each.
    let lib10k: String
    /// One ordinary article, the partner for `diff`.
    let plain: String

    static let shared: HostileCorpus = {
        do {
            let corpus = try make()
            // ~50 MB (the 10,000-file library) would otherwise stay in /tmp after every run.
            atexit { try? FileManager.default.removeItem(atPath: HostileCorpus.base) }
            return corpus
        } catch {
            fatalError("cannot build the hostile corpus: \(error)")
        }
    }()

    /// One folder per test process, so that concurrent runs (worktrees, CI) never share or delete each other's.
    static var base: String { FileManager.default.temporaryDirectory.appendingPathComponent("parallax-hostile-\(getpid())").path }

    static var repoCorpus: String { Binary.repoRoot.appendingPathComponent("Tests/Corpus/hostile").path }

    /// The files of `small`, as `read` and `diff` see them (special files included).
    var smallFiles: [String] { Self.entries(small) }
    var bigFiles: [String] { Self.entries(big) }

    static func entries(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted().map { dir + "/" + $0 }
    }

    static func make() throws -> HostileCorpus {
        let fm = FileManager.default
        let base = Self.base
        try? fm.removeItem(atPath: base)
        let root = base + "/library"
        let small = root + "/small"
        let big = root + "/big"
        let lib10k = base + "/lib10k"
        for d in [small, big, lib10k] { try fm.createDirectory(atPath: d, withIntermediateDirectories: true) }

        for name in try fm.contentsOfDirectory(atPath: repoCorpus) where !name.hasPrefix(".") && name != "README.md" {
            try fm.copyItem(atPath: repoCorpus + "/" + name, toPath: small + "/" + name)
        }
        try makeSpecialFiles(in: small)
        try fm.createSymbolicLink(atPath: root + "/loop-story", withDestinationPath: root)
        try makeBigFiles(in: big)
        try makeLibrary(at: lib10k, stories: 100, articlesPerStory: 100)

        let plain = base + "/plain.txt"
        try write(plain, ordinaryArticle(0, 0))
        return HostileCorpus(root: root, small: small, big: big, lib10k: lib10k, plain: plain)
    }

    static func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func makeSpecialFiles(in dir: String) throws {
        let fm = FileManager.default
        let body = "An ordinary paragraph of text, long enough to count as a sentence of a story.\n"
        try fm.createSymbolicLink(atPath: dir + "/loop.txt", withDestinationPath: "loop.txt")
        try fm.createSymbolicLink(atPath: dir + "/cycle-a.txt", withDestinationPath: "cycle-b.txt")
        try fm.createSymbolicLink(atPath: dir + "/cycle-b.txt", withDestinationPath: "cycle-a.txt")
        try fm.createSymbolicLink(atPath: dir + "/broken-link.txt", withDestinationPath: "no-such-file.txt")
        try fm.createSymbolicLink(atPath: dir + "/device.txt", withDestinationPath: "/dev/zero")
        guard mkfifo(dir + "/fifo.txt", 0o644) == 0 else { throw POSIXError(.EIO) }
        try fm.createDirectory(atPath: dir + "/folder.txt", withIntermediateDirectories: false)
        // Unreadable: root reads it anyway, which the tests accept; anyone else must get a clear error.
        try write(dir + "/unreadable.txt", body)
        chmod(dir + "/unreadable.txt", 0)
        // File names are shown in text output and errors, so they are hostile input too.
        try write(dir + "/name-\u{1B}]0;title-grab\u{07}-\u{1B}[2J.txt", body)
        try write(dir + "/name-with\nnewline.txt", body)
        try write(dir + "/name-\u{202E}txt.md", body)
    }

    /// Every quotation mark Parallax pairs, straight and curly, single and double, and guillemets.
    static let quoteMarks = ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "\u{00AB}", "\u{00BB}"]

    static func makeBigFiles(in dir: String) throws {
        let words = ["the", "bank", "said", "on", "thursday", "that", "rates", "would", "fall", "and", "markets",
            "rose", "sharply", "after", "officials", "spoke", "Jane", "Doe", "he", "she", "told", "reporters"]
        var rng = SplitMix(seed: 7)
        // Words with random, unbalanced quotation marks stuck to about one word in four (before or after
        // it) and a few standing alone: every open quote may run on, every close may lack its opener, so
        // quote pairing, attribution and grouping meet their worst case on every line.
        func word() -> String {
            let w = words[rng.next() % words.count]
            switch rng.next() % 16 {
            case 0, 1: return quoteMarks[rng.next() % quoteMarks.count] + w
            case 2, 3: return w + quoteMarks[rng.next() % quoteMarks.count]
            case 4: return quoteMarks[rng.next() % quoteMarks.count] + " " + w
            case 5: return w + ","
            default: return w
            }
        }
        func sentence(_ n: Int) -> String {
            var s = (0..<n).map { _ in word() }.joined(separator: " ")
            s.replaceSubrange(s.startIndex...s.startIndex, with: s.prefix(1).uppercased())
            return s + "."
        }
        var line = ""
        while line.utf8.count < 5_000_000 { line += sentence(20) + " " }
        try write(dir + "/line-5mb.txt", line + "\n")
        try write(dir + "/line-1_9mb-no-spaces.txt", String(repeating: "Unbroken", count: 1_900_000 / 8) + "\n")
        var paras: [String] = []
        paras.reserveCapacity(20_000)
        for _ in 0..<20_000 { paras.append(sentence(12)) }
        try write(dir + "/paragraphs-20k.txt", paras.joined(separator: "\n\n") + "\n")
        // ~2 MB of nothing but quote marks and words, in paragraphs of a few hundred words.
        var quotes: [String] = []
        var size = 0
        while size < 2_000_000 {
            let p = (0..<(50 + rng.next() % 400)).map { _ in word() }.joined(separator: " ")
            quotes.append(p)
            size += p.utf8.count + 2
        }
        try write(dir + "/quotes-2mb.txt", quotes.joined(separator: "\n\n") + "\n")
    }

    static func ordinaryArticle(_ story: Int, _ article: Int) -> String {
        """
        Story \(story) headline as told by outlet \(article)

        By Reporter \(article)

        The minister Jane Doe said on Tuesday that story \(story) was \u{201C}important for everyone,\u{201D} and officials agreed.

        A second paragraph about story \(story) gives more detail, and the number \(article * 7) appears here.

        """
    }

    static func makeLibrary(at dir: String, stories: Int, articlesPerStory: Int) throws {
        for s in 0..<stories {
            let story = dir + "/story-\(s)"
            try FileManager.default.createDirectory(atPath: story, withIntermediateDirectories: false)
            for a in 0..<articlesPerStory { try write(story + "/outlet-\(a).txt", ordinaryArticle(s, a)) }
        }
    }
}

/// A tiny deterministic generator, so generated files are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
    }
}
