import Testing
@testable import ParallaxCore

/// The radix path for long vectors gives exactly what sorting gives.
@Suite struct SparseVectorBuilderTests {
    @Test(arguments: [600, 5_000, 40_000])
    func radixSortEqualsSorting(count: Int) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(count)
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 17
        }
        // Ids from a small range (many repeats, as words recur) and from the full 32 bits (trigram hashes),
        // each with its arrival index in the low half, as `add` stores them.
        for range in [UInt64(300), UInt64(1) << 32] {
            let keys = (0..<count).map { i in (next() % range) << 32 | UInt64(i) }
            #expect(SparseVectorBuilder.radixSorted(keys) == keys.sorted())
        }
    }

    /// Every length, around the switch from insertion sort to radix and well past it: short sentence
    /// vectors and long paragraph ones sort exactly like `sorted()`.
    @Test func everyLengthSortsLikeSorting() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 17
        }
        for count in Array(0...130) + [257, 511, 512, 513, 1_000] {
            for range in [UInt64(40), UInt64(70_000), UInt64(1) << 32] {
                let keys = (0..<count).map { i in (next() % range) << 32 | UInt64(i) }
                #expect(SparseVectorBuilder.sortedKeys(keys) == keys.sorted(), "\(count) keys below \(range)")
            }
        }
    }

    @Test func longAndShortVectorsCombineTheSameWay() {
        var builder = SparseVectorBuilder()
        for i in 0..<2_000 { builder.add(UInt32((i * 7_919) % 997), Float(i % 13) + 0.5) }
        let c = builder.combined(+)
        #expect(c.ids == c.ids.sorted())
        #expect(Set(c.ids).count == c.ids.count)
        #expect(c.counts.reduce(0, +) == 2_000)
    }
}
