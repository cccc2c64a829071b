import Foundation
import ParallaxCore
import Testing
@testable import ParallaxTUI

/// Keypress-to-frame cost at 200×60 on the seed story. Bounds here are loose (debug build, shared machine);
/// the printed figures are what the README reports.
@Suite struct RenderSpeedTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds").path

    /// Median milliseconds per call: robust to the other work sharing the machine.
    static func time(_ n: Int, _ body: () -> Void) -> Double {
        var samples: [Double] = []
        for _ in 0..<n {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return samples.sorted()[samples.count / 2]
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seeds)))
    func keypressToFrameAt200x60() throws {
        let lib = try LibraryLoader.load(path: Self.seeds)
        let app = AppState(library: lib)
        let size = Size(width: 200, height: 60)
        let firstPaint = Self.time(1) { _ = app.render(size: size) }
        app.handle(.enter, size: size)
        _ = app.render(size: size)
        var previous: CellGrid? = nil
        let reader = Self.time(50) {
            app.handle(.char("j"), size: size)
            let g = app.render(size: size)
            _ = FrameDiff.changedCells(from: previous, to: g)
            previous = g
        }
        app.handle(.char("q"), size: size)
        app.handle(.char("c"), size: size)
        app.runEffectsSynchronously(CoreAnalyzer())
        _ = app.render(size: size)
        previous = nil
        let compare = Self.time(50) {
            app.handle(.char("j"), size: size)
            let g = app.render(size: size)
            _ = FrameDiff.changedCells(from: previous, to: g)
            previous = g
        }
        let story = lib.stories[0]
        let readerFrames = try FrameTiming.measure(story: story, view: .reader, width: 200, height: 60, frames: 60).sorted()
        let compareFrames = try FrameTiming.measure(story: story, view: .compare, width: 200, height: 60, frames: 60).sorted()
        print("frame incl. ncurses copy (ms, median/best): reader \(readerFrames[30] * 1000)/\(readerFrames[0] * 1000), compare \(compareFrames[30] * 1000)/\(compareFrames[0] * 1000)")
        #expect(readerFrames[30] < 0.25)
        print("render speed (ms/frame at 200×60): library first paint \(firstPaint), reader \(reader), compare \(compare)")
        // Debug builds under load: only catch something pathological (quadratic work per frame).
        #expect(reader < 250)
        #expect(compare < 250)
    }
}
