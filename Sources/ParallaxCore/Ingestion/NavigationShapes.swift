import Foundation

/// A page's navigation pasted as text: menus ("Home | News | Business"), section paths with and without their
/// separators ("Sport › Football", "Home BUSINESS"), and rows of share buttons; and the table row that looks like a
/// menu but holds figures and is story text.
extension ChromeRules {
    /// "Home BUSINESS", "HomeBangladeshCelebrity deaths 2024 - famous faces…": a section path pasted without
    /// its separators, "Home" glued to the next item or followed by one section name.
    static func isGluedBreadcrumb(_ text: String) -> Bool {
        guard text.hasPrefix("Home"), LineShape.hasAtMost(text, scalars: 200) else { return false }
        let rest = text.unicodeScalars.dropFirst(4)
        guard let next = rest.first else { return false }
        if next.properties.isUppercase { return SourceLine.words(text, cap: 31) <= 30 }
        guard next == " " else { return false }
        let item = ScalarText.string(rest.dropFirst())
        return SourceLine.words(item, cap: 4) <= 3 && !LineShape.endsLikeSentence(item)
            && (LineShape.isAllCaps(item) || MetadataInference.sectionWords.contains(item.lowercased()))
    }

    /// "Home | News | Business" or "World  Europe  Vatican": three or more short items between separators.
    static func isMenu(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 200), !LineShape.endsLikeSentence(text), mayHoldMenuSeparator(text) else { return false }
        let items = text.replacingOccurrences(of: #"\s*[|·•]\s*|\s+/\s+|\s{2,}|\t"#, with: "\u{1}", options: .regularExpression)
            .split(separator: "\u{1}").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard items.count >= 3, items.allSatisfy({ SourceLine.words($0, cap: 4) <= 3 }) else { return false }
        // "by Ruairi Gallacher · Marsden Valley News · 5h": a feed reader's credit, the writer first.
        if items[0].lowercased().hasPrefix("by "), MetadataInference.isPersonName(String(items[0].dropFirst(3))) { return false }
        // "By Ana Ruiz | 1 June 2025 | 6 min read" is a byline with its date, and "July 2, 2014 / 1:06 PM / 3
        // years ago" a date line, for the metadata rules to read.
        return !items.contains { DateParser.parse($0) != nil } && !isTableRow(text)
    }

    /// "Revenue | $3.41 billion | $3.12 billion": a row of a table pasted with bars, two cells or more with
    /// figures in them (a menu's items are words). Story text, never a menu or a teaser.
    static func isTableRow(_ text: String) -> Bool {
        // "Possession 48% 52%", "Shots 14 9": a match's or a poll's figures, a label then a column each.
        if LineShape.hasAtMost(text, scalars: 60), figuresAfterSpaces(text) >= 2, figuresRow.matches(text) { return true }
        guard ScalarText.contains(text, "|"), LineShape.hasAtMost(text, scalars: 300) else { return false }
        return text.split(separator: "|").lazy.filter { $0.unicodeScalars.contains { ("0"..."9").contains($0) } }.prefix(2).count == 2
    }

    static let figuresRow = LinePattern(#"^\p{L}[\p{L}'’ ]{0,30}?(?:\s+\d[\d.,:]*%?){2,4}$"#)

    /// "Sport › Football › Champions League", "News » World": a section path. Two items are enough, since the
    /// separator says what the line is; each item is a short label and the line is no sentence.
    static func isBreadcrumb(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 300) else { return false }
        // "Editor/", "News ›": the first item of a path whose rest was not copied; no headline ends so.
        if LineShape.hasAtMost(text, scalars: 30), let last = text.unicodeScalars.last, "/›»".unicodeScalars.contains(last),
           SourceLine.words(text, cap: 4) <= 3, text.unicodeScalars.filter({ $0 == "/" }).count <= 1 || last != "/" { return true }
        // "News / Opinion / Letters to the Editor": a slash separates a path too, when it starts at a section.
        // Its last item may be the story's own headline ("Home / India News / Headline of the story?").
        if ScalarText.contains(text, " / ") {
            let items = text.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }
            if items.count >= 3, MetadataInference.sectionWords.contains(items[0].lowercased()),
               items.dropLast().allSatisfy({ !$0.isEmpty && SourceLine.words($0, cap: 5) <= 4 }), !items.last!.isEmpty { return true }
        }
        // "Coast/ Harbour Towns/ Weather": a path whose slashes stand right after each item, three
        // items or more of one to four words, each capitalised, with no stop.
        if LineShape.hasAtMost(text, scalars: 100), ScalarText.contains(text, "/ "), !ScalarText.contains(text, " /"),
           !LineShape.endsLikeSentence(text) {
            let items = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if items.count >= 3, items.allSatisfy({ !$0.isEmpty && SourceLine.words($0, cap: 5) <= 4 && $0.first!.isUppercase }) { return true }
        }
        guard text.unicodeScalars.contains(where: { $0 == "›" || $0 == "»" || $0 == ">" }) else { return false }
        let items = text.components(separatedBy: CharacterSet(charactersIn: "›»>")).map { $0.trimmingCharacters(in: .whitespaces) }
        // "Home » Media Center » Headline of the story, January 11, 2019": from "Home", the last item may be
        // the story's own headline, as with the slash.
        if items.count >= 3, items[0].lowercased() == "home", items.dropLast().allSatisfy({ !$0.isEmpty && SourceLine.words($0, cap: 5) <= 4 }),
           !items.last!.isEmpty { return true }
        guard LineShape.hasAtMost(text, scalars: 160), !LineShape.endsLikeSentence(text) else { return false }
        return items.count >= 2 && items.allSatisfy { !$0.isEmpty && SourceLine.words($0, cap: 5) <= 4 }
    }

    static let socialWords: Set<String> = [
        "facebook", "twitter", "x", "whatsapp", "email", "e-mail", "mail", "linkedin", "pinterest", "reddit",
        "telegram", "print", "share", "copy", "link", "url", "on", "this", "story", "article", "page", "messenger",
        "flipboard", "instagram", "youtube", "tiktok", "threads", "bluesky", "mastodon", "sms", "save", "via",
        "comment", "comments", "gift", "bookmark", "tweet", "post", "mailto", "listen",
    ]

    /// "Facebook Twitter WhatsApp Email": a line made only of share-button words.
    static func isSocialButtons(_ text: String) -> Bool {
        // The cheap word count first: nearly every line of prose fails it, and the split below is costly.
        guard LineShape.hasAtMost(text, scalars: 200), SourceLine.words(text, cap: 17) <= 16 else { return false }
        // "FacebookTwitterWhatsapp": the buttons' labels pasted without spaces, split where a capital follows
        // a small letter.
        var spaced = text
        if !text.contains(" ") {
            spaced = ""
            var previous: Character = " "
            for c in text {
                if c.isUppercase, previous.isLowercase { spaced.append(" ") }
                spaced.append(c)
                previous = c
            }
        }
        // Word by word, stopping at the first that is no button's: prose stops at its first word.
        var count = 0
        var word = ""
        func take() -> Bool {
            guard !word.isEmpty else { return true }
            defer { word = "" }
            count += 1
            return count <= 16 && socialWords.contains(word)
        }
        for c in LineShape.key(spaced) {
            if c.isLetter || c == "-" { word.append(c) } else if !take() { return false }
        }
        return take() && count >= 2
    }
}
