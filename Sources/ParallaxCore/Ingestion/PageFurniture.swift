import Foundation

/// What a PDF puts on every page and its text extraction leaves in the middle of the story: page numbers
/// ("Page 1 of 2", "- 2 -") and the running header or footer beside them. They are removed, and a paragraph
/// the page break cut in two ("… his remorse and a" / "diagnosed gambling disorder.") is marked to carry on.
enum PageFurniture {
    static let pageNumber = LinePattern(#"^(page\s+\d{1,4}(\s*(of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*(of|/)\s*\d{1,4})$"#)

    static let printHeader = LinePattern(#"^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d\d(\s?[AaPp]\.?[Mm]\.?)?(\t|\s{2,})\S"#)
    static let printFooter = LinePattern(#"^(https?://|www\.)\S+(\t|\s{2,})\d{1,3}/\d{1,3}$"#)

    /// "1 of 2⇥12/1/2026, 3:40 PM": the footer a browser prints when it sets the page count before the day and
    /// time (or after them), the page's title and address going to the header instead.
    static let printCountFooter = LinePattern(
        #"^\d{1,4} of \d{1,4}\s+\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d\d(\s?[ap]\.?m\.?)?$|^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d\d(\s?[ap]\.?m\.?)?\s+(page )?\d{1,4} of \d{1,4}$"#,
        caseInsensitive: true)

    static let pageAddress = LinePattern(#"^(https?://|www\.)\S+$"#)

    /// The lines a browser prints at the top of every page ("Headline | Outlet", the page's address): the same
    /// line among the first three of two pages or more, the first page's too. A page opens at the text's first
    /// line, after a form feed and after a print footer; its top ends at the first line that could be text.
    static func repeatedPageTops(_ lines: [SourceLine], footers: Set<Int>) -> [Int] {
        var tops = Set<Int>()
        func top(from k: Int) {
            if let j = lines.indices[k...].first(where: { !lines[$0].isBlank && !footers.contains($0) }) { tops.insert(j) }
        }
        top(from: 0)
        for i in lines.indices where lines[i].startsPage || footers.contains(i) { top(from: footers.contains(i) ? i + 1 : i) }
        guard tops.count >= 2 else { return [] }
        var windows: [[Int]] = []
        for t in tops.sorted() {
            let shown = lines.indices[t...].lazy.filter { !lines[$0].isBlank }.prefix(3)
            windows.append(Array(shown.prefix { j in
                isRunningLine(lines[j].text) || LineShape.hasAtMost(lines[j].text, scalars: 400) && pageAddress.matches(lines[j].text)
            }))
        }
        var pages: [String: Int] = [:]
        for w in windows { for text in Set(w.map { lines[$0].text }) { pages[text, default: 0] += 1 } }
        return windows.joined().filter { pages[lines[$0].text, default: 0] >= 2 }
    }

    static func isPageNumber(_ text: String) -> Bool {
        LineShape.hasAtMost(text, scalars: 24) && pageNumber.matches(LineShape.key(text)) || isNumberedRunningLine(text)
    }

    /// "HMP Ashcombe Moor⇥⇥Page 3 of 48": a report's running header with its page number at the far side, the
    /// gap a text extraction leaves between them.
    static let numberedRunningLine = LinePattern(#"^\S[^\t]{0,80}?(\t|\s{3,})page\s+\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^page\s+\d{1,4}(\s*(of|/)\s*\d{1,4})?(\t|\s{3,})\S[^\t]{0,80}$"#)

    static func isNumberedRunningLine(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 200), ScalarText.contains(text, "  ") || ScalarText.contains(text, "\t") else { return false }
        // Lower-cased only: the key would fold the gap into one space.
        return numberedRunningLine.matches(text.lowercased())
    }

    /// A running header or footer: a short line that is no sentence and does not carry on a sentence (a
    /// lower-case start is the rest of the text).
    static func isRunningLine(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 120), SourceLine.words(text, cap: 15) <= 14,
              !LineShape.endsLikeSentence(text), let first = text.unicodeScalars.first else { return false }
        return !first.properties.isLowercase
    }

    /// Three counters or more with at most two short lines (60 words) between one and the next.
    static func isSlideShow(_ numbers: [Int], _ lines: [SourceLine]) -> Bool {
        guard numbers.count >= 3 else { return false }
        return zip(numbers, numbers.dropFirst()).allSatisfy { a, b in
            let between = lines[(a + 1)..<b].filter { !$0.isBlank }
            return between.count <= 2 && between.reduce(0) { $0 + $1.wordCount } <= 60
        }
    }

    static func strip(_ lines: inout [SourceLine]) -> [RemovedLine] {
        var removed: [RemovedLine] = []
        var furniture = Set<Int>()
        func drop(_ i: Int, _ reason: String) {
            removed.append(RemovedLine(text: lines[i].text, reason: reason, line: lines[i].number))
            lines[i].text = ""
            furniture.insert(i)
        }
        var footers = Set<Int>()
        // A browser's print header and footer on every page of a page saved as PDF: "11/30/26, 9:14 AM⇥<page
        // title>" and "<address>⇥2/3".
        for i in lines.indices where !lines[i].isBlank {
            // Cheap tests first: a header's date has its slash among the first three characters, a footer opens
            // with its address or its page count ("1 of 2").
            let u = lines[i].text.utf8
            guard let f = u.first, f >= UInt8(ascii: "0") && f <= UInt8(ascii: "9") && (u.prefix(3).contains(UInt8(ascii: "/")) || u.prefix(8).contains(UInt8(ascii: "f")))
                    || f == UInt8(ascii: "h") || f == UInt8(ascii: "w"),
                  LineShape.hasAtMost(lines[i].text, scalars: 400) else { continue }
            if printHeader.matches(lines[i].text) { drop(i, "browser print header") }
            else if printFooter.matches(lines[i].text) || printCountFooter.matches(lines[i].text) { drop(i, "browser print footer"); footers.insert(i) }
        }
        if !footers.isEmpty || lines.contains(where: \.startsPage) {
            for i in repeatedPageTops(lines, footers: footers) where !lines[i].isBlank { drop(i, "running header of a printed page") }
        }
        let numbers = lines.indices.filter { !lines[$0].isBlank && isPageNumber(lines[$0].text) }
        // Without a page number or a form feed there is no page break to speak of.
        guard !numbers.isEmpty || lines.contains(where: \.startsPage) else { return removed }
        // "1 of 12" / caption / "2 of 12" / caption: a gallery's slide counters, one caption under each, are no
        // page breaks; the lines beside them are the captions.
        if isSlideShow(numbers, lines) {
            for i in numbers { drop(i, "gallery slide counter") }
            return removed
        }
        for i in numbers { drop(i, "page number") }
        // The first line of a new page (after a form feed), and a line touching a page number with no blank
        // line between: the header or footer printed on every page.
        for i in lines.indices where lines[i].startsPage {
            guard let j = lines.indices[i...].first(where: { !lines[$0].isBlank }), isRunningLine(lines[j].text),
                  j + 1 == lines.count || lines[j + 1].isBlank || furniture.contains(j + 1) else { continue }
            drop(j, "running header of a PDF page")
        }
        for i in numbers {
            for j in [i - 1, i + 1] where lines.indices.contains(j) && !lines[j].isBlank && !furniture.contains(j) {
                if isRunningLine(lines[j].text), j == 0 || j + 1 == lines.count || lines[j - 1].isBlank || lines[j + 1].isBlank
                    || furniture.contains(j - 1) || furniture.contains(j + 1) {
                    drop(j, "running header or footer of a PDF page")
                }
            }
        }
        // A sentence cut by the break carries on after it: no full stop before, a lower-case word after.
        for i in furniture.sorted() {
            guard let before = lines.indices[..<i].last(where: { !lines[$0].isBlank }),
                  let after = lines.indices[(i + 1)...].first(where: { !lines[$0].isBlank }),
                  !LineShape.endsLikeSentence(lines[before].text), !lines[before].text.hasSuffix(":"),
                  lines[after].text.unicodeScalars.first?.properties.isLowercase == true
            else { continue }
            lines[after].continuesParagraph = true
        }
        return removed
    }
}

/// Whether a word broken at the end of a wrapped line keeps its hyphen when the halves are joined. Most
/// line-end hyphens are the typesetter's ("Part-" / "ners", "prose-" / "cutors") and go; a compound's own
/// hyphen stays when its first part is a prefix that takes one ("non-parole", "self-made"), a number word
/// ("six-year"), or its second part a word that forms such compounds ("time" in "part-time").
enum Dehyphenation {
    static let prefixes: Set<String> = ["non", "self", "ex", "quasi", "half", "well", "anti", "semi", "cross"]
    static let numbers: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    ]
    static let heads: Set<String> = [
        "year", "years", "old", "based", "led", "term", "time", "wide", "style", "free", "owned", "backed", "made",
        "born", "level", "scale", "related",
    ]

    /// `before` ends with the hyphen; `after` is the next line.
    static func keepsHyphen(before: String, after: String) -> Bool {
        let head = before.unicodeScalars.dropLast().reversed().prefix { $0.properties.isAlphabetic }
        let first = ScalarText.string(head.reversed()).lowercased()
        let second = ScalarText.string(after.unicodeScalars.prefix { $0.properties.isAlphabetic }).lowercased()
        return prefixes.contains(first) || numbers.contains(first) || heads.contains(second)
    }
}
