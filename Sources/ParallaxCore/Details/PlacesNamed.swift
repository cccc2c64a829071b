/// The places a sentence names, which set a detail's context: "3 dead in Oaxaca" and "3 dead in Chiapas" are two
/// facts, not one fact told two ways.
extension DetailExtractor {
    /// Capitalised words and phrases of the place list (`NameLexicon.places`) in a sentence, folded.
    static func placesNamed(_ toks: [Token], places: PhraseSet = NameLexicon.places) -> Set<String> {
        guard toks.contains(where: \.isCapitalized) else { return [] }
        let words = toks.map { NameLexicon.key($0.norm) }
        var out = Set<String>()
        var i = 0
        while i < toks.count {
            if toks[i].isCapitalized, case let n = places.longestMatch(words, at: i, limit: toks.count), n > 0 {
                out.insert(words[i..<(i + n)].joined(separator: " "))
                i += n
            } else {
                i += 1
            }
        }
        return out
    }
}
