import Foundation

extension Cleaner {
    /// "Jane Roe is a sports reporter based in Durban." as the page's last line: the writer's note on
    /// themselves, which the byline names. (A note with a contact in it goes by its own rule; without one,
    /// only the byline tells it from a sentence of the story about a reporter.)
    static func dropWriterNote(_ cleaned: inout Result, byline: String?) {
        guard let byline, SourceLine.words(byline, cap: 5) <= 4, !byline.contains(","),
              let last = cleaned.lines.indices.last(where: { !cleaned.lines[$0].isBlank }) else { return }
        // A guest writer's note names no job ("Jane Roe is a retired teacher who lives in Bend.", "Jane Roe
        // taught science for 28 years …") and may stand over the story as well as under it: the byline's full
        // name of two words or more, then a verb in lower case, on the first or the last line.
        // The second line too: a note under the standfirst, as an opinion page sets it by the writer's credit.
        let lines = cleaned.lines
        let kept = lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(2)
        for i in Set(Array(kept) + [last]).sorted(by: >) {
            let t = cleaned.lines[i].text
            guard SourceLine.words(t, cap: 41) <= 40, isWriterNote(t, byline: byline, jobNamed: i == last) else { continue }
            cleaned.removed.append(RemovedLine(text: t, reason: "writer's note", line: cleaned.lines[i].number))
            cleaned.lines[i].text = ""
        }
    }

    static func isWriterNote(_ text: String, byline: String, jobNamed: Bool) -> Bool {
        let name = LineShape.key(byline)
        let key = LineShape.key(text)
        // "Grace covers agriculture and the environment for The Westcoaster.": the closing box calls the writer
        // by the given name alone, a wire's box ("Olsen covers transport for The Associated Press.") by the family name.
        let parts = name.split(separator: " ")
        if jobNamed, !text.contains("\""), !text.contains("\u{201C}"), let given = parts.first, let family = parts.last, parts.count >= 2,
           ["covers", "reports", "writes"].contains(where: { key.hasPrefix("\(given) \($0) ") || key.hasPrefix("\(family) \($0) ") }) { return true }
        guard key.hasPrefix(name + " "), !text.contains("\""), !text.contains("\u{201C}") else { return false }
        if jobNamed, key.hasPrefix(name + " is "), text.split(separator: " ").contains(where: {
            MetadataInference.jobWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters))
        }) { return true }
        let rest = ScalarText.slice(text, ScalarText.count(byline) + 1, Int.max)
        return SourceLine.words(byline, cap: 3) >= 2 && rest.unicodeScalars.first?.properties.isLowercase == true
    }
}

extension Cleaner {
    /// "Jane Roe" / "Example Wire" / "Jane reports on energy across the north." under the story: a writer's box
    /// opens with the byline's name alone on a line. The name and the few short lines under it to the end of the
    /// page go; the story's text is above it (two paragraphs of prose at least).
    static func dropBylineBox(_ cleaned: inout Result, byline: String?) {
        guard let byline, (2...4).contains(SourceLine.words(byline, cap: 5)) else { return }
        let name = LineShape.key(byline)
        let kept = cleaned.lines.indices.filter { !cleaned.lines[$0].isBlank }
        guard let k = kept.suffix(5).firstIndex(where: { LineShape.key(cleaned.lines[$0].text) == name }) else { return }
        let prose = kept[..<k].filter { LineShape.isProse(cleaned.lines[$0].text) }.count
        let box = kept[k...]
        guard prose >= 2, box.allSatisfy({ SourceLine.words(cleaned.lines[$0].text, cap: 31) <= 30 }) else { return }
        for i in box {
            cleaned.removed.append(RemovedLine(text: cleaned.lines[i].text, reason: "writer's box", line: cleaned.lines[i].number))
            cleaned.lines[i].text = ""
        }
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

extension Cleaner {
    /// "Written by Jane Roe" under a blog platform's post, then "2.1K Followers", "Writer for", the publication,
    /// the writer's bio: the writer's box closes the page, and the short topic tags right above it ("Education" /
    /// "School Meals") are no text either. Only a "Written by" line after the story's text opens it (over the
    /// story, the line is the byline).
    static func dropWriterBox(_ cleaned: inout Result) {
        let boxes = cleaned.removed.filter { $0.reason == "byline" && LineShape.key($0.text).hasPrefix("written by ") }.map(\.line)
        guard let at = boxes.max(), let firstText = cleaned.lines.first(where: { !$0.isBlank })?.number, at > firstText,
              let k = cleaned.lines.firstIndex(where: { $0.number > at }) else { return }
        let after = cleaned.lines.indices[k...].filter { !cleaned.lines[$0].isBlank }
        // Only a box: short lines, the bio the one sentence among them.
        guard after.count <= 8, after.allSatisfy({ SourceLine.words(cleaned.lines[$0].text, cap: 31) <= 30 }) else { return }
        for i in after {
            cleaned.removed.append(RemovedLine(text: cleaned.lines[i].text, reason: "writer's box", line: cleaned.lines[i].number))
            cleaned.lines[i].text = ""
        }
        var j = k - 1
        var tags: [Int] = []
        while j >= 0, tags.count <= 8 {
            if cleaned.lines[j].isBlank { j -= 1; continue }
            let t = cleaned.lines[j].text
            guard SourceLine.words(t, cap: 4) <= 3, !LineShape.endsLikeSentence(t), t.first?.isUppercase == true else { break }
            tags.append(j)
            j -= 1
        }
        // Tags stand under the text: a line of prose above them.
        guard j >= 0, LineShape.isProse(cleaned.lines[j].text) else { return }
        for i in tags {
            cleaned.removed.append(RemovedLine(text: cleaned.lines[i].text, reason: "topic tags", line: cleaned.lines[i].number))
            cleaned.lines[i].text = ""
        }
    }
}
