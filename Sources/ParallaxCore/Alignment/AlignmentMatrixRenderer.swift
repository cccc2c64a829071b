import Foundation

/// Renders N-way groups as a compact matrix for `parallax align`: one line per group, one column per
/// article (its paragraph indices, or `.` when the article does not carry that content), the number of
/// outlets, and the opening words of the group's first paragraph.
public enum AlignmentMatrixRenderer {
    public static func render(groups: [AlignmentGroup], articles: [Article], width: Int = 120) -> String {
        var out: [String] = []
        let letters = articles.indices.map { columnName($0) }
        for (k, a) in articles.enumerated() {
            out.append("\(letters[k])  \(SideBySideRenderer.visible(a.id))  \(SideBySideRenderer.visible(a.outlet ?? "-"))  (\(Plural.count(a.paragraphs.count, "paragraph")))")
        }
        out.append("")
        let index = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        var cellsByGroup: [[String]] = []
        for g in groups {
            var cells = [String](repeating: ".", count: articles.count)
            for m in g.members { if let k = index[m.article] { cells[k] = m.paragraphs.map(String.init).joined(separator: ",") } }
            cellsByGroup.append(cells)
        }
        let colWidths = articles.indices.map { k in
            max(letters[k].count, cellsByGroup.map { $0[k].count }.max() ?? 1)
        }
        let idWidth = max(5, String(groups.count).count)
        func pad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        var header = pad("group", idWidth)
        for k in articles.indices { header += " " + pad(letters[k], colWidths[k]) }
        header += "  n  text"
        out.append(header)
        for (g, cells) in zip(groups, cellsByGroup) {
            var s = pad(String(g.id), idWidth)
            for k in articles.indices { s += " " + pad(cells[k], colWidths[k]) }
            s += "  " + pad(String(g.outlets), 1) + "  "
            if let m = g.members.first, let k = index[m.article], let p = m.paragraphs.first,
                p < articles[k].paragraphs.count
            {
                let room = max(10, width - DisplayWidth.of(s))
                s += excerpt(SideBySideRenderer.visible(articles[k].paragraphs[p].text), room)
            }
            out.append(s)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A, B, ..., Z, AA, AB, ...
    static func columnName(_ k: Int) -> String {
        var k = k
        var s = ""
        repeat {
            s = String(UnicodeScalar(UInt8(65 + k % 26))) + s
            k = k / 26 - 1
        } while k >= 0
        return s
    }

    static func excerpt(_ text: String, _ width: Int) -> String {
        var s = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { return s + "…" }
            s.append(ch)
            used += w
        }
        return s
    }
}
