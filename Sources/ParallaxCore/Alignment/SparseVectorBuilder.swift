/// Collects (id, weight) entries in text order and combines the entries of each id, in that order, into one
/// weight. Replaces a dictionary per vector: features build one vector per paragraph and per sentence, and
/// hashing every word into small dictionaries was most of their cost. Results equal the dictionary's
/// (`d[id, default: 0] += w` or `d[id] = max(d[id] ?? 0, w)` in the same order).
struct SparseVectorBuilder {
    /// id in the high half, arrival order in the low half: sorting gives ids ascending, arrivals in order.
    private var keys: [UInt64] = []
    private var values: [Float] = []

    init(capacity: Int = 0) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    mutating func add(_ id: UInt32, _ weight: Float) {
        keys.append(UInt64(id) << 32 | UInt64(values.count))
        values.append(weight)
    }

    /// Per distinct id, ascending: the combined weight and how many entries it had.
    func combined(_ combine: (Float, Float) -> Float) -> (ids: [UInt32], weights: [Float], counts: [Int]) {
        let sorted = keys.count > Self.radixFrom ? Self.radixSorted(keys) : keys.sorted()
        var ids: [UInt32] = [], weights: [Float] = [], counts: [Int] = []
        ids.reserveCapacity(sorted.count)
        weights.reserveCapacity(sorted.count)
        counts.reserveCapacity(sorted.count)
        for key in sorted {
            let id = UInt32(truncatingIfNeeded: key >> 32), value = values[Int(truncatingIfNeeded: key & 0xFFFF_FFFF)]
            if let last = ids.last, last == id {
                weights[weights.count - 1] = combine(weights[weights.count - 1], value)
                counts[counts.count - 1] += 1
            } else {
                ids.append(id)
                weights.append(combine(0, value))
                counts.append(1)
            }
        }
        return (ids, weights, counts)
    }

    /// Long vectors (the trigrams of a paragraph of thousands of words) sort by radix: linear, where a
    /// comparison sort of them was a fifth of `details` on a 5 MB article, most of it in debug builds.
    static let radixFrom = 512

    /// `keys.sorted()` for keys added in arrival order: a stable byte-wise radix sort of the id half keeps
    /// arrivals in order within an id, which is what sorting the whole key gives.
    static func radixSorted(_ keys: [UInt64]) -> [UInt64] {
        var a = keys
        var b = [UInt64](repeating: 0, count: keys.count)
        for shift in stride(from: UInt64(32), to: 64, by: 8) {
            var start = [Int](repeating: 0, count: 257)
            for k in a { start[Int((k >> shift) & 0xFF) + 1] += 1 }
            if start.contains(a.count) { continue }  // one byte value throughout: nothing to reorder
            for d in 1..<257 { start[d] += start[d - 1] }
            for k in a {
                let d = Int((k >> shift) & 0xFF)
                b[start[d]] = k
                start[d] += 1
            }
            swap(&a, &b)
        }
        return a
    }

    /// Entries of one id added up (character trigrams).
    func summed() -> SparseVector {
        let c = combined(+)
        return SparseVector(sortedIDs: c.ids, weights: c.weights)
    }

    /// The largest entry of each id (stems: a word counts once per sentence, at its strongest cue).
    func maximum() -> SparseVector {
        let c = combined { max($0, $1) }
        return SparseVector(sortedIDs: c.ids, weights: c.weights)
    }
}
