import Foundation

/// How running text gives a person another name ("took the name Leo XIV", "known to his players as Lucho"), so the
/// new name is linked to the person just named rather than made a person of its own.
extension StoryPeople {
    enum Introduction { case none, ifNamed, always }

    /// "took the name Leo XIV", "chose the papal name ...": the run is a new name of the person just
    /// mentioned. "known as ..." counts only when the run itself looks like a person's name.
    static func aliasIntroduction(_ toks: [NameToken], _ start: Int) -> Introduction {
        var k = start - 1
        guard k >= 1 else { return .none }
        if toks[k].base == "as", toks[k - 1].base == "known" || toks[k - 1].base == "renamed" { return .ifNamed }
        guard toks[k].base == "name" else { return .none }
        k -= 1
        if k >= 0, ["papal", "regnal", "pontifical", "religious", "stage", "pen", "new"].contains(toks[k].base) { k -= 1 }
        guard k >= 1, toks[k].base == "the" else { return .none }
        let verbs: Set<String> = ["take", "takes", "took", "taken", "taking", "chose", "chosen", "choose", "chooses", "choosing", "adopt", "adopts", "adopted", "assume", "assumes", "assumed", "use", "uses", "used", "under"]
        return verbs.contains(toks[k - 1].base) ? .always : .none
    }

    /// "Luis Enrique, known to his players as Lucho", "Gianluigi Donnarumma, nicknamed Gigi", "Della Marr, born
    /// Adele Marchetti": a nickname or birth name set
    /// off by a comma right after the person's name is another name of that person, whatever it looks like.
    static func nicknameAfterName(_ toks: [NameToken], nameEnd: Int, run: Int) -> Bool {
        guard nameEnd < run, run - nameEnd <= 6, toks[nameEnd].gapBefore.contains(","), !toks[nameEnd].isCap else { return false }
        let cue = toks[nameEnd].base
        if cue == "nicknamed" || cue == "dubbed" { return run == nameEnd + 1 }
        // "Marr, born Adele Marchetti in Liverpool": the birth name, given in full (not "born Catholic").
        if cue == "born" {
            return run == nameEnd + 1 && run + 1 < toks.count && toks[run + 1].isCap && toks[run + 1].gapBefore == " "
        }
        guard cue == "known" || cue == "better" && toks[nameEnd + 1].base == "known", toks[run - 1].base == "as" else { return false }
        return toks[nameEnd..<run].allSatisfy { !$0.isCap && !$0.gapBefore.contains(where: { ",.;:".contains($0) }) || $0.base == cue }
    }
}
