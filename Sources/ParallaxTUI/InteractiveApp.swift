import CNcursesw
import Foundation
import ParallaxCore

/// Entry point of the interactive reader.
///
/// PLACEHOLDER until the TUI issue: shows the library summary and waits for `q`.
public enum InteractiveApp {
    public static func run(library: Library, themeName: String?) -> Int32 {
        setlocale(LC_ALL, "")
        px_unblock_sigwinch()
        initscr()
        defer { endwin() }
        noecho()
        cbreak()
        keypad(px_stdscr(), true)
        var y: Int32 = 0
        mvaddstr(y, 0, "Parallax — \(library.stories.count) stories. Press q to quit.")
        for s in library.stories {
            y += 1
            mvaddstr(y, 0, "  \(s.title) (\(s.articles.count))")
        }
        refresh()
        while true {
            var ch: wint_t = 0
            let r = get_wch(&ch)
            if r == ERR { break }
            if ch == wint_t(UInt8(ascii: "q")) { break }
        }
        return 0
    }
}
