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

    /// Frame time of the reader and compare views: a key handled and the frame rendered into the cell grid,
    /// then copied to ncurses by the app's backend (`FrameProbe`, ncurses writing to /dev/null). The figure
    /// judged is what a keypress costs in the app: grid + the backend's diff copy (scrolling by a line
    /// changes nearly every row); the note adds a full repaint, as after a resize or theme change.
    func frameCases(width: Int, height: Int) {
        let size = Size(width: width, height: height)
        let target: Target? = width >= 200 ? .seconds(0.005) : nil
        let (path, label) = tuiStory
        guard let library = try? LibraryLoader.load(path: path) else {
            record(CaseResult(name: "frame-reader", size: "\(width)×\(height)", status: .error, note: "\(path): cannot load"), target: target)
            return
        }
        let frames = quick ? 5 : 60
        let analyzer = CoreAnalyzer()
        for view in ["reader", "compare"] where wanted("frame-\(view)") {
            let name = "frame-\(view)"
            let sizeText = "\(width)×\(height), \(label)"
            guard let probe = FrameProbe(size: size) else {
                record(CaseResult(name: name, size: sizeText, status: .error, note: "ncurses: no xterm-256color terminfo"), target: target)
                continue
            }
            let app = AppState(library: library, catalog: ThemeCatalog(directory: ThemeCatalog.locate()))
            app.handle(view == "reader" ? .enter : .char("c"), size: size)
            app.runEffectsSynchronously(analyzer)
            guard app.current.rawValue == view else {
                record(CaseResult(name: name, size: sizeText, status: .error, note: "could not open the \(view) view"), target: target)
                continue
            }
            var best: FrameProbe.Timing?
            for _ in 0..<repeats {
                let t = probe.measure(app, keys: [.char("j"), .char("j"), .char("j"), .char("k"), .char("k"), .char("k")], frames: frames)
                if best == nil || t.total < best!.total { best = t }
            }
            let t = best!
            let ms = { (s: Double) in String(format: "%.2f", s * 1000) }
            record(CaseResult(
                name: name, size: sizeText, seconds: t.total, status: .info,
                note: "grid \(ms(t.grid)) + copy \(ms(t.copy)) ms; full repaint copy \(ms(t.fullCopy)) ms"), target: target)
        }
    }
}
