import CNcursesw
import Foundation
import ParallaxCore

/// Measures what a keypress costs on screen without a terminal, for `parallax-bench`: the state update and
/// render into the cell grid, then the app's own `CursesBackend` copying that grid into ncurses. ncurses
/// runs on a `newterm` screen writing to /dev/null, so the copy takes the real code path (colour pairs,
/// frame diff, ncurses' own update) minus the terminal emulator's time to draw the bytes.
public final class FrameProbe {
    /// Median seconds per frame.
    public struct Timing: Sendable {
        /// `handle(key)` + `render(size:)`.
        public var grid: Double
        /// `CursesBackend.draw`: only the cells that changed since the last frame.
        public var copy: Double
        /// The copy when every cell is repainted (after a resize or theme change): the worst case.
        public var fullCopy: Double
        public var total: Double { grid + copy }
    }

    private let out: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private let screen: OpaquePointer
    private let backend = CursesBackend()
    public let size: Size

    /// Nil when ncurses cannot set up the terminal type (no terminfo entry).
    public init?(size: Size, term: String = "xterm-256color") {
        setlocale(LC_ALL, "")
        guard let out = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else { return nil }
        guard let screen = newterm(term, out, input) else {
            fclose(out)
            fclose(input)
            return nil
        }
        self.out = out
        self.input = input
        self.screen = screen
        self.size = size
        set_term(screen)
        resizeterm(Int32(size.height), Int32(size.width))
        if has_colors() {
            start_color()
            use_default_colors()
        }
        backend.depth = ColorDepth.detect(colors: Int(px_colors()), hasColors: has_colors(), environment: [:])
    }

    deinit {
        set_term(screen)
        endwin()
        delscreen(screen)
        fclose(out)
        fclose(input)
    }

    /// Presses `keys` in turn (cycling) for `frames` frames; each frame is handle + render + copy.
    public func measure(_ app: AppState, keys: [Key], frames: Int) -> Timing {
        set_term(screen)
        backend.invalidate()
        backend.draw(app.render(size: size))
        var grid: [Double] = [], copy: [Double] = [], full: [Double] = []
        for i in 0..<frames {
            let t0 = Self.now()
            app.handle(keys[i % keys.count], size: size)
            let g = app.render(size: size)
            let t1 = Self.now()
            backend.draw(g)
            let t2 = Self.now()
            backend.invalidate()
            backend.draw(g)
            let t3 = Self.now()
            grid.append(t1 - t0)
            copy.append(t2 - t1)
            full.append(t3 - t2)
        }
        return Timing(grid: Self.median(grid), copy: Self.median(copy), fullCopy: Self.median(full))
    }

    static func median(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.sorted()[xs.count / 2] }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
