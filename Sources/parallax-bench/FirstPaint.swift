import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Measures the interactive reader as a user sees it: the real binary started on a pseudo-terminal of a
/// given size, timed from spawn until the screen shows the expected text, then quit with `q`.
enum FirstPaint {
    struct Outcome {
        var seconds: Double
        var peakMB: Double
        var exitCode: Int32
    }

    static func measure(_ argv: [String], markers: [String], columns: Int, rows: Int, timeout: Double,
                        environment: [String: String]) throws -> Outcome {
        let (master, slavePath) = try openPseudoTerminal()
        defer { close(master) }
        let slave = open(slavePath, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw BenchError("cannot open \(slavePath)") }
        var ws = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &ws)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)

        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env.removeValue(forKey: "LINES")
        env.removeValue(forKey: "COLUMNS")
        for (k, v) in environment { env[k] = v }

        let start = ChildProcess.now()
        let pid = try ChildProcess.spawn(argv, actions: &actions, environment: env)
        close(slave)

        let needles = markers.map { Array($0.utf8) }
        var seen: [UInt8] = []
        var painted: Double?
        var buffer = [UInt8](repeating: 0, count: 65536)
        var status: Int32 = 0
        var usage = rusage()
        var exited = false
        var quitSent: Double?
        while !exited {
            var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&pfd, 1, 5) > 0 {
                let n = read(master, &buffer, buffer.count)
                if n > 0 {
                    seen.append(contentsOf: buffer[0..<n])
                    if painted == nil, needles.contains(where: { contains(seen, $0) }) {
                        painted = ChildProcess.now() - start
                    }
                }
            }
            if wait4(pid, &status, WNOHANG, &usage) == pid { exited = true; break }
            let t = ChildProcess.now() - start
            if quitSent == nil, painted != nil || t > timeout {
                _ = "q".withCString { write(master, $0, 1) }
                quitSent = t
            }
            if let q = quitSent, t - q > 2 { kill(pid, t - q > 4 ? SIGKILL : SIGTERM) }
        }
        guard let painted else {
            let shown = String(decoding: seen.suffix(300), as: UTF8.self).filter { $0.isLetter || $0 == " " }
            throw BenchError("no first paint within \(Int(timeout)) s (exit \(ChildProcess.exitCode(status)); screen: \(shown.prefix(120)))")
        }
        return Outcome(seconds: painted, peakMB: ChildProcess.peakMB(usage), exitCode: ChildProcess.exitCode(status))
    }

    /// `/dev/ptmx` by hand: glibc's posix_openpt/grantpt/ptsname are not visible to Swift without
    /// _XOPEN_SOURCE; on Linux grantpt has nothing to do with devpts, so unlock and ask the number.
    private static func openPseudoTerminal() throws -> (Int32, String) {
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw BenchError("cannot open /dev/ptmx (\(String(cString: strerror(errno))))") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let tiocsptlck: UInt = 0x4004_5431, tiocgptn: UInt = 0x8004_5430
        guard ioctl(master, tiocsptlck, &unlock) == 0, ioctl(master, tiocgptn, &number) == 0 else {
            close(master)
            throw BenchError("cannot set up a pseudo-terminal")
        }
        return (master, "/dev/pts/\(number)")
    }

    private static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, hay.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
