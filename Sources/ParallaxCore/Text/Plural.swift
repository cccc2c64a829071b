/// Counts in status lines and messages read as English ("1 story", "2 stories"); "1 stories" is the kind
/// of small wrongness that makes a tool feel unfinished.
public enum Plural {
    /// `n` and the noun, singular for exactly one. Nouns ending in consonant + "y" take "ies"; others "s".
    public static func count(_ n: Int, _ singular: String) -> String {
        "\(n) \(n == 1 ? singular : plural(of: singular))"
    }

    static func plural(of noun: String) -> String {
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) {
            return noun.dropLast() + "ies"
        }
        return noun + "s"
    }
}
