import Foundation

/// Shapes of whole documents pasted into the reader, rather than of one line: a page pasted twice in a row, a
/// report's footnote marks and its list of notes, a government page's labelled facts ("From:" over the
/// department, "Delivered on:" over the day a speech was given).
extension Cleaner {
    /// A page selected and pasted twice ("Ctrl-A, Ctrl-V, Ctrl-V"): the second copy repeats the first line for
    /// line. Once two long lines of prose (twelve words or more) recur, every line from the second copy's start
    /// that repeats a line above goes — its masthead and headline with its paragraphs. A single repeated line is
    /// a pull quote or a refrain and is left alone.
    static func dropSecondCopy(_ lines: inout [SourceLine], _ removed: inout [RemovedLine]) {
        var seen: [String: Int] = [:]
        var repeats: [Int] = []
        for i in lines.indices where !lines[i].isBlank && LineShape.hasAtMost(lines[i].text, scalars: 5000) {
            let t = lines[i].text
            guard SourceLine.words(t, cap: 12) >= 12, LineShape.endsLikeSentence(t) else { continue }
            if seen[t] != nil { repeats.append(i) } else { seen[t] = i }
        }
        guard repeats.count >= 2, let firstRepeat = repeats.first, let original = seen[lines[firstRepeat].text] else { return }
        // The second copy starts where the lines above the first repeated paragraph stop repeating the lines
        // above its original.
        var start = firstRepeat
        var o = original
        while let p = (0..<start).last(where: { !lines[$0].isBlank }), let q = (0..<o).last(where: { !lines[$0].isBlank }),
              p > original, lines[p].text == lines[q].text {
            start = p
            o = q
        }
        let before = Set(lines[..<start].lazy.filter { !$0.isBlank }.map(\.text))
        for i in start..<lines.count where !lines[i].isBlank && before.contains(lines[i].text) {
            removed.append(RemovedLine(text: lines[i].text, reason: "second copy of the page (pasted twice)", line: lines[i].number))
            lines[i].text = ""
        }
    }

    /// "… over the same period.[1] Urban fares rose …": a note's number set right after a word or a stop, in
    /// square brackets. Readers of the text skip it; the diff and the quotes should too. "[2026] EWHC 3120"
    /// (a citation, after a space) stays.
    static func stripFootnoteMarks(_ lines: inout [SourceLine]) {
        for i in lines.indices where LineShape.hasBytes(lines[i].text, "]") && LineShape.hasAtMost(lines[i].text, scalars: 20000) {
            let t = lines[i].text
            guard t.range(of: #"[\p{L}\p{N}.,;:!?”’)]\[\d{1,3}\](?=\s|$|[,.;:])"#, options: .regularExpression) != nil else { continue }
            lines[i].text = t.replacingOccurrences(of: #"(?<=[\p{L}\p{N}.,;:!?”’)])\[\d{1,3}\](?=\s|$|[,.;:])"#, with: "", options: .regularExpression)
        }
    }

    static let noteLine = LinePattern(#"^\[\d{1,3}\]\s+\S"#)
    static let notesHeading = LinePattern(#"^(notes|endnotes|footnotes|references|sources|notes and references)\W*$"#)

    /// A report's list of notes under its text: two or more lines opening with a bracketed number ("[1]
    /// Westmere Statistics Office, …"), and the "Notes" heading over them.
    static func dropEndnotes(_ lines: inout [SourceLine], _ removed: inout [RemovedLine]) {
        var i = 0
        while i < lines.count {
            guard !lines[i].isBlank, noteLine.matches(lines[i].text) else { i += 1; continue }
            var run = [i]
            var j = i + 1
            while j < lines.count, lines[j].isBlank || noteLine.matches(lines[j].text) {
                if !lines[j].isBlank { run.append(j) }
                j += 1
            }
            if run.count >= 2 {
                if let h = (0..<i).last(where: { !lines[$0].isBlank }), notesHeading.matches(LineShape.key(lines[h].text)) {
                    removed.append(RemovedLine(text: lines[h].text, reason: "notes (heading)", line: lines[h].number))
                    lines[h].text = ""
                }
                for k in run {
                    removed.append(RemovedLine(text: lines[k].text, reason: "note (numbered, under the text)", line: lines[k].number))
                    lines[k].text = ""
                }
            }
            i = j
        }
    }

    static let citationItem = LinePattern(#"^(\d{1,3}[.)]|[•·*\-–])\s+\S"#)
    static let citationMark = LinePattern(#"\b(1[89]|20)\d\d\b|\bdoi\b|https?://|\bet al\b"#)

    /// A health or science page's reading list under its text: a "Sources" / "References" heading over two or
    /// more numbered or bulleted items that each read like a citation (a year, a DOI, a web address or "et al."):
    /// "1. Okafor M, Talbot R, et al. … Published online November 30, 2026." The list names the papers and
    /// their authors, not the story, so it goes with its heading; a numbered list of the story's own points
    /// under another heading, or items without a citation's marks, stay.
    static func dropReferenceList(_ lines: inout [SourceLine], _ removed: inout [RemovedLine]) {
        for h in lines.indices where !lines[h].isBlank && LineShape.hasAtMost(lines[h].text, scalars: 30)
            && notesHeading.matches(LineShape.key(lines[h].text)) {
            var items: [Int] = []
            var j = h + 1
            while j < lines.count {
                if lines[j].isBlank { j += 1; continue }
                let t = lines[j].text
                guard LineShape.hasAtMost(t, scalars: 600), citationItem.matches(t), citationMark.matches(LineShape.key(t)) else { break }
                items.append(j)
                j += 1
            }
            guard items.count >= 2 else { continue }
            removed.append(RemovedLine(text: lines[h].text, reason: "list of sources (heading)", line: lines[h].number))
            lines[h].text = ""
            for k in items {
                removed.append(RemovedLine(text: lines[k].text, reason: "list of sources (a citation, under the text)", line: lines[k].number))
                lines[k].text = ""
            }
        }
    }

    static let factLabel = LinePattern(#"^((published|first published|last updated|updated)\s*:?|(from|delivered on|part of|applies to|location|type)\s*:)$"#)
    static let dateLabel = LinePattern(#"^(published|first published|last updated|updated)\s*:?$"#)

    /// "From:" / "Ministry of Housing and …", "Delivered on:" / "25 November 2026 (Transcript …)": a government
    /// page's facts, each a label alone on its line over its value. Both go; a publication label over a bare
    /// date leaves the date line for the metadata (it is the page's date).
    static func dropLabelledFacts(_ lines: inout [SourceLine], _ removed: inout [RemovedLine]) {
        for i in lines.indices where !lines[i].isBlank && LineShape.hasAtMost(lines[i].text, scalars: 20) {
            let key = LineShape.key(lines[i].text)
            guard factLabel.matches(key), let j = nextNonBlankIndex(lines, after: i), j - i <= 2,
                  SourceLine.words(lines[j].text, cap: 21) <= 20 else { continue }
            let label = lines[i].text
            removed.append(RemovedLine(text: label, reason: "page label", line: lines[i].number))
            lines[i].text = ""
            if dateLabel.matches(key), DateParser.parse(lines[j].text) != nil { continue }
            removed.append(RemovedLine(text: lines[j].text, reason: "page fact (after “\(label)”)", line: lines[j].number))
            lines[j].text = ""
        }
    }

    static let betweenLabel = LinePattern(#"^between\s*:?$"#)
    static let beforeLabel = LinePattern(#"^before\s*:?$"#)
    static let partyRole = LinePattern(#"^\(?(the )?(claimant|defendant|appellant|respondent|applicant|petitioner|intervener|interested party)s?\)?\s*$"#)
    static let partySeparator = LinePattern(#"^-?\s*(and|v|v\.|vs\.?|versus)\s*-?$"#)

    /// A judgment's heading sets its parties one a line: "Between :" / "PENROSE FARMS LIMITED" / "Claimant" /
    /// "- and -" / "CORNLEY DISTRICT COUNCIL" / "Defendant". The case name is its title, so the first party's
    /// line becomes "PENROSE FARMS LIMITED v CORNLEY DISTRICT COUNCIL" (read as a case name by the headline
    /// rules) and the rest go; "Before :" and the judge's name under it go as well.
    static func joinJudgmentParties(_ lines: inout [SourceLine], _ removed: inout [RemovedLine]) {
        func drop(_ i: Int, _ reason: String) {
            removed.append(RemovedLine(text: lines[i].text, reason: reason, line: lines[i].number))
            lines[i].text = ""
        }
        let head = Array(lines.indices.filter { !lines[$0].isBlank }.prefix(40))
        for (n, i) in head.enumerated() where LineShape.hasAtMost(lines[i].text, scalars: 12) && beforeLabel.matches(LineShape.key(lines[i].text)) {
            guard n + 1 < head.count, SourceLine.words(lines[head[n + 1]].text, cap: 9) <= 8, !LineShape.endsLikeSentence(lines[head[n + 1]].text) else { continue }
            drop(i, "judge (judgment)")
            drop(head[n + 1], "judge (judgment)")
        }
        guard let b = head.firstIndex(where: { LineShape.hasAtMost(lines[$0].text, scalars: 12) && betweenLabel.matches(LineShape.key(lines[$0].text)) }) else { return }
        var rest = Array(head[(b + 1)...].prefix(6))
        let text = lines.map(\.text)
        func isRole(_ i: Int) -> Bool { LineShape.hasAtMost(text[i], scalars: 40) && partyRole.matches(LineShape.key(text[i])) }
        func short(_ i: Int) -> Bool { SourceLine.words(text[i], cap: 9) <= 8 && !LineShape.endsLikeSentence(text[i]) }
        guard rest.count >= 3, short(rest[0]), !isRole(rest[0]) else { return }
        let first = rest.removeFirst()
        var roles: [Int] = []
        if let r = rest.first, isRole(r) { roles.append(rest.removeFirst()) }
        guard let sep = rest.first, LineShape.hasAtMost(lines[sep].text, scalars: 12), partySeparator.matches(LineShape.key(lines[sep].text)) else { return }
        rest.removeFirst()
        guard let second = rest.first, short(second), !isRole(second) else { return }
        rest.removeFirst()
        if let r = rest.first, isRole(r) { roles.append(r) }
        let name = lines[first].text + " v " + lines[second].text
        drop(head[b], "parties (joined into the case name)")
        for i in roles + [sep, second] { drop(i, "parties (joined into the case name)") }
        lines[first].text = name
    }
}
