import Foundation

/// A print edition's drop cap: the story's first letter set large, which text extraction leaves on a line of
/// its own ("G" / "" / "ordon Ashby resigned …"). The letter goes back onto its word, and the paragraph
/// starts at the letter's line, where the page starts it.
enum DropCaps {
    static func join(_ lines: inout [SourceLine]) {
        // A quick test first: most pages have no line of one letter.
        guard lines.contains(where: { isLetterAlone($0.text) }) else { return }
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            if isLetterAlone(lines[i].text),
                let j = (i + 1..<min(lines.count, i + 4)).first(where: { !lines[$0].isBlank }),
                goesOnWord(lines[j].text)
            {
                // The letter's line takes the rest of its word and what the next line holds; the blank
                // lines between go, so a hard-wrapped paragraph stays one block.
                var joined = lines[i]
                joined.text = lines[i].text + (isWordOfItsOwn(lines[i].text, before: lines[j].text) ? " " : "") + lines[j].text
                joined.joinedThrough = lines[j].span.upperBound
                out.append(joined)
                i = j + 1
                continue
            }
            out.append(lines[i])
            i += 1
        }
        lines = out
    }

    /// One capital letter alone on its line.
    static func isLetterAlone(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard u.count == 1, let c = u.first else { return false }
        return c.properties.isUppercase && c.properties.isAlphabetic
    }

    /// "A" / "few kilometers to the north …": hard-wrapped text that broke after the article "A" or the pronoun
    /// "I". A drop cap's rest is a piece of a word ("fter", "nother", "t was"); a function word of three letters
    /// or more ("few", "was", "have") is a word of its own, so the letter is too.
    static func isWordOfItsOwn(_ letter: String, before next: String) -> Bool {
        guard letter == "A" || letter == "I" else { return false }
        let first = next.prefix { $0.isLetter }
        return first.count >= 3 && StopWords.contains(first.lowercased())
    }

    /// The rest of a word and of a sentence: a lower-case letter right at the start, and a few words after.
    static func goesOnWord(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first, f.properties.isLowercase, f.properties.isAlphabetic else { return false }
        return SourceLine.words(text, cap: 5) >= 5
    }
}
