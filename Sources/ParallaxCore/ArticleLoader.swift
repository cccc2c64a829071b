import Foundation

/// Reads one article file into a cleaned `Article`.
///
/// PLACEHOLDER: the ingestion issue replaces the body with real cleaning, header parsing, metadata
/// inference and segmentation. The signature is the contract other parts build on.
public enum ArticleLoader {
    public static func load(path: String) throws(LoadError) -> Article {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LoadError(path: path, message: "cannot read file (\(error.localizedDescription))")
        }
        if data.contains(0) { throw LoadError(path: path, message: "not a text file (contains NUL bytes)") }
        let raw = String(data: data, encoding: .utf8) ?? String(decoding: data, as: UTF8.self)
        return parse(text: raw, id: url.deletingPathExtension().lastPathComponent, path: path)
    }

    public static func parse(text raw: String, id: String, path: String) -> Article {
        let text = TextNormalizer.canonicalizeFile(raw)
        var paragraphs: [Paragraph] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty else { continue }
            let count = t.unicodeScalars.count
            paragraphs.append(Paragraph(
                index: paragraphs.count, text: t, sentences: [Sentence(start: 0, end: count)],
                sourceLines: (n + 1)...(n + 1)))
        }
        return Article(id: id, path: path, paragraphs: paragraphs)
    }
}
