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
        let sorted = Self.sortedKeys(keys)
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
    /// Below it the standard library's sort is cheaper (stem ids arrive mostly ascending, which its merge
    /// sort finds as runs; radix for every vector over 48 keys cost 16 M instructions in a `diff`, against
    /// 10 M).
    static let radixFrom = 512

    /// `keys.sorted()`, by the cheaper method for the length.
    static func sortedKeys(_ keys: [UInt64]) -> [UInt64] {
        keys.count > radixFrom ? radixSorted(keys) : keys.sorted()
    }

    /// `keys.sorted()` for keys added in arrival order: a stable byte-wise radix sort of the id half keeps
    /// arrivals in order within an id, which is what sorting the whole key gives. One counting pass fills
    /// the four digits' tables; a digit every key shares (the high bytes of stem ids) costs no pass. Linear:
    /// a comparison sort of the trigrams of a paragraph of thousands of words was a fifth of `details` on a
    /// 5 MB article.
    static func radixSorted(_ keys: [UInt64]) -> [UInt64] {
        let n = keys.count
        guard n > 1 else { return keys }
        var a = keys
        var b = [UInt64](repeating: 0, count: n)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * 256) { counts in
            counts.initialize(repeating: 0)
            a.withUnsafeBufferPointer { src in
                for k in src {
                    let id = Int(truncatingIfNeeded: k >> 32)
                    counts[id & 0xFF] += 1
                    counts[256 + (id >> 8) & 0xFF] += 1
                    counts[512 + (id >> 16) & 0xFF] += 1
                    counts[768 + (id >> 24) & 0xFF] += 1
                }
            }
            for digit in 0..<4 {
                let base = digit * 256
                var shared = false
                for d in 0..<256 where counts[base + d] == n { shared = true; break }
                if shared { continue }  // one byte value throughout: nothing to reorder
                var sum = 0
                for d in 0..<256 {
                    let c = counts[base + d]
                    counts[base + d] = sum
                    sum += c
                }
                let shift = UInt64(32 + 8 * digit)
                a.withUnsafeBufferPointer { src in
                    b.withUnsafeMutableBufferPointer { dst in
                        for k in src {
                            let d = base + Int(truncatingIfNeeded: (k >> shift) & 0xFF)
                            dst[counts[d]] = k
                            counts[d] += 1
                        }
                    }
                }
                swap(&a, &b)
            }
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
