import Foundation
import Testing
@testable import ParallaxCore
#if canImport(Glibc)
import Glibc
#endif

/// Files that are not clean UTF-8 articles, generated into a fresh temporary folder per test.
/// A class so that `deinit` removes the folder: as a struct it left one folder in /tmp per test and run.
@Suite final class BadInputTests {
    let dir: String
    let prose = "The minister said on Tuesday that the bridge would open next spring, two years late.\n"

    init() throws {
        dir = NSTemporaryDirectory() + "parallax-bad-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: dir)
    }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let p = dir + "/" + name
        #expect(FileManager.default.createFile(atPath: p, contents: Data(bytes)))
        return p
    }

    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    func loadError(_ path: String) -> LoadError? {
        do { _ = try ArticleLoader.load(path: path); return nil } catch { return error }
    }

    @Test func nulBytesAreNotText() {
        let p = write("bin.txt", Array("hello".utf8) + [0, 1, 2, 0] + Array("world".utf8))
        #expect(loadError(p)?.message == "not a text file (contains NUL bytes)")
    }

    @Test func knownBinaryFormatsAreNamed() {
        let p = write("scan.txt", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A])
        #expect(loadError(p)?.message == "not a text file (looks like a PDF document)")
        let q = write("photo.md", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])
        #expect(loadError(q)?.message.contains("JPEG") == true)
    }

    @Test func invalidUTF8FallsBackToWindows1252WithAWarning() throws {
        // "café" in Latin-1, a Windows-1252 curly quote pair, and one valid UTF-8 "é" on the same line.
        let bytes: [UInt8] = Array("The caf".utf8) + [0xE9] + Array(" said ".utf8) + [0x93] + Array("yes".utf8) + [0x94]
            + Array(" to the caf".utf8) + [0xC3, 0xA9] + Array(" owners on Monday, as expected by all.\n".utf8)
        let a = try ArticleLoader.load(path: write("latin.txt", bytes))
        #expect(a.paragraphs.first?.text == "The caf\u{E9} said \u{201C}yes\u{201D} to the caf\u{E9} owners on Monday, as expected by all.")
        #expect(a.warnings.contains { $0.contains("Windows-1252") })
    }

    @Test func utf16WithBOM() throws {
        let text = prose + "Second line of the story, which is also long enough to be prose.\n"
        var le: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        var be: [UInt8] = [0xFE, 0xFF]
        for u in text.utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        for bytes in [le, be] {
            let a = try ArticleLoader.load(path: write("u16-\(bytes[0]).txt", bytes))
            #expect(a.paragraphs.count == 2)
            #expect(a.warnings.isEmpty)
        }
        var noBOM: [UInt8] = []
        for u in text.utf16 { noBOM += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let a = try ArticleLoader.load(path: write("u16-nobom.txt", noBOM))
        #expect(a.paragraphs.count == 2)
        #expect(a.warnings.contains { $0.contains("UTF-16") })
    }

    @Test func utf32WithBOM() throws {
        var le: [UInt8] = [0xFF, 0xFE, 0, 0]
        for u in prose.unicodeScalars { le += [UInt8(u.value & 0xFF), UInt8(u.value >> 8 & 0xFF), 0, 0] }
        let a = try ArticleLoader.load(path: write("u32.txt", le))
        #expect(a.paragraphs.count == 1)
    }

    @Test func utf8BOMAndCRLF() throws {
        let a = try ArticleLoader.load(path: write("bom.txt", [0xEF, 0xBB, 0xBF] + Array((prose + prose).replacingOccurrences(of: "\n", with: "\r\n").utf8)))
        #expect(a.paragraphs.count == 2)
        #expect(a.paragraphs[0].text == String(prose.dropLast()))
        #expect(a.paragraphs[1].sourceLines == 2...2)
    }

    @Test func emptyFileLoadsWithAWarning() throws {
        let a = try ArticleLoader.load(path: write("empty.txt", []))
        #expect(a.paragraphs.isEmpty)
        #expect(a.warnings == ["empty file"])
        let b = try ArticleLoader.load(path: write("blank.txt", "  \n\t\n \n"))
        #expect(b.paragraphs.isEmpty)
        #expect(b.warnings == ["no article text found"])
    }

    @Test func fileOverTheHardLimitIsRefusedWithoutReadingIt() throws {
        // Sparse: the size is checked before a byte is read, so this costs nothing.
        let p = write("huge.txt", [])
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: p))
        try h.truncate(atOffset: UInt64(TextDecoder.maxBytes + 1))
        try h.close()
        let clock = ContinuousClock()
        var error: LoadError?
        let t = clock.measure { error = loadError(p) }
        #expect(error?.message.hasPrefix("file too large for an article (64.0 MB") == true, "\(String(describing: error))")
        #expect(t < .seconds(2))
    }

    @Test func fiveMegabytesOnOneLineLoadsInLinearTime() throws {
        let sentence = "Officials said the U.S. deal, worth $27.5 billion, was signed by Mr. Lee on Nov. 3... "
        let line = String(repeating: sentence, count: 5_000_000 / sentence.utf8.count)
        let p = write("long.txt", line)
        let clock = ContinuousClock()
        var a: Article?
        let t = clock.measure { a = try? ArticleLoader.load(path: p) }
        // Cut into parts of at most ParagraphBuilder.maxParagraphScalars at sentence ends (so later stages stay
        // linear), every part from line 1, and no sentence lost or split.
        let paragraphs = a?.paragraphs ?? []
        #expect(paragraphs.count >= line.unicodeScalars.count / ParagraphBuilder.maxParagraphScalars)
        #expect(paragraphs.allSatisfy { $0.sourceLines == 1...1 && $0.text.unicodeScalars.count <= ParagraphBuilder.maxParagraphScalars })
        #expect(paragraphs.map(\.sentences.count).reduce(0, +) == line.utf8.count / sentence.utf8.count)
        #expect(paragraphs.map(\.text).joined(separator: " ") == line.trimmingCharacters(in: .whitespaces))
        #expect(t < .seconds(60))
    }

    @Test func twentyThousandParagraphsLoad() throws {
        let text = (0..<20_000).map { "Paragraph \($0) says the bridge opened, “a relief,” officials said." }.joined(separator: "\n\n")
        let p = write("many.txt", text)
        let a = try ArticleLoader.load(path: p)
        // The first line may be taken as the headline; every other line is a paragraph.
        #expect(a.paragraphs.count >= 19_999)
        #expect(a.paragraphs.last?.sourceLines == 39_999...39_999)
    }

    @Test func tooManyLinesIsRefused() {
        let p = write("log.txt", String(repeating: "GET /index.html 200\n", count: ArticleLoader.maxLines + 1))
        #expect(loadError(p)?.message.hasPrefix("too many lines for an article") == true)
    }

    /// The analyses see a prefix of a long article, with the same paragraph indices, and say so.
    @Test func analysisLimitKeepsAPrefix() throws {
        let text = (0..<2_000).map { "Paragraph \($0) is a sentence of about sixty characters, no more." }.joined(separator: "\n\n")
        let a = try ArticleLoader.load(path: write("long-story.txt", text))
        let (cut, info) = AnalysisLimit.limit(a, maxScalars: 10_000)
        #expect(cut.paragraphs.count < a.paragraphs.count)
        #expect(cut.paragraphs == Array(a.paragraphs.prefix(cut.paragraphs.count)))
        #expect(info?.paragraphsAnalysed == cut.paragraphs.count && info?.paragraphsTotal == 2_000)
        #expect(info.map { $0.analysed >= 10_000 && $0.analysed < 10_100 } == true)
        let (same, none) = AnalysisLimit.limit(a, maxScalars: 1_000_000)
        #expect(same == a && none == nil)
    }

    @Test func unreadableFile() throws {
        let p = write("secret.txt", prose)
        chmod(p, 0)
        defer { chmod(p, 0o644) }
        if geteuid() == 0 {
            // root reads anything: the file loads, which is the honest outcome.
            #expect(loadError(p) == nil)
        } else {
            #expect(loadError(p)?.message == "permission denied")
        }
    }

    @Test func symlinkLoopsAndBrokenLinks() throws {
        symlink(dir + "/b.txt", dir + "/a.txt")
        symlink(dir + "/a.txt", dir + "/b.txt")
        symlink(dir + "/missing.txt", dir + "/dangling.txt")
        _ = write("good.txt", prose)
        symlink(dir, dir + "/self")
        #expect(loadError(dir + "/a.txt")?.message == "symbolic link loop")
        #expect(loadError(dir + "/dangling.txt")?.message == "broken symbolic link")
        let lib = try LibraryLoader.load(path: dir)
        #expect(lib.stories.count == 1)
        #expect(lib.stories[0].articles.map(\.id) == ["good"])
        #expect(Set(lib.errors.map { ($0.path as NSString).lastPathComponent }) == ["a.txt", "b.txt", "dangling.txt"])
    }

    @Test func libraryWithALoopBackToItself() throws {
        try FileManager.default.createDirectory(atPath: dir + "/story1", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: dir + "/story1/x.txt", contents: Data(prose.utf8)))
        symlink(dir, dir + "/story1-up")
        symlink(dir + "/story1", dir + "/story1-again")
        let lib = try LibraryLoader.load(path: dir)
        #expect(lib.stories.map(\.id) == ["story1"])
    }

    @Test func missingPathAndEmptyFolder() throws {
        do { _ = try LibraryLoader.load(path: dir + "/nope"); Issue.record("expected an error") } catch {
            #expect(error.message == "no such file or folder")
        }
        do { _ = try LibraryLoader.load(path: dir); Issue.record("expected an error") } catch {
            #expect(error.message.hasPrefix("no articles found"))
        }
    }

    @Test func oneBadFileDoesNotStopTheStory() throws {
        _ = write("a.txt", prose)
        _ = write("b.txt", [0x00, 0x01, 0x02])
        _ = write("c.md", prose)
        _ = write("notes.pdf", [0x25, 0x50])
        let story = try LibraryLoader.loadStory(path: dir)
        #expect(story.articles.map(\.id) == ["a", "c"])
        #expect(story.errors.map { ($0.path as NSString).lastPathComponent } == ["b.txt"])
    }

    @Test func aFifoIsNotOpened() throws {
        let p = dir + "/pipe.txt"
        mkfifo(p, 0o644)
        #expect(loadError(p)?.message == "not a regular file")
    }
}
