import ArgumentParser
import ParallaxCore
import ParallaxTUI

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the interactive reader (the default when no subcommand is given).")

    @Argument(help: "A story folder or a library of story folders.")
    var path: String = "articles"

    @Option(help: "Theme name from themes/ (dark, light, mono).")
    var theme: String?

    func run() throws {
        let library = try CLI.loadLibrary(path)
        let code = InteractiveApp.run(library: library, themeName: theme)
        if code != 0 { throw ExitCode(code) }
    }
}
