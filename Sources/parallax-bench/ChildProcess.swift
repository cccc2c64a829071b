import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a command as its own process and measures it as a user would experience it: wall time from spawn
/// to exit, CPU time, and the child's own peak resident memory (`wait4` rusage, not ours).
enum ChildProcess {
    struct Outcome {
        var seconds: Double
        var cpuSeconds: Double
        var peakMB: Double
        var exitCode: Int32
        var timedOut: Bool
        /// The first lines of stderr, to explain a failure.
        var stderr: String
    }

    static func run(_ argv: [String], timeout: Double, environment: [String: String] = [:]) throws -> Outcome {
        let errPath = NSTemporaryDirectory() + "parallax-bench-stderr-\(getpid()).txt"
        defer { unlink(errPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        let start = now()
        let pid = try spawn(argv, actions: &actions, environment: env)
        let (status, usage, timedOut) = waitWithTimeout(pid, timeout: timeout)
        let seconds = now() - start

        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Outcome(
            seconds: seconds, cpuSeconds: cpu(usage), peakMB: peakMB(usage),
            exitCode: exitCode(status), timedOut: timedOut,
            stderr: err.split(separator: "\n").prefix(3).joined(separator: " | "))
    }

    static func spawn(_ argv: [String], actions: inout posix_spawn_file_actions_t, environment: [String: String]) throws -> pid_t {
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv)
        guard rc == 0 else { throw BenchError("\(argv[0]): cannot start (\(String(cString: strerror(rc))))") }
        return pid
    }

    /// Blocks in `wait4`; a watchdog kills the child if it outlives `timeout`, so one pathological case
    /// cannot hang the whole benchmark.
    static func waitWithTimeout(_ pid: pid_t, timeout: Double) -> (Int32, rusage, Bool) {
        let done = DispatchSemaphore(value: 0)
        let killed = KillFlag()
        Thread.detachNewThread {
            if done.wait(timeout: .now() + timeout) == .timedOut {
                killed.set()
                kill(pid, SIGKILL)
            }
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        done.signal()
        return (status, usage, killed.value)
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func cpu(_ u: rusage) -> Double {
        Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
    }

    /// `ru_maxrss` is kilobytes on Linux, bytes on macOS.
    static func peakMB(_ u: rusage) -> Double {
        #if os(macOS)
        return Double(u.ru_maxrss) / 1_048_576
        #else
        return Double(u.ru_maxrss) / 1024
        #endif
    }

    static func exitCode(_ status: Int32) -> Int32 {
        let sig = status & 0x7f
        return sig == 0 ? (status >> 8) & 0xff : 128 + sig
    }
}

/// A set-once flag shared with the watchdog thread.
final class KillFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false
    func set() { lock.withLock { isSet = true } }
    var value: Bool { lock.withLock { isSet } }
}
