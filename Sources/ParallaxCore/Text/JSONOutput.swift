import Foundation

/// The one JSON encoder for every `--json` output, so the public contract is formatted the same everywhere.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
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
