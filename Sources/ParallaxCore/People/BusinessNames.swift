/// One-word names a story shows to be a business (or a group such as a gang), so that "Medlark said" or "Acme
/// confirmed" elsewhere in it is not a person speaking.
///
/// A company is quoted like a person ("Medlark said it would not pay"), and a one-word name with a speech verb
/// is otherwise taken for a family name. These forms say "business" beyond doubt wherever they stand in the
/// story: the name with its legal form ("Medlark Ltd", "Acme plc"), the name after "shares in/of" ("Shares
/// in Medlark fell 14%"), a group naming itself ("a gang calling itself Greyhook") or named after its noun
/// ("criminal group Greyhook"), a possessive before a post only a firm has ("Medlark's chief executive").
/// A person of the same family name is still listed: a lone word only counts as not-a-person when no full
/// name of the story owns it (`PersonRegistry.finish`). But a firm named after its founder ("Dyson", "Ford")
/// is named alone far more often than the founder, so a bare mention of such a word is the person's only
/// where the reader is clearly meant to read a person (`personMeant`).
enum BusinessNames {
    /// Only forms that are no one's name: "SA", "AG" and "SpA" are left out, since folded they are also "Sá", "Ag"
    /// and the town of Spa.
    static let legalForms: Set<String> = ["ltd", "limited", "plc", "inc", "llc", "llp", "corp", "gmbh", "nv", "bv", "pty", "oyj"]

    static let selfNamingVerbs: Set<String> = ["calling", "calls", "called", "naming", "names", "named", "styling", "styles", "styled", "dubbing", "dubs", "dubbed"]
    /// Groups that act and speak as one ("the gang said"), whose one-word name follows the noun. No noun a person's
    /// name follows ("member", "leader" stand between: "gang leader Tom Vass").
    static let groupNouns: Set<String> = ["gang", "group", "crew", "collective", "cartel", "syndicate", "outfit", "militia", "faction"]

    /// Posts only a business has, after a possessive name ("Medlark's chief executive"); a person has a
    /// "chief of staff", never a chief executive.
    static let firmPosts: [[String]] = [["chief", "executive"], ["ceo"], ["shareholders"], ["share", "price"], ["board", "of", "directors"]]

    /// Nouns a company's name qualifies after "a"/"an": its statements, staff, owners, sites and goods.
    static let firmNouns: Set<String> = [
        "statement", "filing", "spokesperson", "spokesman", "spokeswoman", "subsidiary", "shareholder", "shareholders",
        "employee", "employees", "factory", "plant", "store", "vessel", "ship", "product", "customer", "customers", "franchise",
    ]

    /// The folded one-word names this paragraph proves to be businesses (or other groups).
    static func words(in pn: ParagraphNames) -> [String] { proofs(in: pn).map(\.word) }

    /// Those names with the token index of each proving use, which is itself no mention of a person.
    static func proofs(in pn: ParagraphNames) -> [(word: String, at: Int)] {
        var out: [(word: String, at: Int)] = []
        for run in pn.runs {
            let first = run.all.lowerBound
            // "Medlark Ltd", "Medlark Ltd.": one name word, then its legal form.
            if run.all.count == 2, legalForms.contains(pn.tokens[first + 1].base), !pn.tokens[first].isAcronym {
                out.append((pn.tokens[first].base, first))
            }
            // "a gang calling itself Greyhook", "a group that calls itself Nightjar": only a group names itself so.
            if run.all.count == 1, first >= 2, pn.tokens[first - 1].base == "itself", selfNamingVerbs.contains(pn.tokens[first - 2].base) {
                out.append((pn.tokens[first].base, first))
            }
            // "criminal group Greyhook", "the gang Greyhook": one name word right after a noun for a group.
            if run.all.count == 1, first >= 1, !pn.tokens[first - 1].isCap, pn.tokens[first].gapBefore == " ",
               groupNouns.contains(pn.tokens[first - 1].base) {
                out.append((pn.tokens[first].base, first))
            }
            // "shares in Medlark", "Shares of Acme": the holding is in a company.
            if run.all.count == 1, first >= 2, ["in", "of"].contains(pn.tokens[first - 1].base),
                pn.tokens[first - 2].base == "shares", pn.tokens[first].gapBefore == " "
            {
                out.append((pn.tokens[first].base, first))
            }
            // "An Evergreen statement read", "a Medlark spokesperson said": a name between an indefinite article and a
            // noun a firm has ("a Biden spokesman" names a person, whom the story names in full elsewhere, and a full
            // name always keeps its word: `PersonRegistry.finish`).
            // (Opening the sentence, "An" is capitalised and may open the run itself.)
            let w = run.all.upperBound - 1
            let afterArticle = run.all.count == 1 && first >= 1 && ["a", "an"].contains(pn.tokens[first - 1].base)
                || run.all.count == 2 && ["a", "an"].contains(pn.tokens[first].base)
            if afterArticle, !pn.tokens[w].possessive, !pn.tokens[w].isAcronym, w + 1 < pn.tokens.count, pn.tokens[w + 1].gapBefore == " ",
               !pn.tokens[w + 1].isCap, firmNouns.contains(pn.tokens[w + 1].base) {
                out.append((pn.tokens[w].base, w))
            }
            // "Medlark's chief executive, Jo Vane,": the post is a firm's.
            if run.all.count == 1, pn.tokens[first].possessive, !pn.tokens[first].isAcronym, firmPosts.contains(where: { follows($0, pn.tokens, first + 1) }) {
                out.append((pn.tokens[first].base, first))
            }
        }
        return out
    }

    static func follows(_ words: [String], _ toks: [NameToken], _ from: Int) -> Bool {
        guard from + words.count <= toks.count else { return false }
        return words.indices.allSatisfy { toks[from + $0].base == words[$0] && toks[from + $0].gapBefore == " " }
    }

    /// A bare mention of a word the story proves a business ("Dyson said") is a person of that family name only
    /// where the copy reads a person: after the person's full name (or a title and the name) in the same
    /// article, news copy's way of handing the short form to the person (`namedInArticle`); or with a cue
    /// no firm takes, an age or apposition ("Dyson, 78,", "Dyson, who …") or a "he"/"his"/"she" of the same
    /// clause ("Dyson said he …"; a firm is "it").
    static func personMeant(_ toks: [NameToken], at i: Int, namedInArticle: Bool, lexicon lex: NameLexicon) -> Bool {
        namedInArticle || PersonCues.apposition(toks, i + 1, lex) || StoryPeople.sexOfPronounAfter(toks, i) != nil
    }
}
