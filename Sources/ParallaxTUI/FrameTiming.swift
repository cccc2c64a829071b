import Foundation
import ParallaxCore

/// Keypress-to-frame timing for the benchmark: the key is handled, the frame rendered into the grid and
/// copied to ncurses (diff, colour pairs, `refresh`), with ncurses writing to `/dev/null` so no terminal is
/// needed. Views are the ones the issue names: `reader` (first article) and `compare` (first two articles).
public enum FrameTiming {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Wall-clock and CPU seconds of one frame. CPU time is what the machine's load does not inflate.
    public struct Sample: Sendable {
        public var wall: Double
        public var cpu: Double
    }

    static func threadCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Seconds per frame for `frames` keypresses (`j` down, then `k` back up once the end is reached).
    public static func measure(story: Story, view: ScreenKind, width: Int, height: Int, frames: Int) throws -> [Double] {
        try samples(story: story, view: view, width: width, height: height, frames: frames).map(\.wall)
    }

    public static func samples(story: Story, view: ScreenKind, width: Int, height: Int, frames: Int) throws -> [Sample] {
        let library = Library(path: story.path, stories: [story])
        let app = AppState(library: library)
        let size = Size(width: width, height: height)
        switch view {
        case .reader: app.handle(.enter, size: size)
        case .compare:
            guard story.articles.count >= 2 else { throw Failure(description: "compare needs two articles") }
            app.handle(.char("c"), size: size)
        default: throw Failure(description: "only reader and compare are timed")
        }
        app.runEffectsSynchronously(CoreAnalyzer())
        let backend = CursesBackend()
        guard backend.startHeadless(width: width, height: height) else {
            throw Failure(description: "cannot start ncurses on /dev/null (is the xterm-256color terminfo installed?)")
        }
        defer { backend.stopHeadless() }
        backend.draw(app.render(size: size))
        var times: [Sample] = []
        var key = Key.char("j")
        var lastTop = -1
        for _ in 0..<frames {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let c0 = threadCPU()
            app.handle(key, size: size)
            backend.draw(app.render(size: size))
            times.append(Sample(wall: Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9, cpu: threadCPU() - c0))
            let top = view == .reader ? (app.reader.map { $0.block * 100_000 + $0.offset } ?? 0) : (app.compare?.top ?? 0)
            if top == lastTop { key = key == .char("j") ? .char("k") : .char("j") }
            lastTop = top
        }
        return times
    }
}
