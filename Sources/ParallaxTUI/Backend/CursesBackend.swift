import CNcursesw
import Foundation

struct TerminalUnavailable: Error {
    var message: String
}

/// The only code that talks to ncurses: copies grids to the screen (only the cells that changed) and reads
/// keys, mouse events and resizes.
final class CursesBackend {
    private var previous: CellGrid?
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int16 = 1
    private(set) var depth: ColorDepth = .mono
    private var active = false

    private struct PairKey: Hashable {
        var fg: Int
        var bg: Int
    }

    /// Sets up the terminal. Signal handlers are installed first so even a crash during setup restores it.
    func start(environment: [String: String]) throws(TerminalUnavailable) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalUnavailable(message: "the interactive reader needs a terminal (stdin and stdout are not both a tty); use `parallax list` or `parallax read` for text output")
        }
        setlocale(LC_ALL, "")
        px_install_signal_handlers()
        px_unblock_sigwinch()
        // Esc closes overlays: do not make the user wait a second for ncurses to rule out an escape sequence.
        setenv("ESCDELAY", "25", 0)
        guard px_newterm() != 0 else {
            throw TerminalUnavailable(message: "cannot open the terminal (TERM=\(environment["TERM"] ?? "unset") is not known to ncurses)")
        }
        px_set_screen_active(1)
        active = true
        cbreak()
        noecho()
        nonl()
        px_disable_flow_control()
        keypad(px_stdscr(), true)
        curs_set(0)
        timeout(100)
        mousemask(px_all_mouse_events(), nil)
        mouseinterval(0)
        if has_colors() {
            start_color()
            use_default_colors()
        }
        depth = ColorDepth.detect(colors: Int(px_colors()), hasColors: has_colors(), environment: environment)
    }

    /// Starts ncurses on `/dev/null` at a fixed size, for timing frames without a terminal.
    func startHeadless(width: Int, height: Int, term: String = "xterm-256color") -> Bool {
        guard px_newterm_headless(term, Int32(height), Int32(width)) != 0 else { return false }
        if has_colors() {
            start_color()
            use_default_colors()
        }
        depth = ColorDepth.detect(colors: Int(px_colors()), hasColors: has_colors(), environment: [:])
        return true
    }

    func stopHeadless() {
        px_end_headless()
        previous = nil
        pairs = [:]
        resolved = [:]
        nextPair = 1
    }

    func stop() {
        guard active else { return }
        active = false
        px_set_screen_active(0)
        endwin()
    }

    var size: Size { Size(width: Int(px_cols()), height: Int(px_lines())) }

    private var signalKeys = true
    /// Off while a prompt is open, so Ctrl-C reaches it as a key and cancels it.
    func setSignalKeys(_ on: Bool) {
        guard active, on != signalKeys else { return }
        signalKeys = on
        px_set_signal_keys(on ? 1 : 0)
    }

    /// Forces the next draw to repaint everything (after a resize or a theme change).
    func invalidate() {
        previous = nil
    }

    /// Ctrl-L: the whole screen is sent again, for a terminal another program scribbled on.
    func redrawAll() {
        previous = nil
        px_redraw_all()
    }

    func draw(_ grid: CellGrid) {
        let full = previous == nil || previous!.width != grid.width || previous!.height != grid.height
        if full { erase() }
        var wbuf = [wchar_t](repeating: 0, count: 8)
        // Neighbouring cells nearly always share a style: look it up once per run, not per cell.
        var lastStyle: Style? = nil
        var lastAttrs: (attr_t, Int16) = (0, 0)
        for i in FrameDiff.changedCells(from: full ? nil : previous, to: grid) {
            let cell = grid.cells[i]
            var n = 0
            if let a = cell.character.asciiValue {
                wbuf[0] = wchar_t(a)
                n = 1
            } else {
                for u in cell.character.unicodeScalars where n < 5 {
                    wbuf[n] = wchar_t(bitPattern: u.value)
                    n += 1
                }
            }
            wbuf[n] = 0
            if lastStyle != cell.style {
                lastStyle = cell.style
                lastAttrs = attributes(for: cell.style)
            }
            let (attrs, pair) = lastAttrs
            _ = px_put_cell(Int32(i / grid.width), Int32(i % grid.width), wbuf, attrs, pair)
        }
        previous = grid
        refresh()
    }

    /// Resolved attributes per style: a frame uses a handful of styles, so each is resolved once.
    private var resolved: [Style: (attr_t, Int16)] = [:]

    private func attributes(for style: Style) -> (attr_t, Int16) {
        if let r = resolved[style] { return r }
        let r = resolve(style)
        resolved[style] = r
        return r
    }

    private func resolve(_ style: Style) -> (attr_t, Int16) {
        let (f, b, extra): (Int?, Int?, Attributes) = depth == .mono ? (nil, nil, []) : depth.resolve(style)
        let attrs = style.attributes.union(extra)
        var a = px_a_normal()
        if attrs.contains(.bold) { a |= px_a_bold() }
        if attrs.contains(.underline) { a |= px_a_underline() }
        if attrs.contains(.reverse) { a |= px_a_reverse() }
        if attrs.contains(.dim) { a |= px_a_dim() }
        if attrs.contains(.italic) { a |= px_a_italic() }
        guard depth != .mono else { return (a, 0) }
        if f == nil && b == nil { return (a, 0) }
        let key = PairKey(fg: f ?? -1, bg: b ?? -1)
        if let p = pairs[key] { return (a, p) }
        guard Int(nextPair) < Int(px_color_pairs()) - 1, nextPair < Int16.max else { return (a, 0) }
        let p = nextPair
        nextPair += 1
        init_pair(p, Int16(key.fg), Int16(key.bg))
        pairs[key] = p
        return (a, p)
    }

    /// The next input event, nil on timeout. `closed` becomes true when the terminal has gone away.
    func readKey() -> (key: Key?, closed: Bool) {
        var ch: UInt32 = 0
        let r = px_get_wch(&ch)
        if r == ERR { return (nil, false) }
        let isFn = r == px_key_code_yes()
        if isFn && Int32(ch) == px_key_mouse() {
            var kind: Int32 = 0, x: Int32 = 0, y: Int32 = 0
            guard px_read_mouse(&kind, &x, &y) == OK else { return (nil, false) }
            switch kind {
            case 1: return (.mouse(.wheelUp), false)
            case 2: return (.mouse(.wheelDown), false)
            case 3: return (.mouse(.click(x: Int(x), y: Int(y))), false)
            default: return (nil, false)
            }
        }
        return (KeyMap.key(code: ch, isFunctionKey: isFn), false)
    }
}
