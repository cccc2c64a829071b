/// A sparse vector with ids sorted ascending, so dot products are one linear merge.
struct SparseVector: Sendable, Hashable {
    var ids: [UInt32] = []
    var weights: [Float] = []
    /// Length before scaling to unit length; `weights[i] * norm` is the raw weight.
    var norm: Float = 0
    /// Sum of raw weights.
    var mass: Float = 0

    /// Builds from unsorted (id, weight) pairs, summing duplicates, then scales to unit length.
    init(accumulating pairs: [UInt32: Float]) {
        let sorted = pairs.sorted { $0.key < $1.key }
        ids = sorted.map(\.key)
        weights = sorted.map(\.value)
        norm = weights.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        mass = weights.reduce(0, +)
        if norm > 0 { for i in weights.indices { weights[i] /= norm } }
    }

    init() {}

    /// Builds from entries collected in text order (see `SparseVectorBuilder`), scaled to unit length.
    init(sortedIDs ids: [UInt32], weights: [Float]) {
        self.ids = ids
        self.weights = weights
        norm = weights.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        mass = weights.reduce(0, +)
        if norm > 0 { for i in self.weights.indices { self.weights[i] /= norm } }
    }

    var isEmpty: Bool { ids.isEmpty }

    /// The hottest loop of alignment (every candidate pair, every sentence pair): raw buffers, no bounds
    /// checks or reference counting inside the merge.
    func dot(_ other: SparseVector) -> Float {
        var s: Float = 0
        weights.withUnsafeBufferPointer { wa in
            other.weights.withUnsafeBufferPointer { wb in
                forEachCommon(other) { i, j in s += wa[i] * wb[j] }
            }
        }
        return s
    }

    /// Raw weight shared by both vectors: sum over common ids of the smaller raw weight.
    func sharedMass(_ other: SparseVector) -> Float {
        var s: Float = 0
        forEachCommon(other) { i, j in s += min(weights[i] * norm, other.weights[j] * other.norm) }
        return s
    }

    /// Calls `body(i, j)` for every id at `ids[i] == other.ids[j]`: one linear merge of the sorted ids.
    /// The indices advance without branches (ids interleave unpredictably, so a branchy merge stalls on
    /// mispredictions); the common ids are still visited in ascending order, so sums are the same.
    @inline(__always)
    private func forEachCommon(_ other: SparseVector, _ body: (Int, Int) -> Void) {
        ids.withUnsafeBufferPointer { a in
            other.ids.withUnsafeBufferPointer { b in
                var i = 0, j = 0
                let n = a.count, m = b.count
                while i < n && j < m {
                    let x = a[i], y = b[j]
                    if x == y { body(i, j) }
                    i &+= x <= y ? 1 : 0
                    j &+= y <= x ? 1 : 0
                }
            }
        }
    }
}

extension SparseVector {
    /// The unit vector of the two texts taken together (raw weights added, then rescaled).
    func combined(with other: SparseVector) -> SparseVector {
        var raw: [UInt32: Float] = [:]
        for (k, id) in ids.enumerated() { raw[id, default: 0] += weights[k] * norm }
        for (k, id) in other.ids.enumerated() { raw[id, default: 0] += other.weights[k] * other.norm }
        return SparseVector(accumulating: raw)
    }
}

extension SparseVector {
    /// Cosine of this vector with the sum of `b` and `c` (raw weights added), from dot products alone:
    /// a·(b+c) over |b+c|, where |b+c|² = |b|² + |c|² + 2 b·c. Building the merged vector instead cost a
    /// quarter more instructions in a `diff` of two long articles (`SplitParagraphs` asks for it per link).
    func cosine(withSumOf b: SparseVector, _ c: SparseVector) -> Float {
        let nb = b.norm, nc = c.norm
        let length = (nb * nb + nc * nc + 2 * nb * nc * b.dot(c)).squareRoot()
        guard length > 0 else { return 0 }
        return (dot(b) * nb + dot(c) * nc) / length
    }
}

extension UnitVectors {
    /// `similarity` with the two texts `b` and `c` taken together (see `SparseVector.cosine(withSumOf:_:)`).
    func similarity(toSumOf b: UnitVectors, _ c: UnitVectors, stemWeight: Float) -> Float {
        if stems.isEmpty || (b.stems.isEmpty && c.stems.isEmpty) { return 0 }
        return stemWeight * stems.cosine(withSumOf: b.stems, c.stems)
            + (1 - stemWeight) * trigrams.cosine(withSumOf: b.trigrams, c.trigrams)
    }

    func combined(with other: UnitVectors) -> UnitVectors {
        UnitVectors(stems: stems.combined(with: other.stems), trigrams: trigrams.combined(with: other.trigrams))
    }
}
