/// "Mr and Mrs Okafor", "Dr and Mrs Hale": local and court copy names a couple by two titles and one family
/// name. The run read is "Mrs Okafor"; the first title belongs to the other partner, who is mentioned there
/// too, and whose sex that title says.
enum CoupleTitles {
    /// The other partner's title for a run that follows "<title> and ", or nil.
    static func partnerTitle(_ toks: [NameToken], runStart k: Int, lexicon lex: NameLexicon) -> String? {
        guard k >= 2, toks[k - 1].base == "and", toks[k - 1].gapBefore == " ", toks[k].gapBefore == " " else { return nil }
        let title = toks[k - 2].token.text
        let folded = TextNormalizer.forMatching(title).trimmingCharacters(in: .punctuationCharacters)
        guard toks[k - 2].isCap, StoryPeople.courtesyTitles.contains(folded) || ["dr", "prof", "professor", "sir", "lady"].contains(folded)
        else { return nil }
        return title
    }
}
