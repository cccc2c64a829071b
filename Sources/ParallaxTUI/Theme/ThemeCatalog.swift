import Foundation

/// The themes the user can choose from: files in the themes folder, with built-in fallbacks so the reader
/// always starts even when the folder is missing or a file is broken.
public struct ThemeCatalog: Sendable {
    public var directory: String?
    /// Theme names in cycling order (`dark`, `light`, `mono` first, then the rest alphabetically).
    public var names: [String]
    /// Problems met while loading, to show once in the status line and on stderr after exit.
    public var warnings: [String] = []

    public static let defaultName = "dark"

    public init(directory: String?) {
        self.directory = directory
        var found: [String] = []
        if let directory, let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) {
            found = entries.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
        }
        let preferred = ["dark", "light", "mono"]
        names = preferred + found.filter { !preferred.contains($0) }.sorted()
    }

    /// Where themes live: `$PARALLAX_THEMES`, else a `themes` folder beside or above the executable (works for
    /// `.build/debug/parallax`, `swift run` and installs under `share/parallax/themes`), else the working
    /// directory's, else the source checkout's.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String? = CommandLine.arguments.first) -> String? {
        let fm = FileManager.default
        func isThemeDir(_ p: String) -> Bool {
            (try? fm.contentsOfDirectory(atPath: p))?.contains(where: { $0.hasSuffix(".toml") }) ?? false
        }
        if let p = environment["PARALLAX_THEMES"], !p.isEmpty { return p }
        var candidates: [URL] = []
        if let exe = executable {
            var dir = URL(fileURLWithPath: exe).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<5 {
                candidates.append(dir.appendingPathComponent("themes"))
                candidates.append(dir.appendingPathComponent("share/parallax/themes"))
                dir = dir.deletingLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("themes"))
        // Sources/ParallaxTUI/Theme/ThemeCatalog.swift → repo root; lets tests find the shipped themes.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes"))
        return candidates.map(\.path).first(where: isThemeDir)
    }

    /// Loads `name`; on any problem returns the built-in equivalent and the reason.
    public func load(_ name: String) -> (Theme, ThemeError?) {
        let fallback = name == "mono" ? Theme.builtinMono : Theme.builtinDark
        guard let directory else { return (fallback, nil) }
        let path = (directory as NSString).appendingPathComponent(name + ".toml")
        guard let data = FileManager.default.contents(atPath: path) else {
            if ["dark", "mono"].contains(name) { return (fallback, nil) }
            return (fallback, ThemeError(file: path, line: nil, message: "no such theme file"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (fallback, ThemeError(file: path, line: nil, message: "not UTF-8 text"))
        }
        do {
            return (try ThemeParser.parse(text, name: name, file: path), nil)
        } catch {
            return (fallback, error)
        }
    }

    public func exists(_ name: String) -> Bool { names.contains(name) }

    public func next(after name: String) -> String {
        guard let i = names.firstIndex(of: name) else { return names.first ?? Self.defaultName }
        return names[(i + 1) % names.count]
    }
}
