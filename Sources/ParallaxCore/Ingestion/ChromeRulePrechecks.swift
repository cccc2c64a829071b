/// Exact byte and scalar tests that go before the expressions of `ChromeRules.isMenu` and
/// `ChromeRules.isTableRow`: a line that fails one cannot match, and most lines fail, so the expression is
/// neither compiled (an ICU compile is 0.3–1 M instructions) nor run for them.
extension ChromeRules {
    /// Whether the line holds anything `isMenu`'s separators could match ("|", "·", "•", a tab, a slash, two
    /// white-space scalars in a row: a superset of ICU's `\s\s`) or its own "\u{1}": if not, it is one item,
    /// and the expression (an ICU compile, then a pass over the line) is not needed.
    static func mayHoldMenuSeparator(_ text: String) -> Bool {
        var previousSpace = false
        for u in text.unicodeScalars {
            if u == "|" || u == "·" || u == "•" || u == "/" || u == "\t" || u == "\u{1}" { return true }
            let space = u.isASCII ? u == " " || (0x0A...0x0D).contains(u.value) : u.properties.isWhitespace
            if space && previousSpace { return true }
            previousSpace = space
        }
        return false
    }

    /// How many times a white-space scalar is followed by a digit: `figuresRow` needs two (`\s+\d`), which most
    /// short lines lack, so the expression is neither compiled nor run for them.
    static func figuresAfterSpaces(_ text: String) -> Int {
        var count = 0
        var previousSpace = false
        for u in text.unicodeScalars {
            if previousSpace, u.properties.numericType == .decimal { count += 1 }
            previousSpace = u.properties.isWhitespace
        }
        return count
    }
}
