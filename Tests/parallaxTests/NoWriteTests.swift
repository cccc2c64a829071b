import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parallax never writes to the articles: every subcommand over the demo library and a copy of the hostile
/// corpus leaves every file's bytes, size, mode and modification time as they were, and adds no file.
@Suite struct NoWriteTests {
    struct Entry: Equatable, CustomStringConvertible {
        var kind: UInt32, mode: UInt32, size: Int64, mtimeSec: Int, mtimeNsec: Int, checksum: UInt64
        var description: String { "kind \(kind) mode \(String(mode, radix: 8)) size \(size) mtime \(mtimeSec).\(mtimeNsec) sum \(checksum)" }
    }

    /// Every entry under `dir`, without following symbolic links and without opening anything but regular
    /// files (a FIFO would block).
    static func snapshot(_ dir: String) -> [String: Entry] {
        var out: [String: Entry] = [:]
        var stack = [dir]
        while let d = stack.popLast() {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: d)) ?? [] {
                let p = d + "/" + name
                var st = stat()
                guard lstat(p, &st) == 0 else { continue }
                let kind = UInt32(st.st_mode) & UInt32(S_IFMT)
                var sum: UInt64 = 0
                if kind == UInt32(S_IFREG), let data = FileManager.default.contents(atPath: p) { sum = fnv1a(data) }
                if kind == UInt32(S_IFDIR) { stack.append(p) }
                #if canImport(Darwin)
                let mt = st.st_mtimespec
                #else
                let mt = st.st_mtim
                #endif
                out[String(p.dropFirst(dir.count))] = Entry(
                    kind: kind, mode: UInt32(st.st_mode) & 0o7777, size: Int64(st.st_size),
                    mtimeSec: Int(mt.tv_sec), mtimeNsec: Int(mt.tv_nsec), checksum: sum)
            }
        }
        return out
    }

    static func fnv1a(_ data: Data) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in data { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    @Test func subcommandsLeaveArticlesUntouched() async throws {
        let corpus = HostileCorpus.shared
        let articles = Binary.repoRoot.appendingPathComponent("articles").path
        let roots = [articles, corpus.small]
        let before = roots.map(Self.snapshot)
        #expect(before[0].count > 4 && before[1].count > 10)

        var runs: [[String]] = []
        let stories = [corpus.small] + HostileCorpus.entries(articles).filter { !$0.hasSuffix(".md") }
        for s in stories {
            let files = HostileCorpus.entries(s)
            for json in [false, true] {
                let j = json ? ["--json"] : []
                runs.append(["list", s] + j)
                for cmd in ["align", "quotes", "details", "people"] { runs.append([cmd, s] + j) }
                runs.append(["mentions", s, "Jane", "Doe"] + j)
                for f in files { runs.append(["read", f, "--show-removed"] + j) }
                if files.count >= 2 { runs.append(["diff", files[0], files[1]] + j) }
            }
        }
        runs.append(["list", articles])
        for args in runs { _ = try await ChildLimiter.shared.run(args) }

        for (root, old) in zip(roots, before) {
            let now = Self.snapshot(root)
            #expect(Set(now.keys) == Set(old.keys), "files added or removed under \(root)")
            for (path, entry) in old where now[path] != entry {
                Issue.record("\(root)\(path) changed: \(entry) → \(now[path].map(\.description) ?? "gone")")
            }
        }
    }
}
