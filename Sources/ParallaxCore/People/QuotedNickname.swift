import Foundation

extension NameRecognizer {
    static let nicknameOpeners: Set<String> = [" \"", " “", " '", " ‘"]
    static let nicknameClosers: Set<String> = ["\" ", "” ", "' ", "’ "]

    /// Sean "Diddy" Combs, Casandra "Cassie" Ventura: one capitalised word in quotes between two capitalised
    /// words is a nickname inside the name, so the run goes on through it.
    static func markNicknames(_ toks: inout [NameToken]) {
        guard toks.count >= 3 else { return }
        for k in 1..<(toks.count - 1) {
            let prev = toks[k - 1], t = toks[k], next = toks[k + 1]
            // 'Priya "PJ" Jagannathan': a nickname of initials is in capitals.
            let initials = t.isAcronym && ScalarText.count(t.token.text) <= 3
            guard t.isCap || initials, prev.isCap, next.isCap, !prev.possessive, !t.possessive else { continue }
            // "Thomas (Karen) Doyle", "Irene (Lindahl) Sorensen": an obituary's spouse or maiden name in brackets
            // inside the name; also part of the run and not of the name, but never another name of the person.
            if nicknameOpeners.contains(t.gapBefore) && nicknameClosers.contains(next.gapBefore)
                || t.gapBefore == " (" && next.gapBefore == ") " { toks[k].isNickname = true }
        }
    }
}
