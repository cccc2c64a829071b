import Foundation

/// Runs of short lines that are not the story: the other headlines, tags and buttons closing the page, and
/// links to other stories set between two paragraphs. Both run after metadata inference.
extension Cleaner {
    /// A run of three or more short non-sentences closing the page: other headlines, tags, buttons; two
    /// will do right over an end-of-story marker ("Explore More Topics" / "Great Lakes" / "About the Author"),
    /// which is one more such line. Run after metadata inference so a closing byline or date line is read,
    /// not thrown away.
    static func dropTrailingHeadlines(_ result: inout Result) {
        let tail = trailingLabelRun(result.lines)
        let marked = tail.last.map { last in result.removed.contains { $0.line > result.lines[last].number && $0.reason.hasPrefix("end of story") } } ?? false
        guard tail.count >= (marked ? 2 : 3) else { return }
        // "Tomasz Wierzbicki" / "Ardlow" under the last of several signed letters: a signature, no headlines.
        if tail.count == 2, let first = tail.first, MetadataInference.isPersonName(result.lines[first].text),
           MetadataInference.signedLetterAbove(result.lines, from: 0, to: first) { return }
        for i in tail {
            result.removed.append(RemovedLine(text: result.lines[i].text, reason: "list of other headlines after the story", line: result.lines[i].number))
            result.lines[i].text = ""
        }
    }

    /// Links to other stories set between two paragraphs as a block of two or more short lines, one right
    /// under the other, none ending like a statement ("Cassie settles legal case …" / "What we know about
    /// …"): a sub-heading stands alone above its paragraph. Run after metadata inference, so a byline and a
    /// date line under the headline are read first.
    static func dropTeaserRuns(_ result: inout Result) {
        for run in teaserRuns(result.lines) {
            for i in run {
                result.removed.append(RemovedLine(text: result.lines[i].text, reason: "links to other stories between paragraphs", line: result.lines[i].number))
                result.lines[i].text = ""
            }
        }
    }

    static func teaserRuns(_ lines: [SourceLine]) -> [ClosedRange<Int>] {
        func teaser(_ i: Int) -> Bool {
            let t = lines[i].text
            guard !lines[i].isBlank, !LineShape.isBullet(t), SourceLine.words(t, cap: 16) <= 15, !ChromeRules.isTableRow(t),
                  SourceLine.words(t, cap: 3) >= 3, let first = t.unicodeScalars.first, let last = t.unicodeScalars.last,
                  first.properties.isUppercase || "'‘\"“".unicodeScalars.contains(first), !LineShape.isCreditedQuote(t)
            else { return false }
            return !(LineShape.endsLikeSentence(t) && last != "?") && !":;,".unicodeScalars.contains(last)
        }
        func prose(_ i: Int?) -> Bool {
            guard let i, !lines[i].isBlank else { return false }
            return LineShape.endsLikeSentence(lines[i].text) && SourceLine.words(lines[i].text, cap: 9) > 8
        }
        var runs: [ClosedRange<Int>] = []
        var i = 0
        while i < lines.count {
            guard teaser(i) else { i += 1; continue }
            var j = i
            while j + 1 < lines.count, teaser(j + 1) { j += 1 }
            let before = (0..<i).last { !lines[$0].isBlank }
            if j > i, prose(before), prose(nextNonBlankIndex(lines, after: j)) { runs.append(i...j) }
            i = j + 1
        }
        return runs
    }

    /// Indices of the last kept lines when they are all short non-sentences.
    static func trailingLabelRun(_ lines: [SourceLine]) -> [Int] {
        var run: [Int] = []
        for i in lines.indices.reversed() where !lines[i].isBlank {
            let t = lines[i].text
            // "A fire at a factory kills six workers. (Example Post)": a sentence closed by its source is text.
            // A reactions box's "“…” — Name, role" is the story's last quotes, not a headline (`isCreditedQuote`).
            if LineShape.endsLikeSentence(t) || SourceLine.words(t, cap: 21) > 20 || LineShape.isBullet(t) || LineShape.isCreditedQuote(t)
                || MetadataInference.isFactBoxLine(t) || MetadataInference.isCreditedCaption(t) || ChromeRules.isTableRow(t) { break }
            run.append(i)
        }
        return run.reversed()
    }
}
