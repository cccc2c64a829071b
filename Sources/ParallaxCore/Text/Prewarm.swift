import Foundation

/// Builds the rule tables and word lists a story analysis reads, on another core, while the command line is
/// still being parsed.
///
/// Each is a `static let`, built once on first use. Left to first use, every one of them stopped both
/// cores: the two files of a `diff` are cleaned and analysed in parallel, so both threads reach the same
/// table at once and one waits while the other builds it (22 M instructions in all, 5 ms of a 5,000-word
/// `diff`). Started first, they are built while the main thread starts the runtime and parses the
/// arguments, which the second core spends idle otherwise. Same tables, same results; only when they are
/// built changes.
public enum Prewarm {
    public static func analysisTables() {
        DispatchQueue.global(qos: .userInitiated).async {
            _ = ChromeRules.rules
            _ = ChromeRules.endMarkers
            _ = ChromeRules.linkListLabel
            _ = AttributionPhrases.speechVerbs
            _ = AttributionPhrases.titleWords
            _ = NameLexicon.places
            _ = CurrencyTable.shared
        }
    }
}
