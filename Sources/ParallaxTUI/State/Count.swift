/// A count before a move repeats it, as in vim and less: `5j`, `3]`, `2n`.
extension AppState {
    /// Digits build the count (a leading 0 is no count); true when `key` was one of them.
    func countDigit(_ key: Key) -> Bool {
        guard case .char(let c) = key, c.isASCII, let d = c.wholeNumberValue, d > 0 || pendingCount != nil else { return false }
        pendingCount = min(999, (pendingCount ?? 0) * 10 + d)
        // Shown as vim's showcmd does, so a stray digit is not a silent trap.
        message = "\(pendingCount!)"
        return true
    }

    /// How many times to run `key` on this screen: the count for the moves it repeats, once for the rest
    /// (a count before `Enter`, `c` or `o` is dropped). The count is used up either way.
    func takeCount(for key: Key) -> Int {
        defer { pendingCount = nil }
        guard let n = pendingCount else { return 1 }
        switch key {
        case .char("j"), .char("k"), .down, .up, .char(" "), .char("b"), .pageDown, .pageUp, .char("d"), .char("u"),
             .char("n"), .char("N"):
            return n
        case .char("]"), .char("["), .char("J"), .char("K"): return current == .compare ? n : 1
        case .char("h"), .char("l"), .left, .right: return current == .reader ? n : 1
        default: return 1
        }
    }
}
