import Foundation

extension Cleaner {
    /// "Jane Roe is a sports reporter based in Durban." as the page's last line: the writer's note on
    /// themselves, which the byline names. (A note with a contact in it goes by its own rule; without one,
    /// only the byline tells it from a sentence of the story about a reporter.)
    static func dropWriterNote(_ cleaned: inout Result, byline: String?) {
        guard let byline, SourceLine.words(byline, cap: 5) <= 4, !byline.contains(","),
              let last = cleaned.lines.indices.last(where: { !cleaned.lines[$0].isBlank }) else { return }
        let t = cleaned.lines[last].text
        guard SourceLine.words(t, cap: 41) <= 40, LineShape.key(t).hasPrefix(LineShape.key(byline) + " is "),
              t.split(separator: " ").contains(where: {
                  MetadataInference.jobWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters))
              })
        else { return }
        cleaned.removed.append(RemovedLine(text: t, reason: "writer's note", line: cleaned.lines[last].number))
        cleaned.lines[last].text = ""
    }
}

extension Cleaner {
    /// "That's it from me. …" / "Tamsin" (or "— Priyanka"): the name a newsletter's writer signs off with,
    /// under the sign-off line, is no paragraph.
    static func dropSignOffName(_ cleaned: inout Result) {
        let signOffs = Set(cleaned.removed.filter { $0.reason == "newsletter sign-off" }.map(\.line))
        guard !signOffs.isEmpty else { return }
        for (k, line) in cleaned.lines.enumerated() where signOffs.contains(line.number) {
            guard let n = cleaned.lines.indices[(k + 1)...].first(where: { !cleaned.lines[$0].isBlank }) else { continue }
            let t = cleaned.lines[n].text
            let name = t.trimmingCharacters(in: CharacterSet(charactersIn: "—–-~ "))
            guard (1...2).contains(SourceLine.words(name, cap: 3)), !LineShape.endsLikeSentence(name),
                  name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            cleaned.removed.append(RemovedLine(text: t, reason: "newsletter sign-off (name)", line: cleaned.lines[n].number))
            cleaned.lines[n].text = ""
        }
    }
}
