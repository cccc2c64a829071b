import Foundation
import ParallaxCore
import ParallaxTUI

extension Bench {
    /// The story the TUI frame cases open: the real seeds when they sit beside the checkout (as the TUI issue
    /// asks), else the first demo story.
    var tuiStory: (path: String, label: String) {
        let seeds = URL(fileURLWithPath: paths.packageRoot).deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        if FileManager.default.fileExists(atPath: seeds) { return (seeds, "seeds") }
        let lib = try? LibraryLoader.load(path: paths.source)
        return (lib?.stories.first?.path ?? paths.source, lib?.stories.first?.id ?? "demo")
    }

    /// Frame time of the reader and compare views: a key handled, the frame rendered into the cell grid and
    /// copied to ncurses by the app's own backend (`FrameTiming`, ncurses writing to /dev/null). The judged
    /// figure is the median keypress-to-frame time; the note splits off the grid part (handle + render).
    func frameCases(width: Int, height: Int) {
        let size = Size(width: width, height: height)
        let target: Target? = width >= 200 ? .seconds(0.005) : nil
        let (path, label) = tuiStory
        let frames = quick ? 5 : 100
        for view in [ScreenKind.reader, .compare] where wanted("frame-\(view.rawValue)") {
            let name = "frame-\(view.rawValue)"
            let sizeText = "\(width)×\(height), \(label)"
            do {
                let library = try LibraryLoader.load(path: path)
                guard let story = library.stories.first else { throw BenchError("\(path): no story") }
                var best: [Double] = []
                for _ in 0..<repeats {
                    let t = try FrameTiming.measure(story: story, view: view, width: width, height: height, frames: frames).sorted()
                    if best.isEmpty || t[t.count / 2] < best[best.count / 2] { best = t }
                }
                let grid = gridOnly(story: story, view: view, size: size, frames: frames)
                let ms = { (s: Double) in String(format: "%.2f", s * 1000) }
                record(CaseResult(
                    name: name, size: sizeText, seconds: best[best.count / 2], status: .info,
                    note: "median; grid \(ms(grid)) ms, rest is the ncurses copy; slowest \(ms(best.last!)) ms"), target: target)
            } catch {
                record(CaseResult(name: name, size: sizeText, status: .error, note: "\(error)"), target: target)
            }
        }
    }

    /// Median handle + render time without the backend, to split the frame time.
    func gridOnly(story: Story, view: ScreenKind, size: Size, frames: Int) -> Double {
        let app = AppState(library: Library(path: story.path, stories: [story]))
        app.handle(view == .reader ? .enter : .char("c"), size: size)
        app.runEffectsSynchronously(CoreAnalyzer())
        var times: [Double] = []
        for i in 0..<frames {
            let t0 = ChildProcess.now()
            app.handle(i % 20 < 10 ? .char("j") : .char("k"), size: size)
            _ = app.render(size: size)
            times.append(ChildProcess.now() - t0)
        }
        return times.sorted()[times.count / 2]
    }
}
