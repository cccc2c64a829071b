import Foundation

/// "California firefighters make progress … across US WestBy NIC COURY and REBECCA BOONEAssociated PressThe
/// Associated PressFOREST RANCH, Calif.": a syndicating site's header row (headline, byline in capitals, agency,
/// dateline) pasted as one line with nothing between the pieces. The headline stands above it again and the
/// dateline opens the story's first paragraph, so the row holds nothing of its own. A capitalised "By" glued to a
/// lower-case letter, then names in capitals glued to a capitalised word, is no sentence's shape.
extension ChromeRules {
    static func isGluedBylineRow(_ text: String, words: Int) -> Bool {
        words <= 50 && ScalarText.contains(text, "By ") && gluedByline.matches(text)
    }

    static let gluedByline = LinePattern(
        #"\p{Ll}By \p{Lu}{2,}[\p{Lu}'’.\-]*(?: \p{Lu}[\p{Lu}'’.\-]*)*(?:,? (?:and|AND) \p{Lu}{2,}[\p{Lu}'’.\-]*(?: \p{Lu}[\p{Lu}'’.\-]*)*)?\p{Lu}\p{Ll}"#)
}
