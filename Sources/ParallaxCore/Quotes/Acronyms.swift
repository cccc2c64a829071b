import Foundation

/// "The ICO said …" after "the Information Commissioner's Office": an organisation named again by its initials is
/// the one the story spells out. Only letters in capitals (two to six) that the story also spells out word by word,
/// each word capitalised ("of", "for", "and", "on" between them allowed); nothing is guessed.
struct Acronyms: Sendable {
    private(set) var expansions: [String: String] = [:]
    private var used = Set<String>()
    private var spelled: [String: String] = [:]

    /// Records the acronyms a paragraph uses and the capitalised runs it spells out.
    mutating func scan(_ text: String, tokens: [Token]) {
        let scalars = ScalarText.scalars(text)
        func gap(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[tokens[a].end..<tokens[b].start])) }
        for t in tokens where Self.isAcronym(t.text) { used.insert(t.text) }
        var k = 0
        while k < tokens.count {
            guard tokens[k].isCapitalized, !Self.isAcronym(tokens[k].text) else { k += 1; continue }
            var e = k
            while e + 1 < tokens.count, gap(e, e + 1) == " ",
                tokens[e + 1].isCapitalized && !Self.isAcronym(tokens[e + 1].text)
                    || Self.connectors.contains(tokens[e + 1].norm) && e + 2 < tokens.count && gap(e + 1, e + 2) == " " && tokens[e + 2].isCapitalized
            { e += 1 }
            // Every stretch of the run: a sentence's first word ("Under …") or a day after it ("… Office on
            // Monday") is no part of the name.
            for s in k...e where tokens[s].isCapitalized {
                for t in s...min(e, s + 9) where tokens[t].isCapitalized {
                    let words = tokens[s...t].filter { $0.isCapitalized }
                    guard (2...6).contains(words.count) else { continue }
                    let key = String(words.compactMap { $0.text.first }).uppercased()
                    if spelled[key] == nil { spelled[key] = ScalarText.slice(text, tokens[s].start, tokens[t].end) }
                }
            }
            k = e + 1
        }
    }

    mutating func finish() {
        for a in used { if let full = spelled[a] { expansions[a] = full } }
        used = []
        spelled = [:]
    }

    static func isAcronym(_ w: String) -> Bool {
        (2...6).contains(w.count) && w.allSatisfy { $0.isLetter && $0.isUppercase }
    }

    static let connectors: Set<String> = ["of", "for", "and", "on"]
}
