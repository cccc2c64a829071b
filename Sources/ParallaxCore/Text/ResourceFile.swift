import Foundation

/// The word lists shipped in `Resources/`, read as plain lines.
///
/// `Bundle.module` costs several milliseconds on Linux (Foundation builds a CFBundle and scans it), which is
/// a fifth of a whole `diff` run; the bundle folder sits next to the executable in every SwiftPM build and
/// install, so it is looked up there first and `Bundle.module` is only the fallback.
enum ResourceFile {
    static let bundleName = "Parallax_ParallaxCore.resources"

    /// Non-empty lines of `Resources/<name>.txt` that are not `#` comments, trimmed of spaces and tabs;
    /// empty when the file cannot be found (callers degrade, they do not crash).
    static func lines(_ name: String) -> [String] {
        guard let text = text(name) else { return [] }
        return lines(of: text)
    }

    /// Split and trimmed as bytes (the files are ours: ASCII spaces, tabs and line ends): Foundation's
    /// trimming and Character splitting cost ~15k instructions a line, 7 ms to load the people lexicon.
    static func lines(of text: String) -> [String] {
        var out: [String] = []
        var text = text
        text.withUTF8 { b in
            var start = 0
            while start < b.count {
                var end = start
                while end < b.count, b[end] != 0x0A, b[end] != 0x0D { end += 1 }
                var lo = start, hi = end
                while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
                while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
                if lo < hi, b[lo] != UInt8(ascii: "#") { out.append(String(decoding: b[lo..<hi], as: UTF8.self)) }
                start = end + 1
            }
        }
        return out
    }

    static func text(_ name: String) -> String? {
        for dir in directories {
            if let data = FileManager.default.contents(atPath: dir + "/" + name + ".txt") {
                return String(decoding: data, as: UTF8.self)
            }
        }
        let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: "txt")
        return url.flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    }

    /// `<executable dir>/Parallax_ParallaxCore.resources/Resources` (and the bundle root, where a packager
    /// flattened it), resolved through symlinks to the executable.
    static let directories: [String] = {
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return [] }
        let base = (exe as NSString).deletingLastPathComponent + "/" + bundleName
        return [base + "/Resources", base]
    }()
}
