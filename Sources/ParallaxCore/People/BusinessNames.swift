/// One-word names a story shows to be a business, so that "Medlark said" or "Acme confirmed" elsewhere in it
/// is not a person speaking.
///
/// A company is quoted like a person ("Medlark said it would not pay"), and a one-word name with a speech verb
/// is otherwise taken for a family name. Two forms say "business" beyond doubt wherever they stand in the
/// story: the name with its legal form ("Medlark Ltd", "Acme plc") and the name after "shares in/of" ("Shares
/// in Medlark fell 14%"). A person of the same family name is unaffected: a lone word only counts as
/// not-a-person when no full name of the story owns it (`PersonRegistry.finish`).
enum BusinessNames {
    /// Only forms that are no one's name: "SA", "AG" and "SpA" are left out, since folded they are also "Sá", "Ag"
    /// and the town of Spa.
    static let legalForms: Set<String> = ["ltd", "limited", "plc", "inc", "llc", "llp", "corp", "gmbh", "nv", "bv", "pty", "oyj"]

    /// The folded one-word names this paragraph proves to be businesses.
    static func words(in pn: ParagraphNames) -> [String] {
        var out: [String] = []
        for run in pn.runs {
            let first = run.all.lowerBound
            // "Medlark Ltd", "Medlark Ltd.": one name word, then its legal form.
            if run.all.count == 2, legalForms.contains(pn.tokens[first + 1].base), !pn.tokens[first].isAcronym {
                out.append(pn.tokens[first].base)
            }
            // "shares in Medlark", "Shares of Acme": the holding is in a company.
            if run.all.count == 1, first >= 2, ["in", "of"].contains(pn.tokens[first - 1].base),
                pn.tokens[first - 2].base == "shares", pn.tokens[first].gapBefore == " "
            {
                out.append(pn.tokens[first].base)
            }
        }
        return out
    }
}
