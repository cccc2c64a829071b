/// One-word names a story shows to be a business (or a group such as a gang), so that "Medlark said" or "Acme
/// confirmed" elsewhere in it is not a person speaking.
///
/// A company is quoted like a person ("Medlark said it would not pay"), and a one-word name with a speech verb
/// is otherwise taken for a family name. These forms say "business" beyond doubt wherever they stand in the
/// story: the name with its legal form ("Medlark Ltd", "Acme plc"), the name after "shares in/of" ("Shares
/// in Medlark fell 14%"), a group naming itself ("a gang calling itself Greyhook") or named after its noun
/// ("criminal group Greyhook"). A person of the same family name is unaffected: a lone word only counts as
/// not-a-person when no full name of the story owns it (`PersonRegistry.finish`).
enum BusinessNames {
    /// Only forms that are no one's name: "SA", "AG" and "SpA" are left out, since folded they are also "Sá", "Ag"
    /// and the town of Spa.
    static let legalForms: Set<String> = ["ltd", "limited", "plc", "inc", "llc", "llp", "corp", "gmbh", "nv", "bv", "pty", "oyj"]

    static let selfNamingVerbs: Set<String> = ["calling", "calls", "called", "naming", "names", "named", "styling", "styles", "styled", "dubbing", "dubs", "dubbed"]
    /// Groups that act and speak as one ("the gang said"), whose one-word name follows the noun. No noun a person's
    /// name follows ("member", "leader" stand between: "gang leader Tom Vass").
    static let groupNouns: Set<String> = ["gang", "group", "crew", "collective", "cartel", "syndicate", "outfit", "militia", "faction"]

    /// The folded one-word names this paragraph proves to be businesses (or other groups).
    static func words(in pn: ParagraphNames) -> [String] {
        var out: [String] = []
        for run in pn.runs {
            let first = run.all.lowerBound
            // "Medlark Ltd", "Medlark Ltd.": one name word, then its legal form.
            if run.all.count == 2, legalForms.contains(pn.tokens[first + 1].base), !pn.tokens[first].isAcronym {
                out.append(pn.tokens[first].base)
            }
            // "a gang calling itself Greyhook", "a group that calls itself Nightjar": only a group names itself so.
            if run.all.count == 1, first >= 2, pn.tokens[first - 1].base == "itself", selfNamingVerbs.contains(pn.tokens[first - 2].base) {
                out.append(pn.tokens[first].base)
            }
            // "criminal group Greyhook", "the gang Greyhook": one name word right after a noun for a group.
            if run.all.count == 1, first >= 1, !pn.tokens[first - 1].isCap, pn.tokens[first].gapBefore == " ",
               groupNouns.contains(pn.tokens[first - 1].base) {
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
