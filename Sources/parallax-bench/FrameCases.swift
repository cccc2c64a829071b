import Foundation

extension Bench {
    /// Frame time of the reader and compare views: render into the cell grid, then copy to ncurses.
    func frameCases(width: Int, height: Int) {
        let target: Target? = width >= 200 ? .seconds(0.005) : nil
        for view in ["reader", "compare"] where wanted("frame-\(view)") {
            record(.notBuilt("frame-\(view)", "\(width)×\(height)", target: target), target: nil)
        }
    }
}
