import Foundation
import Subprocess

/// Runs the built `parallax` binary, the way a user or a script would.
enum Binary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repo root, found from this file's location, so tests work from any working directory.
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/seeds` beside the checkout, when present (CI has it; a fresh clone elsewhere may not).
    static var seedsPath: String? {
        let p = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    static var path: String {
        if let p = ProcessInfo.processInfo.environment["PARALLAX_BIN"] { return p }
        // Tests run from the build products folder, next to the executable.
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
        for dir in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("parallax").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return repoRoot.appendingPathComponent(".build/debug/parallax").path
    }

    static func run(_ args: [String], environment extra: [String: String] = [:]) async throws -> Result {
        var env: [Environment.Key: String?] = ["NO_COLOR": "1"]
        for (k, v) in extra { env[Environment.Key(stringLiteral: k)] = v }
        let r = try await Subprocess.run(
            .path(.init(path)), arguments: .init(args),
            environment: .inherit.updating(env),
            workingDirectory: .init(repoRoot.path),
            output: .string(limit: 64 << 20), error: .string(limit: 16 << 20))
        let status: Int32
        switch r.terminationStatus {
        case .exited(let c): status = c
        case .signaled(let s): status = 128 + s
        }
        return Result(status: status, stdout: r.standardOutput, stderr: r.standardError)
    }
}
