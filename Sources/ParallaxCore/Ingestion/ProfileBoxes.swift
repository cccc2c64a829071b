import Foundation

/// An interview's profile box: "Who is Sigrun Aasvik?" over "Born: 1974, Bodø", "Education: …", "Career: …".
/// The facts are the page's sidebar on the person, not the conversation; the question heading says so (an
/// obituary's fact box, with no such heading, stays with the text it belongs to).
extension Cleaner {
    static let profileHeading = LinePattern(#"^(who is|who'?s|who are|meet|about|profile:?) \p{L}"#)
    static let labelledFact = LinePattern(#"^\p{L}[\p{L}'’\-]{1,15}( \p{L}[\p{L}'’\-]{1,15})?\s*:\s*\S"#)

    /// The heading (a question or "Meet …", eight words at most) and the labelled lines under it, two or more.
    static func dropProfileBoxes(_ lines: inout [SourceLine], _ removed: inout [RemovedLine]) {
        for i in lines.indices where !lines[i].isBlank {
            let t = lines[i].text
            guard let c = t.first, "WwMmAaPp".contains(c), SourceLine.words(t, cap: 9) <= 8 else { continue }
            guard t.hasSuffix("?") || !LineShape.endsLikeSentence(t), profileHeading.matches(LineShape.key(t)) else { continue }
            var facts: [Int] = []
            var j = i + 1
            while j < lines.count, facts.count < 12 {
                if lines[j].isBlank { j += 1; continue }
                let f = lines[j].text
                guard SourceLine.words(f, cap: 41) <= 40, labelledFact.matches(f) else { break }
                facts.append(j)
                j += 1
            }
            guard facts.count >= 2 else { continue }
            for k in [i] + facts {
                removed.append(RemovedLine(text: lines[k].text, reason: "profile box", line: lines[k].number))
                lines[k].text = ""
            }
        }
    }
}
