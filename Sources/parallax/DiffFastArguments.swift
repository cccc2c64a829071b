/// The plain forms of `parallax diff`'s command line, read without ArgumentParser.
///
/// ArgumentParser reflects over the command's property wrappers (twice: once to look for a completion-script
/// request) before any work starts: 11.7 M instructions of a `diff` of two long articles, much of it the Swift
/// runtime instantiating the wrappers' generic types by name and searching the static binary's conformance
/// table. The plain forms — two paths and the options each given once as `--name value`, values ArgumentParser
/// would accept — are read here into the same `DiffCommand`; anything else (help, `--name=value`, `--`, an
/// unknown or repeated option, a value it would reject) returns nil and goes through ArgumentParser, which parses
/// or reports it exactly as before.
enum DiffFastArguments {
    static func parse(_ arguments: [String]) -> DiffCommand? {
        var paths: [String] = []
        var width: Int?, color: ColorMode?, context: DiffContext?, json = false
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            guard a.hasPrefix("-") else { paths.append(a); i += 1; continue }
            if a == "--json" {
                if json { return nil }
                json = true
                i += 1
                continue
            }
            guard i + 1 < arguments.count else { return nil }
            let v = arguments[i + 1]
            switch a {
            case "--width":
                // Digits only (no sign, no spaces), at least 21 (`validate`), and no overflow.
                guard width == nil, !v.isEmpty, v.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(v), n >= 21
                else { return nil }
                width = n
            case "--color":
                guard color == nil, let c = ColorMode(rawValue: v) else { return nil }
                color = c
            case "--context":
                guard context == nil, let c = DiffContext(rawValue: v) else { return nil }
                context = c
            default: return nil
            }
            i += 2
        }
        guard paths.count == 2 else { return nil }
        var command = DiffCommand()
        command.left = paths[0]
        command.right = paths[1]
        command.width = width
        command.color = color ?? .auto
        command.context = context ?? .story
        command.json = json
        return command
    }
}
