import Foundation

/// A transcript's turn labels: "SAM OYELARAN (REPORTER): I didn't.", "CLIP – IMOGEN TOLLAND: Ten years ago …",
/// "MARTHA QUINLAN, NWN ANCHOR: Good evening.". The label says who speaks next, as quote marks do; repeated before
/// every turn, it is no mention of the person in the outlet's copy (a hand count of how often an outlet names
/// someone leaves it out), so its names are kept as `MentionKind.label`. The person it names is still a person of
/// the story, found again by given name alone in the turns ("I didn't, Maeve.").
enum TurnLabels {
    /// Paragraph index → scalar offset of the colon that ends the label, for an article with two labelled
    /// paragraphs or more (a transcript; one label alone may be a kicker, "EXCLUSIVE: …"). A label is the text
    /// before the first colon in the first 80 scalars, followed by a space: no lower-case letter, at least two
    /// capital letters, at most ten words.
    static func colons(in article: Article) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for p in article.paragraphs where !p.isHeading {
            if let c = colon(p.text) { out[p.index] = c }
        }
        return out.count >= 2 ? out : [:]
    }

    static func colon(_ text: String) -> Int? {
        let s = Array(text.unicodeScalars.prefix(80))
        guard let c = s.firstIndex(of: ":"), c > 0, c + 1 < s.count, s[c + 1].properties.isWhitespace,
            s[(c + 1)...].contains(where: { $0.properties.isAlphabetic })
        else { return nil }
        let label = s[..<c]
        guard !label.contains(where: { $0.properties.isLowercase }),
            label.filter({ $0.properties.isUppercase }).count >= 2,
            String(String.UnicodeScalarView(label)).split(separator: " ").count <= 10
        else { return nil }
        return c
    }

    /// "MAEVE DOOLAN (PRESENTER):", "CLIP – HELGA MARR:": the token range of a name a label gives with its
    /// role in brackets or as a played recording, two or three words in capitals, when that shape opens the
    /// paragraph. Such a label names a person whatever the lists know of the given name (the same shapes name a
    /// quote's speaker, `QuoteExtractor.transcriptTurns`).
    static func namedWithRole(_ toks: [NameToken]) -> Range<Int>? {
        guard !toks.isEmpty else { return nil }
        var from = 0
        if clipWords.contains(toks[0].base), toks.count > 1, toks[1].gapBefore.contains(where: { "–—-".contains($0) }) { from = 1 }
        var n = from
        while n < toks.count, n < from + 3, toks[n].isAcronym, n == from || toks[n].gapBefore == " " { n += 1 }
        guard (2...3).contains(n - from), n < toks.count else { return nil }
        let gap = toks[n].gapBefore.trimmingCharacters(in: .whitespaces)
        if from == 1, gap == ":" { return from..<n }
        // A role in brackets: capitals up to "):".
        guard gap == "(" else { return nil }
        var k = n
        while k < toks.count, k < n + 4, toks[k].isAcronym {
            k += 1
            if k < toks.count, toks[k].gapBefore.trimmingCharacters(in: .whitespaces) == "):" { return from..<n }
        }
        return nil
    }

    static let clipWords: Set<String> = ["clip", "audio", "soundbite", "sot", "vt", "archive", "video"]
}
