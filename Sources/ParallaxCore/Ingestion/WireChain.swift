import Foundation

/// What a news agency's terminal shows over a story that was sent more than once: an advisory to editors
/// ("ADVISORY: Editors please note" and its note), the first flash ("URGENT" and its one line), then the
/// update's headline with its slug ("UPDATE 2-Ferry …") and the note on what the update adds ("(Adds coastguard
/// quote in paragraph 3)"). Only the update's headline and its story are the article.
enum WireChain {
    typealias Rule = ChromeRules.Rule

    static let rules: [Rule] = [
        // "(Adds coastguard quote in paragraph 3, background)", "(Recasts with minister's comments)",
        // "((Refiles to fix typo in headline))": what this version changes, for editors.
        Rule(#"^\(\(?(adds|updates|recasts|rewrites|corrects|changes|fixes|removes|inserts|refiles|repeats|moves|writes through|tops|rewrites)\b[^()]{0,200}\)\)?$"#, "wire update note", maxWords: 40, sentences: false),
    ]

    static let advisoryLabel = LinePattern(#"^(editors'? )?advisory\s*([:\-–—]|$)"#)
    static let flashLabel = LinePattern(#"^(urgent|flash|bulletin|breaking)\W*$"#)
    /// "UPDATE 2-", "WRAPUP 1-", "REFILE-", "CORRECTED-": a wire headline's slug, in capitals, glued to it.
    static let slug = LinePattern(#"^(UPDATE|WRAPUP|REFILE|CORRECTED|RPT|REPEAT|INSTANT VIEW|EXCLUSIVE|ANALYSIS|FACTBOX)( \d{1,2})?-(?=\p{Lu}|\d|\")"#)

    /// A headline without its wire slug.
    static func withoutSlug(_ title: String) -> String {
        guard let f = title.unicodeScalars.first, "UWRCEAFI".unicodeScalars.contains(f), let m = slug.firstMatch(title) else { return title }
        return ScalarText.slice(title, m.end, Int.max)
    }

    /// Lines to drop: an advisory's label and the short note under it (up to the next label or slugged
    /// headline, three lines at most), and a flash label with its one line when an update's headline with a
    /// slug follows within three lines (the flash is superseded; alone, its line is the headline).
    static func superseded(_ lines: [SourceLine]) -> [(Int, String)] {
        var out: [(Int, String)] = []
        let kept = lines.indices.filter { !lines[$0].isBlank }
        func isSlugged(_ i: Int) -> Bool { slug.firstMatch(lines[i].text) != nil }
        for (n, i) in kept.enumerated() where LineShape.hasAtMost(lines[i].text, scalars: 120) {
            // Both labels open with a capital: "ADVISORY", "EDITORS' ADVISORY", "URGENT", "FLASH", "BULLETIN".
            guard let f = lines[i].text.unicodeScalars.first, "AEUFB".unicodeScalars.contains(f) else { continue }
            let key = LineShape.key(lines[i].text)
            if LineShape.isAllCaps(String(lines[i].text.prefix(8))), advisoryLabel.matches(key) {
                out.append((i, "wire advisory to editors"))
                for j in kept[(n + 1)...].prefix(3) {
                    let t = lines[j].text
                    if isSlugged(j) || flashLabel.matches(LineShape.key(t)) || LineShape.isAllCaps(t) || !LineShape.endsLikeSentence(t) { break }
                    out.append((j, "wire advisory to editors (note)"))
                }
            } else if LineShape.isAllCaps(lines[i].text), flashLabel.matches(key), n + 1 < kept.count {
                let flash = kept[n + 1]
                guard !LineShape.endsLikeSentence(lines[flash].text), SourceLine.words(lines[flash].text, cap: 31) <= 30,
                      kept[(n + 2)...].prefix(2).contains(where: isSlugged) else { continue }
                out.append((i, "wire flash (superseded by the update)"))
                out.append((flash, "wire flash (superseded by the update)"))
            }
        }
        return out
    }
}
