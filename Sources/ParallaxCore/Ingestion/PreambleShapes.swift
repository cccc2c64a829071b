import Foundation

/// Lines that look like one thing and are another: a question that is a headline, not the story's first
/// sentence, and an obituary's fact box, whose "Died: 22 November 2026" is neither a date line nor a byline.
extension MetadataInference {
    /// "Born: Eileen Carrow, 3 March 1938, Kelderby", "Died: …", "Married: …", "Children: …".
    static func isFactBoxLine(_ text: String) -> Bool {
        LineShape.hasAtMost(text, scalars: 300) && SourceLine.words(text, cap: 31) <= 30 && factBox.matches(LineShape.key(text))
    }

    static let factBox = LinePattern(#"^(born|died|married|children|spouse|spouses|partner|education|educated|survived by|parents|nationality|occupation|career|awards|honours|honors)\s*:\s*\S"#)

    /// "Is Apple Seeing Downside of Its Rumor Machine?": most longer words capitalised, as headlines are set.
    static func isTitleCase(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { $0.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 4 }
        guard words.count >= 3 else { return false }
        let capitalised = words.filter { $0.unicodeScalars.first { $0.properties.isAlphabetic }?.properties.isUppercase == true }.count
        return capitalised * 4 >= words.count * 3
    }

    /// "(Reuters) - Cisco Systems said …": a wire story opening with its agency alone in brackets.
    static let leadingAgency = LinePattern(#"^\(([A-Za-z][A-Za-z .&'\-]{1,30})\)\s*[\-–—:]"#)
}
