import Foundation
import Synchronization

/// What `LinePattern` derives from a pattern's text for its cheap tests (`LinePattern.anchored`,
/// `PatternStart.firstBytes` and `.prefixes`, `RequiredLiterals.deriveBoth`), stored for the patterns the
/// rules use so that no run has to derive them.
///
/// They are pure functions of constant text, yet deriving them was ~30 M instructions of every `diff`
/// (7 %: README "Performance", stop 27), more than the cleaning rules' own tests of the lines. The stored
/// table (`RuleDerivationTable.swift`, generated) is looked up by the pattern's exact text; a pattern it
/// lacks — a new or changed rule — is derived at first use as before, so a rule added the usual way works
/// at once and costs a fraction of a millisecond until the table is regenerated:
///
///     make rule-table    # PARALLAX_WRITE_RULE_TABLE=1 swift test --filter RuleDerivationTableTests
///
/// `RuleDerivationTableTests` checks every stored entry against the derivation, so a change to the
/// derivation code cannot leave a stale table behind.
enum RuleDerivations {
    /// Everything `LinePattern` needs from a pattern; literals as UTF-8.
    struct Entry: Equatable, Sendable {
        var anchored: Bool
        var firstBytes: [UInt8]?
        var prefixes: [[UInt8]]?
        /// `RequiredLiterals.deriveBoth`: nil when not derivable.
        var literals: Literals?

        struct Literals: Equatable, Sendable {
            var any: [[UInt8]]
            var alternatives: [[[[UInt8]]]]?
        }
    }

    /// The derivation itself (the table's source of truth).
    static func derive(_ pattern: String) -> Entry {
        var entry = Entry(anchored: LinePattern.anchored(pattern))
        entry.firstBytes = PatternStart.firstBytes(pattern).map { $0.sorted() }
        entry.prefixes = PatternStart.prefixes(pattern)
        entry.literals = derive(literalsOf: pattern)
        return entry
    }

    static func derive(literalsOf pattern: String) -> Entry.Literals? {
        guard let lits = RequiredLiterals.deriveBoth(pattern) else { return nil }
        return .init(any: lits.any.map { Array($0.utf8) },
                     alternatives: lits.alternatives?.map { $0.map { $0.map { Array($0.utf8) } } })
    }

    /// The stored derivation of `pattern`, or nil when the table lacks it. Every lookup is recorded for
    /// the table's generator (`seen`).
    static func stored(_ pattern: String) -> Stored? {
        seen.withLock { $0.append(pattern) }
        return lookup(pattern)
    }

    static func lookup(_ pattern: String) -> Stored? {
        guard let at = index[pattern] else { return nil }
        return storedText.utf8.withContiguousStorageIfAvailable { all -> Stored? in
            // Byte for byte: `String ==` would also take a pattern in another Unicode normalisation.
            guard pattern.utf8.elementsEqual(all[at.pattern]) else { return nil }
            var tabs: [Int] = []
            for i in at.fields where all[i] == 0x09 { tabs.append(i) }
            guard tabs.count == 4 else { return nil }
            let bounds = [at.fields.lowerBound] + tabs.map { $0 + 1 }
            let ends = tabs + [at.fields.upperBound]
            let fields = zip(bounds, ends).map { $0..<$1 }
            guard fields[0].count == 1, all[fields[0].lowerBound] == 0x30 || all[fields[0].lowerBound] == 0x31 else { return nil }
            return Stored(anchored: all[fields[0].lowerBound] == 0x31, fields: fields)
        } ?? nil
    }

    /// A stored entry, read field by field when first needed: decoding every rule's literals up front
    /// cost more than a third of deriving them. A field that does not read back is nil, which only
    /// means one test fewer (the table's test compares every entry with the derivation).
    struct Stored: Sendable {
        let anchored: Bool
        /// Byte ranges in `storedText` of the five fields.
        let fields: [Range<Int>]

        var entry: Entry { Entry(anchored: anchored, firstBytes: firstBytes(), prefixes: prefixes(), literals: literals()) }

        func firstBytes() -> [UInt8]? { read(1) { r in r.list()?.first } ?? nil }
        func prefixes() -> [[UInt8]]? { read(2) { r in r.list() } ?? nil }

        func literals() -> Entry.Literals? {
            guard let any = read(3, { r in r.list() }) ?? nil else { return nil }
            var literals = Entry.Literals(any: any)
            literals.alternatives = read(4) { r -> [[[[UInt8]]]]? in
                var alternatives: [[[[UInt8]]]] = []
                var sets: [[[UInt8]]] = []
                while true {
                    guard let list = r.list() else { return nil }
                    sets.append(list)
                    guard let separator = r.next() else { break }
                    if separator == UInt8(ascii: ";") {
                        alternatives.append(sets)
                        sets = []
                    } else if separator != UInt8(ascii: "/") {
                        return nil
                    }
                }
                alternatives.append(sets)
                return alternatives
            } ?? nil
            return literals
        }

        /// Runs `body` over field `k` unless it is "-" (nil).
        private func read<T>(_ k: Int, _ body: (inout Reader) -> T?) -> T?? {
            storedText.utf8.withContiguousStorageIfAvailable { all -> T? in
                let field = UnsafeBufferPointer(rebasing: all[fields[k]])
                if field.count == 1, field[0] == UInt8(ascii: "-") { return nil }
                var reader = Reader(bytes: field)
                guard let value = body(&reader), reader.at == field.count else { return nil }
                return value
            }
        }
    }

    /// Hex strings separated by "," up to another separator or the end.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        /// The separator at the cursor, consumed; nil at the end.
        mutating func next() -> UInt8? {
            guard at < bytes.count else { return nil }
            defer { at += 1 }
            return bytes[at]
        }

        mutating func list() -> [[UInt8]]? {
            var out: [[UInt8]] = []
            while true {
                guard let s = hex() else { return nil }
                out.append(s)
                guard at < bytes.count, bytes[at] == UInt8(ascii: ",") else { return out }
                at += 1
            }
        }

        mutating func hex() -> [UInt8]? {
            var end = at
            while end < bytes.count, Self.nibble(bytes[end]) != nil { end += 1 }
            guard end > at, (end - at) % 2 == 0 else { return nil }
            var out = [UInt8](repeating: 0, count: (end - at) / 2)
            for j in out.indices { out[j] = Self.nibble(bytes[at + 2 * j])! << 4 | Self.nibble(bytes[at + 2 * j + 1])! }
            at = end
            return out
        }

        static func nibble(_ c: UInt8) -> UInt8? {
            if c >= 0x30, c <= 0x39 { return c - 0x30 }
            if c >= 0x61, c <= 0x66 { return c - 0x61 + 10 }
            return nil
        }
    }

    /// Patterns looked up in this process, in order (the generator writes the table from them).
    static let seen = Mutex<[String]>([])

    /// Pattern text → byte ranges of the pattern and its fields in `storedText`, built in one pass.
    static let index: [String: (pattern: Range<Int>, fields: Range<Int>)] = {
        var index: [String: (pattern: Range<Int>, fields: Range<Int>)] = [:]
        _ = storedText.utf8.withContiguousStorageIfAvailable { b in
            index.reserveCapacity(512)
            var lineStart = 0
            while lineStart < b.count {
                var end = lineStart
                while end < b.count, b[end] != 0x0A { end += 1 }
                var tab = lineStart
                while tab < end, b[tab] != 0x09 { tab += 1 }
                if tab < end {
                    let pattern = String(decoding: UnsafeBufferPointer(rebasing: b[lineStart..<tab]), as: UTF8.self)
                    index[pattern] = (lineStart..<tab, (tab + 1)..<end)
                }
                lineStart = end + 1
            }
        }
        return index
    }()

    // MARK: - Text form

    // One line per pattern: the pattern, then tab-separated fields: anchored (0/1); first bytes; prefixes;
    // the literals any match contains one of; each alternative's literal sets. Strings are hex UTF-8,
    // joined by ","; sets by "/"; alternatives by ";"; "-" is nil.

    static func line(_ pattern: String, _ e: Entry) -> String {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        func list(_ strings: [[UInt8]]) -> String { strings.map(hex).joined(separator: ",") }
        let fields = [
            e.anchored ? "1" : "0",
            e.firstBytes.map(hex) ?? "-",
            e.prefixes.map(list) ?? "-",
            e.literals.map { list($0.any) } ?? "-",
            e.literals?.alternatives.map { $0.map { $0.map(list).joined(separator: "/") }.joined(separator: ";") } ?? "-",
        ]
        return ([pattern] + fields).joined(separator: "\t")
    }

    /// Whether `pattern` can be stored in the generated Swift raw string.
    static func storable(_ pattern: String) -> Bool {
        !pattern.isEmpty && !pattern.contains("\t") && !pattern.contains("\n") && !pattern.contains("\r")
            && !pattern.contains("\"\"\"") && !pattern.contains("\\#")
    }

    /// The generated source file for `patterns` (deduplicated, sorted for stable diffs).
    static func swiftSource(_ patterns: [String]) -> String {
        let lines = Set(patterns).filter(storable).sorted().map { line($0, derive($0)) }
        return """
        // Generated by `make rule-table` (RuleDerivationTableTests): what each rule pattern's cheap tests need,
        // derived once (see RuleDerivations). Do not edit; a pattern missing here is derived at first use.

        extension RuleDerivations {
            static let storedText = #\"\"\"
        \(lines.joined(separator: "\n"))
        \"\"\"#
        }

        """
    }
}
