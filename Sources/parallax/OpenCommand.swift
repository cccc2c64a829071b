import ArgumentParser
import ParallaxCore
import ParallaxTUI

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the interactive reader (the default when no subcommand is given).",
        discussion: """
            Keys are listed by `?` on every screen and in the README ("Interactive reader").
            Themes are read from themes/*.toml beside the executable or the checkout, or from $PARALLAX_THEMES.
            NO_COLOR disables colour. The last position per library is kept in $XDG_STATE_HOME/parallax/.
            """)

    @Argument(help: "A story folder or a library of story folders.")
    var path: String = "articles"

    @Option(help: "Theme name from themes/ (dark, light, mono).")
    var theme: String?

    func run() throws {
        if let problem = InteractiveApp.validate(themeName: theme) {
            CLI.printError(problem)
            throw ExitCode(1)
        }
        let library = try CLI.loadLibrary(path)
        let code = InteractiveApp.run(library: library, themeName: theme)
        if code != 0 { throw ExitCode(code) }
    }
}
