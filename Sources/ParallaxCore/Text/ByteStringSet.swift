/// A fixed set of strings looked up by their UTF-8 bytes: an FNV-1a hash and open addressing over one
/// byte buffer. Answers exactly what `Set<String>.contains` answers for strings in NFC (every string the
/// text pipeline builds; the members are compared byte for byte), at a fraction of the cost of hashing a
/// `String`, for tables asked about every word.
struct ByteStringSet: Sendable {
    private let bytes: [UInt8]
    /// Per slot: start and end of the member in `bytes`, or -1 for an empty slot.
    private let starts: [Int32]
    private let ends: [Int32]
    private let mask: Int
    private let longest: Int

    init(_ members: Set<String>) {
        var size = 16
        while size < members.count * 4 { size *= 2 }
        var bytes: [UInt8] = []
        var starts = [Int32](repeating: -1, count: size)
        var ends = [Int32](repeating: -1, count: size)
        var longest = 0
        for m in members.sorted() {
            let u = Array(m.utf8)
            longest = max(longest, u.count)
            var slot = Int(Self.hash(u)) & (size - 1)
            while starts[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            starts[slot] = Int32(bytes.count)
            bytes += u
            ends[slot] = Int32(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
        self.mask = size - 1
        self.longest = longest
    }

    @inline(__always)
    private static func hash<C: Collection<UInt8>>(_ u: C) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in u { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    func contains(_ s: String) -> Bool {
        guard s.utf8.count <= longest else { return false }
        var s = s
        return s.withUTF8 { u in
            bytes.withUnsafeBufferPointer { all in
                var slot = Int(Self.hash(u)) & mask
                while starts[slot] >= 0 {
                    let a = Int(starts[slot]), e = Int(ends[slot])
                    if e - a == u.count {
                        var k = 0
                        while k < u.count, all[a + k] == u[k] { k += 1 }
                        if k == u.count { return true }
                    }
                    slot = (slot + 1) & mask
                }
                return false
            }
        }
    }
}
