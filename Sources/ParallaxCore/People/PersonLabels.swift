/// Words a tabloid puts before a name as a label ("Trucker Kevin Sharples", "Mum Lisa Grant", "Beak Peter
/// Okafor"): at the start of a sentence they are capitalised like the name and were read as part of it.
///
/// An agent noun (a word for someone who does something: driver, swimmer, dentist, musician, student) or one
/// of the family and tabloid words below. Only stripped at a sentence's start, before a given name and one more
/// name word (`NameRecognizer.classify`), and never when the word is itself a given name ("Jennifer",
/// "Christopher") or a title or role the lexicon knows ("Premier", "Senator", "Inspector"), which name an office.
enum PersonLabels {
    static let words: Set<String> = [
        "mum", "dad", "gran", "granny", "grandma", "grandad", "grandmother", "grandfather", "nan", "nanna",
        "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "bride", "groom", "widow",
        "widower", "teen", "teenager", "schoolboy", "schoolgirl", "toddler", "tot", "pensioner", "nurse", "hero",
        "star", "ace", "boss", "cop", "chef", "beak", "pal", "model", "singer", "actress", "victim", "fan",
    ]
    static let agentSuffixes = ["er", "or", "ist", "ian", "ant", "ent"]

    static func isLabel(_ folded: String) -> Bool {
        if words.contains(folded) { return true }
        guard folded.count >= 5, folded.allSatisfy(\.isLetter) else { return false }
        return agentSuffixes.contains { folded.hasSuffix($0) }
    }
}
