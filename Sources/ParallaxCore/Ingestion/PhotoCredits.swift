import Foundation

/// Credits that close a photo's caption: what tells a caption from the story sentence it reads like.
extension ChromeRules {
    /// "… leaves the court on Friday. (AFP: Jane Roe)", "(Reuters/Jane Roe)": a caption closing with the
    /// picture's credit, an agency or a picture desk and the photographer's name in brackets. A paragraph
    /// that ends on an agency alone ("(AFP)") is wire copy and stays.
    static func endsInBracketedCredit(_ text: String) -> Bool {
        guard text.hasSuffix(")"), LineShape.hasAtMost(text, scalars: 600) else { return false }
        // "… play on Main Street. (Jane Roe/Example Now)": the photographer first, then the paper, after the
        // caption's last sentence.
        if photographerFirstCredit.matches(text) { return true }
        guard let m = bracketedCredit.firstMatch(text), let source = m.groups[1] else { return false }
        let s = source.trimmingCharacters(in: .whitespaces)
        return MetadataInference.canonicalAgency(s) != nil || pictureDesks.contains(s.lowercased())
            || pictureDesk.matches(s)
    }

    /// "… near the town, on Sun., March 10, 2019. Reuters": a caption closed by its agency's name standing
    /// alone after the last full stop. A story's sentence names an agency inside a clause ("…, Reuters
    /// reported."), never as a word of its own after the stop.
    static func endsInBareCredit(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 600), let last = text.last, last.isLetter else { return false }
        let scalars = Array(text.unicodeScalars)
        guard let stop = scalars.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }), stop + 2 < scalars.count,
              scalars[stop + 1] == " " else { return false }
        let credit = String(String.UnicodeScalarView(scalars[(stop + 2)...]))
        guard SourceLine.words(credit, cap: 4) <= 3, (6...45).contains(SourceLine.words(text, cap: 46)) else { return false }
        guard MetadataInference.canonicalAgency(credit) != nil || pictureDesks.contains(credit.lowercased()) else { return false }
        // A wire's last paragraph signed the same way ("… the minister said. AFP") reports speech; a caption shows.
        let lower = text.lowercased()
        return !text.unicodeScalars.contains { "\"“”".unicodeScalars.contains($0) } && !lower.contains(" said") && !lower.contains(" says")
    }

    /// "… outside Downing Street, London. Picture date: Thursday July 7, 2022.": a wire photo agency closes each
    /// caption with the day the picture was taken, sometimes followed by "Photo credit should read: …"; a story's
    /// sentence never ends that way.
    static func endsInPictureDate(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 800), ScalarText.contains(text, "icture date:") || ScalarText.contains(text, "ICTURE DATE:")
        else { return false }
        return pictureDate.matches(LineShape.key(text))
    }

    static let pictureDate = LinePattern(#"[.!?]["”’]? picture date: [\p{L}\d ,]{4,40}\.?( photo credit should read:? .{2,80})?$"#)
    /// "… in Napier. Photo / Jane Roe", and a video's still so credited ("… in the tank'. Video / Jane Roe").
    static let slashCredit = LinePattern(#"[.!?]["”’']? (photo|photograph|picture|image|video)s? / \S+( \S+){0,5}$"#)
    static let photographerFirstCredit = LinePattern(#"[.!?]["”’]?\s*\(\p{Lu}[\p{L}'’.\-]+(?: \p{Lu}[\p{L}'’.\-]+){1,2}\s*/\s*\p{Lu}[\p{L}&.'’\- ]{1,30}\)$"#)
    static let bracketedCredit = LinePattern(#"\(\s*([\p{L}][\p{L} .&'’-]{1,30}?)\s*[:/]\s*\p{Lu}[\p{L}'’.\-]+(?: (?:de|da|di|van|von|der|del|la|le|bin|al))?(?: \p{Lu}[\p{L}'’.\-]+){1,3}\s*\)$"#)
    /// "ABC News", "Coastline News": a newsroom credited for its own picture, "(Coastline News: Jane Roe)".
    static let pictureDesk = LinePattern(#"^(\p{Lu}{2,6}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) (News|Image|Images|Photo|Photos|Pictures)$"#)
    static let pictureDesks: Set<String> = ["getty images", "getty", "supplied", "pool", "file", "ap photo", "afp photo", "reuters pictures", "epa", "epa-efe", "aap image", "shutterstock", "alamy"]
}
