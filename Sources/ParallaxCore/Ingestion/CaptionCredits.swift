import Foundation

/// Captions that only their credit or their repetition gives away: a picture's caption reads like a short
/// story sentence, so it goes only where the page's layout around it says it is one.
extension Cleaner {
    /// A caption a gallery or a lazy-loaded picture prints twice, one copy right under the other, closing
    /// with its agency's credit ("Crowds wait at the gate. (Reuters)" twice). One copy of a paragraph is
    /// never repeated so in a story, and the credit belongs to the picture, not to the story's outlet.
    static func repeatedCreditedCaptions(_ lines: [SourceLine]) -> [Int] {
        var found: [Int] = []
        var previous: Int?
        for i in lines.indices where !lines[i].isBlank {
            defer { previous = i }
            guard let p = previous, i - p <= 2, lines[p].text == lines[i].text else { continue }
            let t = lines[i].text
            guard t.hasSuffix(")"), SourceLine.words(t, cap: 41) <= 40, let m = MetadataInference.trailingAgency.firstMatch(t),
                  let name = m.groups[1], MetadataInference.canonicalAgency(name) != nil else { continue }
            found += [p, i]
        }
        return found
    }

    /// A caption a picture prints twice on two lines in a row, no blank line between and no credit (its alt
    /// words, then the caption under the picture): a sentence of eight to forty words. A story never prints a
    /// paragraph twice running; a headline printed twice (page title and heading) does not end like a sentence.
    static func doubledCaptions(_ lines: [SourceLine]) -> [Int] {
        var found: [Int] = []
        for i in lines.indices.dropFirst() where !lines[i].isBlank && !lines[i - 1].isBlank && found.last != i - 1 {
            let t = lines[i].text
            guard t == lines[i - 1].text, LineShape.hasAtMost(t, scalars: 400), LineShape.endsLikeSentence(t),
                  (8...40).contains(SourceLine.words(t, cap: 41)) else { continue }
            found += [i - 1, i]
        }
        guard !found.isEmpty else { return [] }
        // Only beside a story: two lines of prose or more that are not these copies. A file that is one paragraph
        // printed twice keeps it.
        let copies = Set(found.map { lines[$0].text })
        var prose = 0
        for l in lines where !l.isBlank && !copies.contains(l.text) && LineShape.endsLikeSentence(l.text) && SourceLine.words(l.text, cap: 8) >= 8 {
            prose += 1
            if prose >= 2 { return found }
        }
        return []
    }

    /// "Source: Associated Press", "Photo: Reuters": a credit alone on a line, a few words after its label.
    static let bareCredit = LinePattern(#"^(source|photo|photograph|image|picture|pic|credit)s?\s*:\s*\S"#)

    static func isBareCredit(_ text: String) -> Bool {
        SourceLine.words(text, cap: 7) <= 6 && bareCredit.matches(LineShape.key(text))
    }

    /// The caption over a credit alone on its line ("Rescuers search the rubble." / "Source: Associated
    /// Press"): one short sentence set right on top of the credit, with no blank line between, in a block of
    /// its own, with story prose both above and below it. A credit under the story's last paragraph credits
    /// the story, and a first paragraph is the lead, whatever its length: both stay. With a blank line
    /// between sentence and credit, nothing ties the two: the sentence stays.
    /// `prose`: the first and last lines of story prose on the page (`proseSpan`).
    static func captionAboveCredit(_ lines: [SourceLine], credit i: Int, prose: () -> ClosedRange<Int>?) -> Int? {
        guard i >= 2, isBareCredit(lines[i].text), !lines[i - 1].isBlank, lines[i - 2].isBlank else { return nil }
        let p = i - 1
        let t = lines[p].text
        // Tabloids set captions without a closing stop ("Jane Roe and her son outside their flooded home"): a
        // longer line in sentence case reads as one too; a sub-heading is short or set like a headline.
        let unstopped = !LineShape.endsLikeSentence(t) && SourceLine.words(t, cap: 7) >= 6 && !LineShape.isAllCaps(t)
            && !MetadataInference.isTitleCase(t) && !t.hasSuffix(":") && !t.hasSuffix("?")
        guard LineShape.endsLikeSentence(t) || unstopped, !t.hasSuffix("?"), (4...25).contains(SourceLine.words(t, cap: 26)),
              SentenceSplitter.split(t).count == 1, !isBareCredit(t) else { return nil }
        guard let span = prose(), span.lowerBound < p, span.upperBound > i else { return nil }
        return p
    }

    static func proseSpan(_ lines: [SourceLine]) -> ClosedRange<Int>? {
        func isProse(_ l: SourceLine) -> Bool { !l.isBlank && LineShape.isProse(l.text) && LineShape.endsLikeSentence(l.text) }
        guard let first = lines.firstIndex(where: isProse), let last = lines.lastIndex(where: isProse) else { return nil }
        return first...last
    }

    /// "A paramedic stands beside a stretcher outside Fiona Stanley Hospital." over "Paramedics waited outside
    /// Fiona Stanley Hospital … (Example News: Jane Roe)": a picture's alt text pasted right over its caption,
    /// after a blank line, one short sentence naming at least two of the caption's capitalised words.
    static func altTextAbove(_ lines: [SourceLine], caption i: Int) -> Int? {
        guard i >= 1, !lines[i - 1].isBlank, i == 1 || lines[i - 2].isBlank else { return nil }
        let t = lines[i - 1].text
        guard LineShape.endsLikeSentence(t), !t.hasSuffix("?"), (4...25).contains(SourceLine.words(t, cap: 26)),
              !t.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\u{201C}" }), SentenceSplitter.split(t).count == 1 else { return nil }
        func names(_ s: String) -> Set<String> {
            Set(s.split(separator: " ").dropFirst().filter { $0.first!.isUppercase && !$0.contains("(") }
                .map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { $0.count >= 3 })
        }
        return names(t).intersection(names(lines[i].text)).count >= 2 ? i - 1 : nil
    }

    /// "dog", "quake", "help": a picture's alt text or file name the paste kept, a lone lower-case word between
    /// blank lines inside the story. No paragraph of a story is one lower-case word; a heading or a one-word
    /// reply ("Why?", "No.") starts with a capital or ends with punctuation.
    static func loneAltWords(_ lines: [SourceLine]) -> [Int] {
        // Between running prose, above and below: a paste cut off mid-sentence still has its prose under it.
        let prose = lines.indices.filter { !lines[$0].isBlank && LineShape.isProse(lines[$0].text) }
        guard let top = prose.first, let bottom = prose.last else { return [] }
        return lines.indices.filter { i in
            guard i > top, i < bottom, !lines[i].isBlank, LineShape.hasAtMost(lines[i].text, scalars: 32),
                  lines[i - 1].isBlank, lines[i + 1].isBlank else { return false }
            let t = lines[i].text.unicodeScalars
            guard let first = t.first, ("a"..."z").contains(first) else { return false }
            return t.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        }
    }
}
