/// "Her son, Kwame Mensah, said …", "His daughter, Ama Mensah, said …": a story about one person names that
/// person's relatives by a kin noun and the full name. Such an introduction says two things the people index
/// needs when several people share a family name: the relative's sex (son, daughter) and the sex of the one
/// the possessive points back to (her son: the person just named is a woman). And it marks the relative as
/// named in passing, so "Mrs Mensah" later stands for the story's subject, not for the granddaughter named
/// in the paragraph before.
enum KinIntroductions {
    /// Kin nouns and the sex they say (true: female).
    static let nouns: [String: Bool] = [
        "son": false, "grandson": false, "brother": false, "father": false, "husband": false, "nephew": false,
        "uncle": false, "grandfather": false, "stepson": false, "stepfather": false, "widower": false,
        "daughter": true, "granddaughter": true, "sister": true, "mother": true, "wife": true, "niece": true,
        "aunt": true, "grandmother": true, "stepdaughter": true, "stepmother": true, "widow": true,
    ]

    /// For a run whose first token follows "his/her <kin noun>" (a comma or a space between): the relative's
    /// sex and the possessor's (nil for "their").
    static func introduction(_ toks: [NameToken], runStart k: Int) -> (relativeFemale: Bool, possessorFemale: Bool?)? {
        guard k >= 2, let female = nouns[toks[k - 1].base], !toks[k - 1].isCap || toks[k - 1].sentenceInitial,
              toks[k].gapBefore == " " || toks[k].gapBefore == ", " else { return nil }
        switch toks[k - 2].base {
        case "her": return (female, true)
        case "his": return (female, false)
        case "their": return (female, nil)
        default: return nil
        }
    }

    /// Among people sharing a family name whom a title fits, those not introduced as someone's relative: the
    /// title names the person the story is about. Unchanged when all or none were so introduced.
    static func withoutRelatives(_ candidates: [Int], relatives: Set<Int>) -> [Int] {
        let others = candidates.filter { !relatives.contains($0) }
        return others.isEmpty ? candidates : others
    }
}
