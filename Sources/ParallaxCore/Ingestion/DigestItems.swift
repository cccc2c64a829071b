import Foundation

/// A news digest (a wiki's current-events portal, an agency's round-up) lists its items as sentences closed by
/// their source: "A landslide in Sindhupalchok District kills at least 14 people. (The Kathmandu Ledger)". One such
/// line is a photo caption with its credit; three or more in a row, with only short category labels between
/// them ("Disasters and accidents"), are the page's text.
extension MetadataInference {
    /// `labelsAbove`: the page is a wiki's (its credit was read), whose category labels right over the first
    /// item ("Armed conflicts and attacks" / "Sudan conflict") open the text too; elsewhere a short line there
    /// may be the headline.
    static func digestItems(_ lines: [SourceLine], _ nonBlank: [Int], labelsAbove: Bool = false) -> Set<Int> {
        var out = Set<Int>()
        var run: [Int] = []
        var gap = 0
        func flush() {
            if run.count >= 3 {
                out.formUnion(run)
                if labelsAbove, let first = run.first, let at = nonBlank.firstIndex(of: first) {
                    for k in nonBlank[..<at].reversed().prefix(2) {
                        let t = lines[k].text
                        guard !lines[k].isBlank, SourceLine.words(t, cap: 6) <= 5, !LineShape.endsLikeSentence(t), !t.contains(":") else { break }
                        out.insert(k)
                    }
                }
            }
            run = []
            gap = 0
        }
        for i in nonBlank where !lines[i].isBlank {
            let t = lines[i].text
            if t.hasSuffix(")"), SourceLine.words(t, cap: 9) >= 8, isCreditedCaption(t) {
                run.append(i)
                gap = 0
            } else if !run.isEmpty, gap < 3, SourceLine.words(t, cap: 7) <= 6, !LineShape.endsLikeSentence(t) {
                gap += 1
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// "Portal:Current events/2026 November 28" right over "From Wikipedia, the free encyclopedia": a wiki
    /// prints its page's title over its credit.
    static func wikiTitle(_ candidates: [Int], _ lines: [SourceLine], _ removed: [RemovedLine]) -> Int? {
        guard let c = candidates.first else { return nil }
        let n = lines[c].number
        return removed.contains { $0.reason == "site credit" && $0.line > n && $0.line <= n + 2 } ? c : nil
    }
}
