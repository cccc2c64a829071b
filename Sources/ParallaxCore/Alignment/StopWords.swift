import Foundation

/// Words that carry no weight in similarity ("the", "of", "was"), read once from
/// `Resources/stopwords-en.txt` (the Snowball English list; the file notes its source).
///
/// Shipped as a data file rather than a literal so the list can be audited and edited without touching
/// code. If the resource bundle cannot be found (a binary copied away from its build folder), alignment
/// still works, only with stop words weighted by rarity like any other word.
public enum StopWords {
    public static let english: Set<String> = load(name: "stopwords-en")

    /// Asked of every word of every article: a byte hash table, where the `Set`'s string hashing cost
    /// 400 instructions a word (5 M in a `diff` of two long articles).
    public static func contains(_ folded: String) -> Bool { table.contains(folded) }

    static let table = ByteStringSet(english)

    static func load(name: String) -> Set<String> {
        Set(ResourceFile.lines(name).map { TextNormalizer.forMatching($0) })
    }
}
