import Foundation
import Testing

/// The real binary in a real (tmux) terminal: open, navigate, compare, resize, quit, and the terminal must be
/// usable afterwards.
@Suite(.serialized) struct TUIEndToEndTests {
    static var ready: Bool { Tmux.isAvailable && FileManager.default.isExecutableFile(atPath: Binary.path) }

    /// After the program ends the shell prompt is back and the tty is in its normal cooked mode.
    func expectTerminalUsable(_ t: Tmux, width: Int) async throws {
        try await t.waitFor("shell prompt after exit") { screen in
            // An empty prompt on the last line: the program has exited and the shell is waiting again.
            screen.split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces) == Tmux.prompt } ?? false
        }
        let modes = try await t.shell("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e -icanon -e -echo; tput cols")
        #expect(modes.contains("icanon\n") && !modes.contains("-icanon"))
        #expect(modes.contains("echo\n") && !modes.contains("-echo"))
        #expect(modes.contains("\(width)"))
    }

    @Test(.enabled(if: ready && Binary.seedsPath != nil))
    func seedsOpenNavigateCompareResizeQuit() async throws {
        try await Tmux.session { t in
            try await t.start(width: 100, height: 30)
            try await t.type("'\(Binary.path)' '\(Binary.seedsPath!)'")
            try await t.send("Enter")
            var screen = try await t.waitFor("library") { $0.contains("Library · 1 story · 5 articles") }
            #expect(screen.contains("seeds"))
            try await t.send("j", "Enter")
            screen = try await t.waitFor("reader on the second article") { $0.contains("· 2/5 ·") }
            try await t.send("Space")
            try await t.send("/")
            try await t.type("Xi")
            try await t.send("Enter")
            try await t.waitFor("search result") { $0.contains("/Xi ") }
            try await t.send("q", "c")
            try await t.waitFor("compare") { $0.contains("⇄") }
            try await t.send("?")
            try await t.waitFor("help") { $0.contains("Keys · compare") }
            try await t.send("Escape")
            try await t.waitFor("help closed") { !$0.contains("Keys · compare") }
            try await t.resize(width: 60, height: 20)
            try await t.waitFor("re-layout at 60 columns") { s in
                let lines = s.split(separator: "\n")
                return lines.contains { $0.contains("⇄") } && lines.contains { $0.count > 50 } && lines.allSatisfy { $0.count <= 60 }
            }
            try await t.resize(width: 30, height: 8)
            try await t.waitFor("too small notice") { $0.contains("Terminal too small") }
            try await t.resize(width: 100, height: 30)
            try await t.waitFor("back to normal") { $0.contains("⇄") && !$0.contains("too small") }
            try await t.send("q")
            try await t.waitFor("library again") { $0.contains("Library ·") }
            try await t.send("q")
            try await expectTerminalUsable(t, width: 100)
            // The position was remembered.
            let saved = try String(contentsOfFile: t.stateDir + "/parallax/positions.json", encoding: .utf8)
            #expect(saved.contains("001_"))
        }
    }

    @Test(.enabled(if: ready && Binary.seedsPath != nil))
    func seedsPersonMentionWalk() async throws {
        try await Tmux.session { t in
            try await t.start(width: 120, height: 30)
            try await t.type("'\(Binary.path)' '\(Binary.seedsPath!)'")
            try await t.send("Enter")
            try await t.waitFor("library") { $0.contains("Library ·") }
            try await t.send("p")
            let people = try await t.waitFor("people index") { $0.range(of: #"· \d+ people"#, options: .regularExpression) != nil }
            #expect(people.contains("Xi Jinping"))
            try await t.send("Enter")
            let first = try await t.waitFor("first mention") { $0.contains("· mention 1 of ") }
            let total = first.components(separatedBy: "· mention 1 of ").last!.prefix { $0.isNumber }
            #expect(Int(total).map { $0 > 5 } == true)
            try await t.send("n", "n")
            try await t.waitFor("third mention") { $0.contains("· mention 3 of \(total)") }
            // Walking on eventually switches article: the reader's status names another article number.
            var articles = Set<String>()
            for _ in 0..<Int(total)! {
                try await t.send("n")
                let s = try await t.capture()
                if let r = s.range(of: "of \(total) · ") {
                    articles.insert(String(s[r.upperBound...].prefix { $0 != " " }))
                }
            }
            #expect(articles.count > 1, "the walk should visit several articles: \(articles)")
            try await t.send("N")
            try await t.waitFor("walk wrapped back") { $0.contains("of \(total)") }
            try await t.send("Escape", "q", "q", "q")
            try await expectTerminalUsable(t, width: 120)
        }
    }

    @Test(.enabled(if: ready && Binary.seedsPath != nil))
    func ctrlCAndSigtermRestoreTheTerminal() async throws {
        try await Tmux.session { t in
            try await t.start(width: 80, height: 24)
            try await t.type("'\(Binary.path)' '\(Binary.seedsPath!)'")
            try await t.send("Enter")
            try await t.waitFor("library") { $0.contains("Library ·") }
            try await t.send("Enter")
            try await t.waitFor("reader") { $0.contains("· 1/5 ·") }
            // In the `/` prompt Ctrl-C cancels the prompt, as in a shell; the reader stays.
            try await t.send("/")
            try await t.type("zqx")
            try await t.waitFor("prompt") { $0.contains("/zqx") }
            try await t.send("C-c")
            try await t.waitFor("prompt cancelled") { !$0.contains("/zqx") && $0.contains("· 1/5 ·") }
            try await t.send("C-c")
            try await expectTerminalUsable(t, width: 80)

            try await t.type("'\(Binary.path)' '\(Binary.seedsPath!)'; echo status=$?")
            try await t.send("Enter")
            try await t.waitFor("library") { $0.contains("Library ·") }
            let pid = try await t.childPid()
            #expect(pid != nil)
            if let pid { kill(pid, SIGTERM) }
            try await t.waitFor("exit status") { $0.contains("status=143") }
            try await expectTerminalUsable(t, width: 80)
        }
    }

    @Test(.enabled(if: ready && Binary.seedsPath != nil))
    func crashInModelCodeRestoresTheTerminal() async throws {
        try await Tmux.session { t in
            try await t.start(width: 80, height: 24, environment: ["PARALLAX_TEST_CRASH": "analysis"])
            try await t.type("'\(Binary.path)' '\(Binary.seedsPath!)'")
            try await t.send("Enter")
            try await t.waitFor("crash note") { $0.contains("internal error") }
            try await expectTerminalUsable(t, width: 80)
        }
    }

    static var demoLibrary: String? {
        let p = Binary.repoRoot.appendingPathComponent("articles").path
        let stories = (try? FileManager.default.contentsOfDirectory(atPath: p))?.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") } ?? []
        return stories.isEmpty ? nil : p
    }

    @Test(.enabled(if: ready && demoLibrary != nil))
    func demoLibraryCompareAndSwitchOutlet() async throws {
        try await Tmux.session { t in
            try await t.start(width: 120, height: 32)
            try await t.type("'\(Binary.path)' '\(Self.demoLibrary!)'")
            try await t.send("Enter")
            try await t.waitFor("library") { $0.contains("Library ·") && $0.contains("stories") }
            try await t.send("c")
            try await t.waitFor("aligned rows") { $0.contains("⇄") && $0.contains("row 1/") }
            // `/` searches both panes; the prompt edits as readline does (Ctrl-U takes what was typed). The
            // letters typed must reach the prompt, not run as commands.
            try await t.send("/")
            try await t.type("xyz")
            try await t.send("C-u")
            try await t.type("the")
            try await t.send("Enter")
            let found = try await t.waitFor("compare search") { $0.contains("/the ") && $0.contains(" rows") }
            #expect(!found.contains("/xyz"))
            // Ctrl-S must not freeze the screen: flow control is off while the reader runs.
            try await t.send("C-s", "G")
            try await t.waitFor("G after Ctrl-S") { !$0.contains("/the ") || !$0.contains("row 1/") }
            try await t.send("g", "Escape")
            try await t.waitFor("search cleared") { !$0.contains("/the ") && $0.contains("row 1/") }
            try await t.send("]")
            try await t.waitFor("next difference") { !$0.contains("row 1/") }
            try await t.send("Enter")
            try await t.waitFor("row details") { $0.contains("Esc closes") }
            try await t.send("Escape", "Tab", "o")
            try await t.waitFor("other outlet aligned") { $0.contains("row 1/") }
            try await t.send("q", "q")
            try await expectTerminalUsable(t, width: 120)
        }
    }

    @Test(.enabled(if: ready))
    func withoutATerminalItSaysSo() async throws {
        let r = try await Binary.run(["articles"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("needs a terminal"))
        #expect(r.stdout.isEmpty)
    }

    @Test(.enabled(if: ready && Binary.seedsPath != nil))
    func unknownTermIsReported() async throws {
        try await Tmux.session { t in
            try await t.start(width: 80, height: 24, environment: ["TERM": "no-such-terminal-xyz"])
            try await t.type("'\(Binary.path)' '\(Binary.seedsPath!)'; echo \"st\"\"atus=$?\"")
            try await t.send("Enter")
            let s = try await t.waitFor("exit status") { $0.contains("status=") }
            #expect(s.contains("TERM=no-such-terminal-xyz"))
            #expect(s.contains("status=1"))
        }
    }

    @Test(.enabled(if: ready))
    func unknownThemeIsAClearError() async throws {
        let r = try await Binary.run(["--theme", "no-such-theme", "articles"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("theme 'no-such-theme' not found"))
        #expect(r.stderr.contains("dark"))
    }

    @Test(.enabled(if: ready && Binary.seedsPath != nil))
    func brokenThemeFallsBackAndIsReported() async throws {
        try await Tmux.session { t in
            let themes = t.stateDir + "/themes"
            try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
            try "# broken on purpose\n\"text\" = { fg = \n".write(toFile: themes + "/dark.toml", atomically: true, encoding: .utf8)
            try await t.start(width: 120, height: 24, environment: ["PARALLAX_THEMES": themes])
            try await t.type("'\(Binary.path)' '\(Binary.seedsPath!)'")
            try await t.send("Enter")
            try await t.waitFor("library with theme notice") { $0.contains("Library ·") && $0.contains("dark.toml:") }
            try await t.send("q")
            try await expectTerminalUsable(t, width: 120)
            let screen = try await t.capture()
            #expect(screen.contains("parallax: theme: \(themes)/dark.toml:2"))
        }
    }

    @Test(.enabled(if: ready && Binary.seedsPath != nil))
    func noColorRenders() async throws {
        try await Tmux.session { t in
            try await t.start(width: 80, height: 24, environment: ["NO_COLOR": "1"])
            try await t.type("'\(Binary.path)' '\(Binary.seedsPath!)'")
            try await t.send("Enter")
            try await t.waitFor("library") { $0.contains("Library ·") }
            try await t.send("t")
            try await t.waitFor("theme cycled, mono shown") { $0.contains("monochrome") }
            try await t.send("q")
            try await expectTerminalUsable(t, width: 80)
        }
    }
    /// A library larger than a first screen opens with its first stories and reads the rest behind them;
    /// every story is reachable once the status line stops saying "reading".
    @Test(.enabled(if: ready && demoLibrary != nil))
    func largeLibraryOpensBeforeItIsFullyRead() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("px-big-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let demo = URL(fileURLWithPath: Self.demoLibrary!)
        let sources = try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { !$0.hasSuffix(".md") }.sorted()
        for k in 0..<80 {
            let story = root.appendingPathComponent(String(format: "story-%03d", k))
            try FileManager.default.createDirectory(at: story, withIntermediateDirectories: true)
            // The last story is always a copy of new-glenn-launch, whatever the number of demo stories.
            let src = demo.appendingPathComponent(k == 79 ? "new-glenn-launch" : sources[k % sources.count])
            for f in try FileManager.default.contentsOfDirectory(atPath: src.path) where f.hasSuffix(".txt") {
                try FileManager.default.copyItem(at: src.appendingPathComponent(f), to: story.appendingPathComponent(f))
            }
        }
        try await Tmux.session { t in
            try await t.start(width: 100, height: 30)
            try await t.type("'\(Binary.path)' '\(root.path)'")
            try await t.send("Enter")
            try await t.waitFor("first stories") { $0.contains("Library ·") }
            try await t.waitFor("all stories read") { $0.contains("Library · 80 stories") && !$0.contains("reading") }
            // The last story (a copy of new-glenn-launch): its last article opens from the end.
            try await t.send("G", "Enter")
            try await t.waitFor("last article of the last story") { $0.contains("Rocket Dispatch · 4/4") }
            try await t.send("q", "q")
            try await expectTerminalUsable(t, width: 100)
        }
    }
}
