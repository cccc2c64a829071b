import Foundation

/// The optional header an article file may start with, in either of two forms:
///
///     Outlet: Example Times          ---
///     Title: A headline              title: "A headline"
///     Date: 2025-11-03               date: 2025-11-03
///                                    ---
///
/// Plain `Key: value` lines count as a header only when every line of the first block is one and the keys
/// are ones we know, so a story that opens with "Seoul: The president said..." is not eaten.
public struct ArticleHeader: Sendable, Equatable {
    public var outlet: String?
    public var title: String?
    public var byline: String?
    /// As written; `ArticleLoader` turns it into ISO.
    public var date: String?
    public var url: String?
    /// Fields we do not use, kept for the removal report.
    public var other: [String: String] = [:]

    public init(outlet: String? = nil, title: String? = nil, byline: String? = nil, date: String? = nil, url: String? = nil) {
        self.outlet = outlet
        self.title = title
        self.byline = byline
        self.date = date
        self.url = url
    }
}

enum HeaderParser {
    struct Result {
        var header: ArticleHeader
        /// Raw line numbers the header occupied (including the `---` fences).
        var lines: [Int]
    }

    enum Field { case outlet, title, byline, date, url }

    static let keys: [String: Field] = [
        "outlet": .outlet, "source": .outlet, "publication": .outlet, "publisher": .outlet, "site": .outlet,
        "newspaper": .outlet, "agency": .outlet, "media": .outlet, "title": .title, "headline": .title,
        "author": .byline, "authors": .byline, "byline": .byline, "by": .byline, "writer": .byline,
        "reporter": .byline, "date": .date, "published": .date, "publication date": .date, "pubdate": .date,
        "published at": .date, "date published": .date, "published on": .date, "url": .url, "link": .url,
        "source url": .url, "canonical": .url, "permalink": .url,
    ]

    static func parse(_ lines: [SourceLine]) -> Result? {
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else { return nil }
        if lines[first].text == "---" {
            guard let close = lines[(first + 1)...].prefix(60).firstIndex(where: { $0.text == "---" || $0.text == "..." })
            else { return nil }
            let body = lines[(first + 1)..<close].filter { !$0.isBlank }
            guard let header = fields(body, strict: false) else { return nil }
            return Result(header: header, lines: lines[first...close].map(\.number))
        }
        var block: [SourceLine] = []
        for l in lines[first...] {
            if l.isBlank { break }
            block.append(l)
            if block.count > 12 { return nil }
        }
        guard let header = fields(block, strict: true) else { return nil }
        return Result(header: header, lines: block.map(\.number))
    }

    /// Nil unless the lines form a header: all `Key: value`, at least one known key, and in strict mode no
    /// unknown key unless two known ones vouch for the block.
    static func fields(_ lines: [SourceLine], strict: Bool) -> ArticleHeader? {
        var h = ArticleHeader()
        var known = 0
        var unknown = 0
        for l in lines {
            guard let (key, value) = keyValue(l.text) else {
                if strict { return nil }
                continue
            }
            guard let field = keys[key] else { unknown += 1; h.other[key] = value; continue }
            known += 1
            guard !value.isEmpty else { continue }
            switch field {
            case .outlet: h.outlet = h.outlet ?? value
            case .title: h.title = h.title ?? value
            case .byline: h.byline = h.byline ?? value
            case .date: h.date = h.date ?? value
            case .url: h.url = h.url ?? value
            }
        }
        guard known >= 1 else { return nil }
        if strict, unknown > 0, known < 2 { return nil }
        return h
    }

    static func keyValue(_ text: String) -> (String, String)? {
        guard text.utf8.count <= 2000, let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty, key.count <= 24,
            key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == " " || $0 == "_" || $0 == "-" })
        else { return nil }
        var value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if value.count >= 2, let f = value.first, let l = value.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            value = String(value.dropFirst().dropLast())
        }
        return (key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " "), value)
    }
}
