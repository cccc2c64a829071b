import Foundation

/// Groups the cleaned lines into paragraphs and splits each into sentences.
///
/// Web pastes put one paragraph on each line, with or without blank lines between them, so by default every
/// non-empty line is a paragraph. Text saved from e-mail or plain-text sites is hard-wrapped instead: blocks
/// of short lines of similar length between blank lines. Those blocks are joined back into one paragraph.
enum ParagraphBuilder {
    /// Hard-wrapped text is rarely wider than this many characters per line.
    static let wrapWidth = 100

    /// Longest paragraph kept whole, in scalars. Real paragraphs are a few hundred characters (the seeds'
    /// longest is under 500); a megabyte on one line is a broken paste, and every later stage (sentences,
    /// quotes, names, alignment) works per paragraph, so one unbounded paragraph would make them slow.
    static let maxParagraphScalars = 4_000

    /// `boundaries`: raw numbers of removed lines that stood between parts of the page (a byline, a date
    /// line): a standfirst over them never runs on into the lead under them, however it ends ("… a year on").
    static func build(_ lines: [SourceLine], boundaries: Set<Int> = []) -> [Paragraph] {
        var pieces: [(text: String, lines: ClosedRange<Int>, marked: Bool)] = []
        var block: [SourceLine] = []
        func flush() {
            defer { block = [] }
            guard !block.isEmpty else { return }
            if isHardWrapped(block) {
                pieces.append((join(block.map(\.text)), block.first!.number...block.last!.span.upperBound, false))
            } else if let column = columnParagraphs(block) {
                for part in column {
                    pieces.append((join(part.map(\.text)), part.first!.number...part.last!.span.upperBound, false))
                }
            } else {
                for l in block { pieces.append((l.text, l.span, l.isMarkedHeading)) }
            }
        }
        // Blank lines left by a page break's furniture do not end a paragraph the next page carries on.
        var carriesOn = [Bool](repeating: false, count: lines.count)
        if lines.contains(where: \.continuesParagraph) {
            var next = false
            for n in lines.indices.reversed() {
                if !lines[n].isBlank { next = lines[n].continuesParagraph }
                carriesOn[n] = next
            }
        }
        for (n, l) in lines.enumerated() {
            if l.isBlank {
                if !carriesOn[n] { flush() }
            } else if l.isMarkedHeading {
                flush()
                block = [l]
                flush()
            } else {
                block.append(l)
            }
        }
        flush()

        // "… said comments made by him at the" / "Party Leaders Meeting on Saturday had been …": a sentence the
        // paste cut in two with a blank line is one paragraph.
        var joined: [(text: String, lines: ClosedRange<Int>, marked: Bool)] = []
        for p in pieces {
            if let last = joined.last, !last.marked, !p.marked, SourceLine.words(last.text, cap: 8) >= 8,
               LineShape.endsInsideASentence(last.text) || endsWithInitial(last.text, before: p.text), !LineShape.isBullet(p.text),
               p.text.unicodeScalars.first?.properties.isAlphabetic == true,
               // "Spain reigns as the wait goes on" / "Captain the hero as La Roja tame Lionesses": a short line that
               // ends no sentence either is a headline's deck, not the rest of a cut sentence.
               LineShape.endsLikeSentence(p.text) || SourceLine.words(p.text, cap: 16) > 15,
               boundaries.isEmpty || !boundaries.contains(where: { $0 > last.lines.upperBound && $0 < p.lines.lowerBound })
            {
                joined[joined.count - 1] = (last.text + " " + p.text, last.lines.lowerBound...p.lines.upperBound, false)
            } else {
                joined.append(p)
            }
        }
        pieces = joined.flatMap { p in splitLong(p.text).map { (text: $0, lines: p.lines, marked: p.marked) } }

        var out: [Paragraph] = []
        let listicle = listicleHeadings(pieces.map(\.text))
        for (n, p) in pieces.enumerated() {
            let next = n + 1 < pieces.count ? pieces[n + 1].text : nil
            let heading = p.marked || listicle.contains(n) || isHeading(p.text, next: next)
            let count = ScalarText.count(p.text)
            out.append(Paragraph(
                index: out.count, text: p.text,
                sentences: heading ? [Sentence(start: 0, end: count)] : SentenceSplitter.split(p.text),
                sourceLines: p.lines, isHeading: heading))
        }
        return out
    }

    /// Cuts an over-long paragraph into parts of at most `maxParagraphScalars`: at the last sentence end in
    /// the second half of the window, else at the last space, else hard. Linear: each window is scanned once.
    static func splitLong(_ text: String, max: Int = maxParagraphScalars) -> [String] {
        let scalars = ScalarText.scalars(text)
        guard scalars.count > max else { return [text] }
        let ends = SentenceSplitter.split(text).map(\.end)  // ascending
        var out: [String] = []
        var start = 0
        func emit(_ a: Int, _ b: Int) {
            let t = SourceLine.trim(ScalarText.string(scalars[a..<b]))
            if !t.isEmpty { out.append(t) }
        }
        /// The last sentence end at or before `limit` (binary search: a window holds thousands of positions).
        func lastEnd(atOrBefore limit: Int) -> Int? {
            var lo = 0, hi = ends.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ends[mid] <= limit { lo = mid + 1 } else { hi = mid }
            }
            return lo > 0 ? ends[lo - 1] : nil
        }
        while scalars.count - start > max {
            let limit = start + max
            let floor = start + max / 2
            var cut = lastEnd(atOrBefore: limit).flatMap { $0 >= floor ? $0 : nil }
            if cut == nil { cut = (floor...limit).reversed().first { SourceLine.isSpace(scalars[$0 - 1]) } }
            let c = cut ?? limit
            emit(start, c)
            start = c
        }
        emit(start, scalars.count)
        return out
    }

    /// Indices of lines that belong to hard-wrapped blocks, so metadata inference does not mistake the
    /// first line of a wrapped paragraph for a headline.
    static func hardWrappedLines(_ lines: [SourceLine]) -> Set<Int> {
        var out: Set<Int> = []
        var start = 0
        for i in 0...lines.count {
            if i == lines.count || lines[i].isBlank {
                if i - start >= 2, isHardWrapped(Array(lines[start..<i])) || columnParagraphs(Array(lines[start..<i])) != nil {
                    out.formUnion(start..<i)
                }
                start = i + 1
            }
        }
        return out
    }

    /// Several lines cut by width: none wider than a wrapped column, not a list, and each line (but the last)
    /// so full that the next line's first word would not have fitted after it. That last test tells wrapped
    /// prose from a stack of short items such as headline, byline and date.
    static func isHardWrapped(_ block: [SourceLine]) -> Bool {
        guard block.count >= 2 else { return false }
        let lengths = block.map { ScalarText.count($0.text) }
        let width = lengths.max()!
        guard width <= wrapWidth, width >= 30 else { return false }
        guard !block.contains(where: { LineShape.isBullet($0.text) }) else { return false }
        // Two lines are too little evidence unless they read as one sentence broken in the middle.
        if block.count == 2, LineShape.endsLikeSentence(block[0].text) || !LineShape.endsLikeSentence(block[1].text) {
            return false
        }
        // Wrapping cuts mid-sentence; lines that mostly end sentences are one paragraph each.
        let endings = block.dropLast().filter { LineShape.endsLikeSentence($0.text) }.count
        guard endings * 2 < block.count - 1 || (block.count == 2 && endings == 0) else { return false }
        var misses = 0
        for i in 0..<(block.count - 1) {
            // A word broken at the line end says the line was full, whatever its length.
            if brokenWord(block[i].text, block[i + 1].text) { continue }
            // Nor is a page's last line, cut short by the page break, a sign of anything.
            if block[i + 1].continuesParagraph { continue }
            let next = block[i + 1].text.split(separator: " ").first.map { $0.unicodeScalars.count } ?? 0
            if lengths[i] + 1 + next <= width - 2 { misses += 1 }
        }
        // One short line is allowed in a long block (a wrap at a long word, a paragraph's own last line).
        return misses == 0 || (block.count >= 5 && misses == 1)
    }

    /// A line ending in a hyphen after a letter, the next starting with a lower-case letter.
    static func brokenWord(_ line: String, _ next: String) -> Bool {
        let s = line.unicodeScalars
        return s.last == "-" && s.count >= 2 && s[s.index(s.endIndex, offsetBy: -2)].properties.isAlphabetic
            && next.unicodeScalars.first?.properties.isLowercase == true
    }

    /// Joins wrapped lines with a space; a word broken at a line end is joined whole, without the hyphen
    /// unless it is the compound's own (`Dehyphenation`).
    static func join(_ lines: [String]) -> String {
        var out = ""
        for l in lines {
            if out.isEmpty { out = l; continue }
            if brokenWord(out, l) {
                if !Dehyphenation.keepsHyphen(before: out, after: l) { out.unicodeScalars.removeLast() }
                out += l
            } else {
                out += " " + l
            }
        }
        return out
    }

    /// "…," Chief of Police Barry M.' / 'Weber said in a release.': a name the paste broke after its middle
    /// initial. No paragraph ends with a lone initial, and the next one goes on with the surname.
    static func endsWithInitial(_ text: String, before next: String) -> Bool {
        let u = Array(text.unicodeScalars.suffix(3))
        guard u.count == 3, u[0] == " ", u[1].properties.isUppercase, u[2] == ".",
              let f = next.unicodeScalars.first, f.properties.isUppercase else { return false }
        // The initial follows a given name ("Barry M."), not a word of the sentence ("a message on X.").
        let before = text.unicodeScalars.dropLast(3).reversed().prefix { !$0.properties.isWhitespace }
        guard let g = before.last, g.properties.isUppercase else { return false }
        // The surname, then a verb or more words: not a new sentence that happens to start with a capital
        // after an abbreviation such as "U.S.".
        let words = next.split(separator: " ", maxSplits: 2)
        return words.count >= 2 && words[0].unicodeScalars.dropFirst().allSatisfy { $0.properties.isLowercase || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// "8 moments from the night" copy: "1. Nell Garrity came for the stairs", then paragraphs, then "2. …". A
    /// numbered line that neither follows nor precedes another numbered line, short and without a stop, with a
    /// longer paragraph after it, is the sub-heading of its section, when the text has two such lines or more. A
    /// numbered list has its items side by side, so none of them is taken.
    static func listicleHeadings(_ texts: [String]) -> Set<Int> {
        func numbered(_ i: Int) -> Bool { i >= 0 && i < texts.count && LineShape.isBullet(texts[i]) && texts[i].unicodeScalars.first?.properties.numericType != nil }
        var out = Set<Int>()
        for i in texts.indices where numbered(i) && !numbered(i - 1) && !numbered(i + 1) && i + 1 < texts.count {
            let t = texts[i]
            let words = SourceLine.words(t, cap: 15)
            guard words <= 14, LineShape.hasAtMost(t, scalars: 110), let last = t.unicodeScalars.last,
                !".!…:;,".unicodeScalars.contains(last), SourceLine.words(texts[i + 1], cap: words + 1) > words
            else { continue }
            out.insert(i)
        }
        return out.count >= 2 ? out : []
    }

    /// "‘We need an election – now’" over a longer paragraph: a sub-heading that is one short quotation, opened
    /// and closed by curly marks with no stop inside or after, is a heading (its words were carried to the
    /// paragraph before's subject as a quote of theirs). A quoted sentence ("“We will win.”") or one with more
    /// than one quotation stays a paragraph; straight marks, which also open plain text, are left alone.
    static func isQuotedHeading(_ scalars: [Unicode.Scalar], words: Int) -> Bool {
        guard words >= 2, words <= 8, scalars.count >= 4, let first = scalars.first, let last = scalars.last else { return false }
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["\u{2018}": "\u{2019}", "\u{201C}": "\u{201D}"]
        guard let close = pairs[first], last == close else { return false }
        let inner = scalars[1..<(scalars.count - 1)]
        // An apostrophe inside ("Labour’s") is fine for single marks; a closing double mark or a stop is not.
        if inner.contains(where: { ".!?…:;\u{201C}\u{201D}".unicodeScalars.contains($0) }) { return false }
        if first == "\u{2018}", inner.contains("\u{2018}") { return false }
        return inner.first?.properties.isUppercase ?? false
    }

    /// A short title-like line followed by more text: a sub-heading, not a sentence of the story.
    static func isHeading(_ text: String, next: String?) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 110) else { return false }
        let words = SourceLine.words(text, cap: 15)
        let scalars = ScalarText.scalars(text)
        guard words >= 1, words <= 14, scalars.count <= 110, let first = scalars.first, let last = scalars.last
        else { return false }
        // AFP marks its sub-headings "- Like this -".
        if scalars.count > 4, first == "-", last == "-", scalars[1] == " ", scalars[scalars.count - 2] == " " { return true }
        guard let next, SourceLine.words(next, cap: words + 1) > words else { return false }
        if SentenceSplitter.openers.contains(first), isQuotedHeading(scalars, words: words) { return true }
        if LineShape.isBullet(text) || SentenceSplitter.openers.contains(first) || ChromeRules.isTableRow(text) { return false }
        // "Q: Will the crown be restored?": an interview's question, not a heading.
        if scalars.count > 2, first == "Q" || first == "A", scalars[1] == ":" { return false }
        guard first.properties.isUppercase || first.properties.numericType != nil else { return false }
        if ".!…:;,".unicodeScalars.contains(last) || LineShape.closers.contains(last) && LineShape.endsLikeSentence(text) {
            return false
        }
        if last == "?" { return words <= 8 }
        return true
    }
}
