import Foundation

/// The one JSON encoder for every `--json` output, so the public contract is formatted the same everywhere.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        try JSONWriter.encode(value, pretty: pretty)
    }

    /// `encode` as UTF-8 bytes (a long `--json` output need not become a String to be written).
    public static func encodeBytes<T: Encodable>(_ value: T, pretty: Bool = true) throws -> [UInt8] {
        try JSONWriter.encodeBytes(value, pretty: pretty)
    }

    /// `encodeBytes` and the encoder's tree of the value, kept alive by the caller (see `CLI.exit(keeping:)`):
    /// a process that exits after writing the JSON need not spend its last milliseconds freeing it.
    public static func encodeBytesKeepingTree<T: Encodable>(_ value: T, pretty: Bool = true) throws -> (bytes: [UInt8], tree: AnyObject) {
        try JSONWriter.encodeBytesKeepingTree(value, pretty: pretty)
    }

    /// Foundation's encoder plus `escapeInvisibles`: the reference `JSONWriter` is tested against.
    static func encodeWithFoundation<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return escapeInvisibles(String(decoding: data, as: UTF8.self))
    }

    /// JSONEncoder escapes C0 controls (ESC is `\u001b`) but leaves DEL, the C1 controls (0x9B is a CSI to
    /// some terminals), bidi overrides and line/paragraph separators raw. Escaping them too keeps `--json`
    /// safe to print to a terminal and decodes to the same text. They can only occur inside strings.
    static func escapeInvisibles(_ json: String) -> String {
        func needs(_ v: UInt32) -> Bool {
            (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || TerminalSafeText.isInvisibleFormat(v)
        }
        guard json.unicodeScalars.contains(where: { needs($0.value) }) else { return json }
        var out = String.UnicodeScalarView()
        for u in json.unicodeScalars {
            if needs(u.value) {
                let h = String(u.value, radix: 16)
                if u.value > 0xFFFF {
                    // Outside the BMP: JSON wants a surrogate pair.
                    let x = u.value - 0x10000
                    for unit in [0xD800 + (x >> 10), 0xDC00 + (x & 0x3FF)] {
                        out.append(contentsOf: "\\u\(String(unit, radix: 16))".unicodeScalars)
                    }
                } else {
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - h.count) + h).unicodeScalars)
                }
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}

extension Article: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, path, outlet, title, byline, date, paragraphs, removed
    }

    /// `read --json` contract, exactly the keys of the README: optional fields are present as `null`,
    /// never missing; removed lines are `{"text", "reason"}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(title, forKey: .title)
        try c.encode(byline, forKey: .byline)
        try c.encode(date, forKey: .date)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(removed.map(RemovedJSON.init), forKey: .removed)
    }

    private struct RemovedJSON: Encodable {
        var text: String
        var reason: String
        init(_ r: RemovedLine) {
            text = r.text
            reason = r.reason
        }
    }
}

extension Paragraph: Encodable {
    enum CodingKeys: String, CodingKey { case index, text, sentences }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(index, forKey: .index)
        try c.encode(text, forKey: .text)
        try c.encode(sentences, forKey: .sentences)
    }
}
