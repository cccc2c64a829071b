import Foundation
import Subprocess

/// A private tmux server driving the real binary in a pseudo-terminal, the way a user's terminal would.
///
/// Each instance uses its own socket (`-L parallax-test-<pid>-<n>`), so tests never touch the user's tmux and
/// can run in parallel; `stop()` kills that server only. Conditions are polled from `capture-pane` instead of
/// sleeping for fixed times.
final class Tmux: @unchecked Sendable {
    static var isAvailable: Bool { executable != nil }
    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    private static let counter = Counter()
    let socket: String
    let stateDir: String
    static let prompt = "pxprompt$"

    init() {
        socket = "parallax-test-\(getpid())-\(Tmux.counter.next())"
        stateDir = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
        try? FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
    }

    @discardableResult
    func tmux(_ args: [String]) async throws -> String {
        let r = try await Subprocess.run(
            .path(.init(Tmux.executable!)), arguments: .init(["-L", socket, "-f", "/dev/null"] + args),
            output: .string(limit: 1 << 20), error: .string(limit: 1 << 20))
        return r.standardOutput
    }

    /// Starts a plain shell with a recognisable prompt, a private state dir and the given environment.
    func start(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) async throws {
        var env = ["PS1": Tmux.prompt + " ", "XDG_STATE_HOME": stateDir, "HOME": stateDir, "TERM": "screen-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        for (k, v) in environment { env[k] = v }
        let assignments = env.keys.sorted().map { "\($0)='\(env[$0]!)'" }.joined(separator: " ")
        try await tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main", "env -i PATH=/usr/bin:/bin \(assignments) sh"])
        try await waitFor("shell prompt") { $0.contains(Tmux.prompt) }
    }

    func send(_ keys: String...) async throws {
        try await tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Types a literal string (no key-name interpretation).
    func type(_ text: String) async throws {
        try await tmux(["send-keys", "-t", "main", "-l", text])
    }

    func capture() async throws -> String {
        try await tmux(["capture-pane", "-p", "-t", "main"])
    }

    func resize(width: Int, height: Int) async throws {
        try await tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the process running in the pane's shell (our binary), if any.
    func childPid() async throws -> pid_t? {
        let shell = try await tmux(["list-panes", "-t", "main", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let r = try await Subprocess.run(.path("/usr/bin/ps"), arguments: ["-o", "pid=", "--ppid", shell], output: .string(limit: 4096), error: .discarded)
        return r.standardOutput.split(separator: "\n").compactMap { pid_t($0.trimmingCharacters(in: .whitespaces)) }.first
    }

    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var screen: String
        var description: String { "timed out waiting for \(what); screen was:\n\(screen)" }
    }

    /// Polls the pane until `condition` holds; returns the screen that satisfied it.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 40, _ condition: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try await capture()
            if condition(screen) { return screen }
            try await Task.sleep(nanoseconds: 40_000_000)
        }
        throw Timeout(what: what, screen: screen)
    }

    /// Runs a command at the shell prompt and returns the lines it printed (between markers).
    func shell(_ command: String) async throws -> String {
        let tag = "pxmark\(Int.random(in: 1000...9999))"
        try await type("echo \(tag)-begin; \(command); echo \(tag)-end")
        try await send("Enter")
        func output(_ screen: String) -> String? {
            guard let b = screen.range(of: "\n\(tag)-begin\n"),
                  let e = screen.range(of: "\n\(tag)-end", range: b.upperBound..<screen.endIndex) else { return nil }
            return String(screen[b.lowerBound..<e.lowerBound].dropFirst("\n\(tag)-begin\n".count))
        }
        let screen = try await waitFor("output of \(command)") { output($0) != nil }
        return output(screen) ?? ""
    }

    /// Runs `body` with a fresh server and always kills it afterwards, also when the body fails.
    static func session(_ body: (Tmux) async throws -> Void) async throws {
        let t = Tmux()
        do {
            try await body(t)
        } catch {
            await t.stop()
            throw error
        }
        await t.stop()
    }

    func stop() async {
        _ = try? await tmux(["kill-server"])
        // tmux leaves the socket file behind; remove ours so runs do not litter the tmux directory.
        let dir = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(dir)/tmux-\(getuid())/\(socket)")
        try? FileManager.default.removeItem(atPath: stateDir)
    }

    final class Counter: @unchecked Sendable {
        private var n = 0
        private let lock = NSLock()
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            n += 1
            return n
        }
    }
}
