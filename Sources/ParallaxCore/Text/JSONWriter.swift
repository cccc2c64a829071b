import Foundation

/// The encoder behind `JSONOutput`: writes exactly what `JSONEncoder` with `.sortedKeys`,
/// `.withoutEscapingSlashes` (and `.prettyPrinted`) writes, about five times faster.
///
/// Foundation's encoder was a fifth of a whole `diff --json` run (boxing every value, then sorting and
/// formatting through generic paths). Output is byte-identical to it (tested on every command's JSON), so
/// the public contract does not change with the encoder. On top of Foundation's escaping, the characters
/// it leaves raw that a terminal would act on (DEL, C1 controls, bidi and invisible format characters,
/// U+2028/2029) are escaped as `\uXXXX`, which decodes to the same text.
enum JSONWriter {
    static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        String(decoding: try encodeBytes(value, pretty: pretty), as: UTF8.self)
    }

    /// The UTF-8 of `encode`, for writing straight to a file without building a String first.
    static func encodeBytes<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        try encodeBytesKeepingTree(value, pretty: pretty).bytes
    }

    /// `encodeBytes`, and the tree of nodes it wrote from (one object per JSON value), for a caller that
    /// exits right after writing and need not free it: freeing the tree of a long `diff --json` is tens of
    /// thousands of releases on the main thread after the output is complete.
    static func encodeBytesKeepingTree<T: Encodable>(_ value: T, pretty: Bool) throws -> (bytes: [UInt8], tree: AnyObject) {
        let root = Node()
        if let parts = value as? any JSONMembersInParallel {
            // Each member's tree on its own core (one cast at the root, not per value).
            let members = parts.jsonMembers
            let built = ParallelMap.map(members.count) { k in
                let node = Node()
                return Result { try node.set(members[k].value, path: [JSONKey(members[k].key)]) }.map { node }
            }
            root.kind = .object(try members.indices.map { (members[$0].key, try built[$0].get()) })
        } else {
            try root.set(value, path: [])
        }
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(root, into: &out, indent: 0, pretty: pretty)
        return (out, root)
    }

    struct JSONKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ key: String) { stringValue = key }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// One JSON value under construction. A class because containers handed out by the `Encoder`
    /// protocol are values that must all write into the same place.
    final class Node: @unchecked Sendable {  // shared across threads only to be read, once built
        /// Object members in the order first encoded; sorted when written. An array, not a dictionary:
        /// objects have a handful of keys, and hashing each key was a large part of building the tree.
        enum Kind { case pending, literal(String), string(String), array([Node]), object([(key: String, node: Node)]) }
        var kind: Kind = .pending

        func set<T: Encodable>(_ value: T, path: [any CodingKey]) throws {
            // Type identity, not `as?` casts: a failing dynamic cast searches protocol conformances, and
            // that search was most of the encoder's time.
            switch ObjectIdentifier(T.self) {
            case ObjectIdentifier(String.self): kind = .string(value as! String)
            case ObjectIdentifier(Int.self): kind = .literal(String(value as! Int))
            case ObjectIdentifier(Double.self): kind = .literal(try Node.number(value as! Double, path))
            case ObjectIdentifier(Bool.self): kind = .literal(value as! Bool ? "true" : "false")
            case ObjectIdentifier(Float.self): kind = .literal(try Node.number(value as! Float, path))
            case ObjectIdentifier(URL.self): kind = .string((value as! URL).absoluteString)
            // The other fixed-width integers: their own `encode(to:)` comes back here through the
            // single-value container, so they must end here.
            case ObjectIdentifier(Int8.self), ObjectIdentifier(Int16.self), ObjectIdentifier(Int32.self),
                ObjectIdentifier(Int64.self), ObjectIdentifier(UInt.self), ObjectIdentifier(UInt8.self),
                ObjectIdentifier(UInt16.self), ObjectIdentifier(UInt32.self), ObjectIdentifier(UInt64.self):
                kind = .literal(String(describing: value))
            default:
                if try setDirect(value, path: path) { return }
                try value.encode(to: TreeEncoder(node: self, codingPath: path))
            }
        }

        static func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ v: F, _ path: [any CodingKey]) throws -> String {
            guard v.isFinite else {
                throw EncodingError.invalidValue(v, .init(codingPath: path, debugDescription: "non-finite number"))
            }
            var s = v.description
            if s.hasSuffix(".0") { s.removeLast(2) }
            return s
        }

        func child(_ key: String) -> Node {
            guard case .object(var entries) = kind else { return Node() }
            let n = Node()
            kind = .pending  // drop the reference so the array is mutated in place
            // A key encoded twice keeps the last value, as Foundation's encoder does.
            if let k = entries.firstIndex(where: { $0.key == key }) { entries[k].node = n } else { entries.append((key, n)) }
            kind = .object(entries)
            return n
        }

        func append() -> Node {
            guard case .array(var items) = kind else { return Node() }
            let n = Node()
            kind = .pending
            items.append(n)
            kind = .array(items)
            return n
        }
    }

    struct TreeEncoder: Encoder {
        let node: Node
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object = node.kind {} else { node.kind = .object([]) }
            return KeyedEncodingContainer(Keyed<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .array = node.kind {} else { node.kind = .array([]) }
            return Unkeyed(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).kind = .literal("null") }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try node.child(key.stringValue).set(value, path: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.child("super"), codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var count: Int {
            if case .array(let items) = node.kind { return items.count }
            return 0
        }

        mutating func encodeNil() throws { node.append().kind = .literal("null") }
        mutating func encode<T: Encodable>(_ value: T) throws { try node.append().set(value, path: codingPath) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(node: node.append(), codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            TreeEncoder(node: node.append(), codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.append(), codingPath: codingPath) }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        mutating func encodeNil() throws { node.kind = .literal("null") }
        mutating func encode<T: Encodable>(_ value: T) throws { try node.set(value, path: codingPath) }
    }

    // MARK: writing

    static func write(_ node: Node, into out: inout [UInt8], indent: Int, pretty: Bool) {
        switch node.kind {
        case .pending: out += [UInt8(ascii: "{"), UInt8(ascii: "}")]  // encoded nothing, as Foundation writes it
        case .literal(let s): out += s.utf8
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            if pretty { out.append(0x0A) }
            @Sendable func item(_ i: Int, into out: inout [UInt8]) {
                if i > 0 { out.append(UInt8(ascii: ",")); if pretty { out.append(0x0A) } }
                if pretty { pad(&out, indent + 1) }
                write(items[i], into: &out, indent: indent + 1, pretty: pretty)
            }
            // The long arrays near the top (rows, paragraphs, quotes) are written on all cores, in chunks
            // joined in order.
            if items.count >= parallelItems && indent <= 2 {
                let chunks = min(items.count / (parallelItems / 4), 4 * ProcessInfo.processInfo.activeProcessorCount)
                let parts = ParallelMap.map(chunks) { c in
                    var buffer: [UInt8] = []
                    for i in (c * items.count / chunks)..<((c + 1) * items.count / chunks) { item(i, into: &buffer) }
                    return buffer
                }
                for part in parts { out += part }
            } else {
                for i in items.indices { item(i, into: &out) }
            }
            if pretty { out.append(0x0A); pad(&out, indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let entries):
            out.append(UInt8(ascii: "{"))
            if pretty { out.append(0x0A) }
            let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (i, entry) in sorted.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")); if pretty { out.append(0x0A) } }
                if pretty { pad(&out, indent + 1) }
                writeString(entry.key, into: &out)
                if pretty { out += [0x20, 0x3A, 0x20] } else { out.append(0x3A) }
                write(entry.node, into: &out, indent: indent + 1, pretty: pretty)
            }
            if pretty { out.append(0x0A); pad(&out, indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    static let parallelItems = 64

    static func pad(_ out: inout [UInt8], _ level: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Runs of bytes that need no escape are copied as they are (most of every string); only quotes,
    /// backslashes, controls and the invisible characters above are written one by one.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { b in
            var run = 0  // start of the bytes not yet copied
            var i = 0
            let n = b.count
            func flush(_ end: Int) {
                if end > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<end])) }
            }
            while i < n {
                let c = b[i]
                if c >= 0x20 && c < 0x7F && c != 0x22 && c != 0x5C { i += 1; continue }
                if c >= 0x80 {
                    let (scalar, length) = ScalarText.decode(b, at: i)
                    let v = scalar.value
                    if (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || TerminalSafeText.isInvisibleFormat(v) {
                        flush(i)
                        escape(v, into: &out)
                        run = i + length
                    }
                    i += length
                    continue
                }
                flush(i)
                switch c {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, UInt8(ascii: "n")]
                case 0x0D: out += [0x5C, UInt8(ascii: "r")]
                case 0x09: out += [0x5C, UInt8(ascii: "t")]
                case 0x08: out += [0x5C, UInt8(ascii: "b")]
                case 0x0C: out += [0x5C, UInt8(ascii: "f")]
                default: escape(UInt32(c), into: &out)  // other controls and DEL
                }
                i += 1
                run = i
            }
            flush(n)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `\uXXXX`, lowercase hex; outside the BMP as a surrogate pair, as JSON requires.
    static func escape(_ v: UInt32, into out: inout [UInt8]) {
        func unit(_ x: UInt32) {
            out += [0x5C, UInt8(ascii: "u")]
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((x >> UInt32(shift)) & 0xF)]) }
        }
        if v > 0xFFFF {
            let x = v - 0x10000
            unit(0xD800 + (x >> 10))
            unit(0xDC00 + (x & 0x3FF))
        } else {
            unit(v)
        }
    }
}

/// A value encoded as a JSON object whose members are large and independent (`diff --json`: two articles
/// and the rows), so `JSONWriter` builds them on all cores. The members must be exactly the keys and values
/// its `Encodable` conformance writes; the output is the same either way.
protocol JSONMembersInParallel {
    var jsonMembers: [(key: String, value: any Encodable & Sendable)] { get }
}
