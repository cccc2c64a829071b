import Foundation

/// `concurrentPerform` that collects results: per-article and per-pair work runs on all cores.
enum ParallelMap {
    private final class Slots<T>: @unchecked Sendable {
        // Each index is written by exactly one iteration, so no two threads touch the same slot.
        let buffer: UnsafeMutableBufferPointer<T?>
        init(_ n: Int) {
            buffer = .allocate(capacity: n)
            buffer.initialize(repeating: nil)
        }
        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }
    }

    static func map<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.buffer[i] = body(i) }
        return slots.buffer.map { $0! }
    }
}
