import ArgumentParser
import Foundation
import ParallaxCore

/// Output and error conventions shared by every subcommand.
enum CLI {
    /// One line on stderr. Messages quote paths and header values from the files, so they are made
    /// terminal-safe too, and kept on one line.
    static func printError(_ message: String) {
        let safe = TerminalSafeText.sanitize(message, multiline: false)
        FileHandle.standardError.write(Data(("parallax: " + safe + "\n").utf8))
    }

    /// Every subcommand's text output goes through here: article text (and file names) can hold escape
    /// sequences, controls and bidi overrides that must never reach the terminal raw. JSON output does not
    /// need it (`JSONOutput` escapes them).
    static func printText(_ text: String = "", terminator: String = "\n") {
        print(TerminalSafeText.sanitize(text), terminator: terminator)
    }

    /// Reports load problems on stderr, one line each, and goes on.
    static func report(_ errors: [LoadError]) {
        for e in errors { printError(e.description) }
    }

    static func reportWarnings(_ articles: [Article]) {
        for a in articles { for w in a.warnings { printError("\(a.path): warning: \(w)") } }
    }

    /// Fails the command with exit 1 and a one-line message naming the path.
    static func fail(_ error: LoadError) -> ExitCode {
        printError(error.description)
        return ExitCode(1)
    }

    /// The JSON and a newline, written as bytes (after anything `print` buffered): a long output need not
    /// become a String first. Returns the encoder's tree, for a command that ends with `finish(keeping:)`.
    @discardableResult
    static func emitJSON<T: Encodable>(_ value: T) throws -> AnyObject {
        var (bytes, tree) = try JSONOutput.encodeBytesKeepingTree(value)
        bytes.append(0x0A)
        fflush(nil)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return }  // a closed pipe: the reader is gone, as with `print`
                offset += n
            }
        }
        return tree
    }

    /// Ends a command whose output is complete with exit status 0, as returning from `run` would, but
    /// without freeing what it built: the process ends anyway, and for `diff` of two long articles the
    /// releases of every article, feature vector, row and JSON node were the last milliseconds of the
    /// run, on the main thread. `values` are kept alive until the exit, so none is freed before it either.
    static func finish(keeping values: Any...) -> Never {
        fflush(nil)
        withExtendedLifetime(values) { exit(0) }
    }

    /// With `analysis`, each article is cut to what the analyses read (`AnalysisLimit`), with a warning.
    static func loadStory(_ path: String, analysis: Bool = false) throws -> Story {
        do {
            let story = try LibraryLoader.loadStory(path: path)
            report(story.errors)
            reportWarnings(story.articles)
            return analysis ? limited(story) : story
        } catch {
            throw fail(error)
        }
    }

    static func planLibrary(_ path: String) throws -> LibraryPlan {
        do { return try LibraryLoader.plan(path: path) } catch { throw fail(error) }
    }

    /// Part of a planned library, with its problems reported like `loadLibrary`'s.
    static func loadLibrary(_ plan: LibraryPlan, stories range: Range<Int>) throws -> Library {
        do {
            let lib = try LibraryLoader.load(plan, stories: range)
            report(lib.errors)
            for s in lib.stories { reportWarnings(s.articles) }
            return lib
        } catch {
            throw fail(error)
        }
    }

    static func loadLibrary(_ path: String, analysis: Bool = false) throws -> Library {
        let plan = try planLibrary(path)
        let lib = try loadLibrary(plan, stories: plan.stories.indices)
        guard analysis else { return lib }
        let (l, cuts) = AnalysisLimit.limit(lib)
        reportCuts(cuts)
        return l
    }

    /// Several files read in parallel; the first that fails (in argument order) is the error.
    /// With `analysis`, each is cut to what the analyses read (`AnalysisLimit`), with a warning.
    static func loadArticles(_ paths: [String], analysis: Bool = false) throws -> [Article] {
        var articles: [Article] = []
        for result in ArticleLoader.load(paths: paths) {
            switch result {
            case .success(let a):
                reportWarnings([a])
                articles.append(a)
            case .failure(let e): throw fail(e)
            }
        }
        return analysis ? articles.map(limited) : articles
    }

    static func loadArticle(_ path: String, analysis: Bool = false) throws -> Article {
        do {
            let a = try ArticleLoader.load(path: path)
            reportWarnings([a])
            return analysis ? limited(a) : a
        } catch {
            throw fail(error)
        }
    }

    static func limited(_ story: Story) -> Story {
        let (s, cuts) = AnalysisLimit.limit(story)
        reportCuts(cuts)
        return s
    }

    static func limited(_ article: Article) -> Article {
        let (a, cut) = AnalysisLimit.limit(article)
        reportCuts(cut.map { [$0] } ?? [])
        return a
    }

    static func reportCuts(_ cuts: [AnalysisLimit.Cut]) {
        for c in cuts { printError("\(c.path): \(c.message)") }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CLI {
    /// Columns of the terminal on stdout, or nil when output goes to a pipe or file.
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var ws = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 0 { return c }
        return 80
    }
}
