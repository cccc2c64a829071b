import Foundation

/// Furniture of official pages: a notice's reference number, a letters page's address for letters, a
/// judgment's counsel lines, the judge's name over the reasons, its hand-down note and "Crown copyright".
/// Same contract as `ChromeRules.rules`: whole lines, folded and lower-cased, anchored at the line's start,
/// with a word limit.
enum OfficialPageRules {
    typealias Rule = ChromeRules.Rule

    static let rules: [Rule] = [
        // A notice's reference number: "Reference: FSA-PRIN-71-2026", "Ref: 26*447213", "Case No: KB-2026-001847".
        Rule(#"^(ref|reference|our ref|ref no|reference (no|number)|case (no|number|ref)|notice (no|number))\.?\s*:\s*[a-z0-9][a-z0-9\-*/. ]{2,30}$"#, "reference number", maxWords: 6, sentences: false),
        // A letters page's address for letters: "Send your letters to letters@…, or to The Editor, …".
        Rule(#"^(send|e-?mail|write|post) (us )?(your )?letters (to|for)\b"#, "letters-page policy", maxWords: 60),
        // A judgment's furniture: counsel for each side, the judge's name over the reasons ("Mrs Justice Halloran:"),
        // the note on how it was handed down, and "Crown copyright" without its sign.
        Rule(#"\(instructed by [^)]{1,80}\) (for|on behalf of) the (claimant|defendant|appellant|respondent|applicant|prosecution|crown|intervener|interested party)s?\W*$"#, "counsel (judgment)", maxWords: 30),
        Rule(#"^((mrs|mr|ms|the hon(ourable)?) )?(lord |lady )?justice \p{L}[\p{L}'’\- ]{1,30}:$|^(his|her) honour judge \p{L}[\p{L}'’\- ]{1,30}:$"#, "judge's name (judgment)", maxWords: 6),
        Rule(#"^this judgment (was|has been|will be) (handed down|delivered|given)\b"#, "court notice", maxWords: 80),
        Rule(#"^crown copyright\W*$"#, "copyright notice", maxWords: 3),
    ]
}
