import Foundation

/// A sentence the paste broke into lines at its links: a page that sets each link on a line of its own
/// gives "On Wednesday, the" / "Department of Consumer Affairs" / "organized a round table here." The pieces
/// are joined back into one line before cleaning, so that no piece is taken for a teaser or a label.
///
/// Lines are joined when one does not end a sentence and the next goes on with it: it starts in lower
/// case or with a comma ("LOS ANGELES" / ", Nov. 21, 2025 /PRNewswire/ — …"), or the line breaks off after
/// "the", "of", "at" …. The joined text must end like a sentence and hold eight words or more, so a date
/// line, a section label or a stack of short labels is never joined. Hard-wrapped text is left to
/// `ParagraphBuilder`, which joins it by its own rules.
enum BrokenLines {
    static func join(_ lines: inout [SourceLine]) {
        // A quick test first: most pages have no line that starts in lower case or with a comma.
        guard lines.indices.dropFirst().contains(where: { continuation(lines[$0].text) }) else { return }
        let wrapped = ParagraphBuilder.hardWrappedLines(lines)
        func piece(_ i: Int) -> Bool { i < lines.count && !lines[i].isBlank && !wrapped.contains(i) && !LineShape.isBullet(lines[i].text) }
        var s = 0
        while s < lines.count {
            guard piece(s), startsSentence(lines[s].text) else { s += 1; continue }
            var k = s
            var text = lines[s].text
            while piece(k + 1), goesOn(text, lines[k + 1].text) {
                k += 1
                let next = lines[k].text
                // "… over the peri-" / "meter wall …": a word the line end broke is joined whole.
                if ParagraphBuilder.brokenWord(text, next) {
                    text = ParagraphBuilder.join([text, next])
                } else {
                    text += next.hasPrefix(",") || next.hasPrefix(";") ? next : " " + next
                }
            }
            if k > s, LineShape.endsLikeSentence(text), SourceLine.words(text, cap: 8) >= 8,
               LineShape.hasAtMost(text, scalars: 3000) {
                lines[s].text = text
                lines[s].joinedThrough = lines[k].span.upperBound
                for j in (s + 1)...k { lines[j].text = "" }
            }
            s = k + 1
        }
    }

    /// Starts in lower case or with a comma or semicolon: the rest of something.
    static func continuation(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first else { return false }
        return f.properties.isLowercase || f == "," || f == ";"
    }

    static func startsSentence(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first else { return false }
        return f.properties.isUppercase || f.properties.numericType != nil || "\"“‘'".unicodeScalars.contains(f)
    }

    /// Whether `next` carries on the sentence `text` leaves open. A byline ("by Jane Doe") under a headline
    /// starts in lower case too, and a label for links opens no sentence.
    static func goesOn(_ text: String, _ next: String) -> Bool {
        guard !LineShape.endsLikeSentence(text), !text.hasSuffix(":") else { return false }
        guard continuation(next) || (LineShape.endsInsideASentence(text) && startsSentence(next)) else { return false }
        if MetadataInference.bylinePattern.firstMatch(next, whole: true) != nil || LineShape.key(next).hasPrefix("by ") { return false }
        if ChromeRules.endMarker(text) != nil || ChromeRules.linkListLabel.matches(LineShape.key(text)) { return false }
        return true
    }
}
