import Foundation

/// A transcript's turns ("PRIME MINISTER LINDQVIST: Good afternoon …", "LINDA KWAN: We are seeing …",
/// "MODERATOR: …"): verbatim speech whose speaker the label names, written without quote marks. Each turn, and
/// each paragraph that goes on with it before the next turn, is a quote of that speaker; quotes inside it are
/// nested in it. A label in capitals counts only when it names someone: a person the story knows or a full
/// name with a given name in it, or a role alone ("PRESENTER"); "NOTE:", "WARNING:", "KEY POINTS:",
/// "BREAKING:" name no one. A label in ordinary case (an interview's bold names) counts only as such a full
/// name opening two turns or more. A page needs two such turns to be a transcript. "Q:" lines (a questioner the
/// label does not name) end a turn but are not listed; "A:" turns after "Q:" ones are the person the introduction
/// right before the first turn brings in.
extension QuoteExtractor {
    struct Turn {
        /// Where the speaker's words start in the paragraph.
        var from: Int
        var speaker: String
    }

    /// Turns by position in `article.paragraphs`.
    static func transcriptTurns(_ paragraphs: [Paragraph], names: NameResolver, index: Int) -> [Int: Turn] {
        var labelled: [Int: Turn] = [:]
        var boundaries = Set<Int>()
        var named: [(pi: Int, label: String, from: Int)] = []
        var short: [(pi: Int, label: String, from: Int)] = []
        var answers: [(pi: Int, from: Int)] = []
        var questions = 0
        // Questions under a label that cleaning set as sub-headings (short lines): never turns, but they mark
        // where each answer ends.
        var headed: [(pi: Int, label: String, from: Int)] = []
        // Names a label introduces with a role in brackets ("MAEVE DOOLAN (PRESENTER):"): people, whatever the lists
        // know of their given names, in that label's later turns too.
        // So are the names of a recording played on air ("CLIP – HELGA MARR:").
        let withRole = Set(paragraphs.compactMap { p -> String? in
            guard let (l, _) = label(p.text), SourceLine.words(l, cap: 3) >= 2 else { return nil }
            if p.text.range(of: clipPrefix, options: .regularExpression) != nil { return l }
            guard let open = p.text.range(of: " ("), p.text[..<open.lowerBound].hasSuffix(l) else { return nil }
            return l
        })
        for (pi, p) in paragraphs.enumerated() {
            if p.isHeading {
                if let n = namedLabel(p.text) { headed.append((pi, n.0, n.1)) }
                continue
            }
            guard let (label, from) = label(p.text) else {
                if let n = namedLabel(p.text) { named.append((pi, n.0, n.1)) } else if let n = familyNameLabel(p.text) { short.append((pi, n.0, n.1)) }
                continue
            }
            boundaries.insert(pi)
            if label == "Q" { questions += 1 }
            if label == "A" { answers.append((pi, from)); continue }
            if let who = speaker(label, names: names, index: index, paragraph: p.index) ?? (withRole.contains(label) ? titleCasedName(label) : nil) {
                labelled[pi] = Turn(from: from, speaker: who)
            }
        }
        // An interview's turns under names in ordinary case ("Laila Haddad: Mostly phone calls."; the bold of
        // "**Laila Haddad:**" is gone after cleaning): only a full name that names a person and opens two
        // turns or more. A credit line ("Presenter: Linda Kwan"), a dateline ("Kyiv: …") or a live entry's
        // headline ("Starmer: we will not …") has one word before its colon or names no one.
        let counts = Dictionary(named.map { ($0.label, 1) }, uniquingKeysWith: +)
        for n in named where counts[n.label, default: 0] >= 2 {
            guard let who = speaker(n.label, names: names, index: index, paragraph: paragraphs[n.pi].index, indexedOnly: true) else { continue }
            boundaries.insert(n.pi)
            labelled[n.pi] = Turn(from: n.from, speaker: who)
        }
        // "The Long Read: … / Kaur: …": answers under the family name alone, when the story names that person
        // in full and the questions stand under a label of their own that also opens two turns or more. The
        // questioner's label then ends each answer; its turns, naming no one, are not listed.
        let asked = Dictionary((named + headed).map { ($0.label, 1) }, uniquingKeysWith: +)
        let questioners = (named + headed).filter { asked[$0.label, default: 0] >= 2 && labelled[$0.pi] == nil }
        let shortCounts = Dictionary(short.map { ($0.label, 1) }, uniquingKeysWith: +)
        if !questioners.isEmpty {
            var any = false
            for n in short where shortCounts[n.label, default: 0] >= 2 {
                let full = names.canonical(n.label, article: index, paragraph: paragraphs[n.pi].index, offset: 0)
                guard full.contains(" "), full.split(separator: " ").last.map(String.init) == n.label, names.isKnownPerson(full) else { continue }
                boundaries.insert(n.pi)
                labelled[n.pi] = Turn(from: n.from, speaker: full)
                any = true
            }
            if any { for q in questioners { boundaries.insert(q.pi) } }
        }
        // "Q: … / A: …": the answers are the person the introduction right before the first turn brings in;
        // with no one named there they name no one.
        if answers.count >= 2, questions >= 2, let first = answers.first?.pi,
            let who = names.introduced(article: index, before: paragraphs[min(first, boundaries.min() ?? first)].index)
        {
            for a in answers { labelled[a.pi] = Turn(from: a.from, speaker: who) }
        }
        guard labelled.count >= 2, let last = boundaries.max() else { return [:] }
        var turns = labelled
        var current: Turn?
        for pi in paragraphs.indices where pi <= last {
            if boundaries.contains(pi) { current = labelled[pi]; continue }
            // Between two turns, a paragraph without a label goes on with the one before.
            guard let c = current, !paragraphs[pi].isHeading else { continue }
            turns[pi] = Turn(from: 0, speaker: c.speaker)
        }
        return turns
    }

    /// "LINDA KWAN: words" → ("LINDA KWAN", offset of "words"); "Q:" and "Q (Jane Roe, Example News):" give
    /// the label "Q". Nil when the paragraph does not open with a label in capitals.
    static func label(_ text: String) -> (String, Int)? {
        let s = Array(text.unicodeScalars.prefix(80))
        guard let colon = s.firstIndex(of: ":"), colon > 0, colon + 1 < s.count, s[colon + 1].properties.isWhitespace else { return nil }
        var raw = String(String.UnicodeScalarView(s[..<colon])).trimmingCharacters(in: .whitespaces)
        if raw == "Q" || raw.hasPrefix("Q (") { return ("Q", colon + 1) }
        // "CLIP – IMOGEN TOLLAND:": a broadcast's recording of the speaker; "MAEVE DOOLAN (PRESENTER):": the speaker's
        // role in brackets after the name.
        if let dash = raw.range(of: clipPrefix, options: .regularExpression) {
            raw = String(raw[dash.upperBound...])
        }
        if raw.hasSuffix(")"), let open = raw.range(of: " (") { raw = String(raw[..<open.lowerBound]) }
        if raw == "A" { return ("A", colon + 1) }
        let letters = raw.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }),
            raw.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || " .'’-".unicodeScalars.contains($0) }),
            (1...5).contains(raw.split(separator: " ").count)
        else { return nil }
        // Words must follow the label: "ENDS:" or a label over an empty line says nothing.
        guard s[(colon + 1)...].contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return (raw, colon + 1)
    }

    /// "Laila Haddad: words" → ("Laila Haddad", offset of "words"): two to four capitalised words (name
    /// particles between them allowed) before a colon that opens the paragraph. Nil otherwise.
    static func namedLabel(_ text: String) -> (String, Int)? {
        let s = Array(text.unicodeScalars.prefix(60))
        guard let colon = s.firstIndex(of: ":"), colon > 0, colon + 1 < s.count, s[colon + 1].properties.isWhitespace,
            s[(colon + 1)...].contains(where: { $0.properties.isAlphabetic })
        else { return nil }
        let raw = String(String.UnicodeScalarView(s[..<colon])).trimmingCharacters(in: .whitespaces)
        let words = raw.split(separator: " ").map(String.init)
        guard (2...4).contains(words.count),
            raw.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || " .'’-".unicodeScalars.contains($0) }),
            words.allSatisfy({ $0.first?.isUppercase == true || AttributionLexicon.nameConnectors.contains($0) }),
            words.contains(where: { $0.unicodeScalars.contains(where: { $0.properties.isLowercase }) })
        else { return nil }
        return (raw, colon + 1)
    }

    /// "Kaur: words" → ("Kaur", offset of "words"): one capitalised word in ordinary case before a colon that
    /// opens the paragraph. Nil otherwise.
    static func familyNameLabel(_ text: String) -> (String, Int)? {
        let s = Array(text.unicodeScalars.prefix(30))
        guard let colon = s.firstIndex(of: ":"), colon > 1, colon + 1 < s.count, s[colon + 1].properties.isWhitespace,
            s[(colon + 1)...].contains(where: { $0.properties.isAlphabetic })
        else { return nil }
        let raw = String(String.UnicodeScalarView(s[..<colon]))
        guard raw.first?.isUppercase == true, raw.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || "'’-".unicodeScalars.contains($0) }),
            raw.unicodeScalars.contains(where: { $0.properties.isLowercase })
        else { return nil }
        return (raw, colon + 1)
    }

    /// Who a label names, or nil when it names no one.
    /// `indexedOnly`: a name counts only if the people index lists it (any two capitalised words are a
    /// person to the ledger's own rules, "Travel Update" too).
    static func speaker(_ label: String, names: NameResolver, index: Int, paragraph: Int, indexedOnly: Bool = false) -> String? {
        guard label != "Q", label != "A" else { return nil }
        var words = label.split(separator: " ").map { w in w.contains(where: \.isLowercase) ? String(w) : titleCased(String(w)) }
        if words.first?.lowercased() == "the" { words.removeFirst() }
        while let w = words.first, AttributionLexicon.titles.contains(w.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))) {
            guard words.count > 1 else { break }
            words.removeFirst()
        }
        guard let last = words.last?.lowercased() else { return nil }
        if words.count == 1, roleLabels.contains(last) || AttributionLexicon.roles.contains(last) && !NameLexicon.shared.isGivenName(last) {
            return names.roleAntecedent(last, article: index, paragraph: paragraph, offset: 0, unique: true) ?? "the \(last)"
        }
        let name = words.joined(separator: " ")
        let full = names.canonical(name, article: index, paragraph: paragraph, offset: 0)
        if full != name, full.contains(" ") { return full }
        if indexedOnly ? names.isIndexedPerson(name) : names.isKnownPerson(name) { return name }
        let lex = NameLexicon.shared
        if words.count >= 2, words.contains(where: { lex.isGivenName(NameLexicon.key($0.lowercased())) }),
            !words.contains(where: { let k = NameLexicon.key($0.lowercased()); return lex.common.contains(k) && !lex.isGivenName(k) })
        { return name }
        return nil
    }

    /// Who speaks in a broadcast or a hearing without being named in the label.
    static let roleLabels: Set<String> = [
        "presenter", "host", "anchor", "moderator", "interviewer", "reporter", "correspondent", "narrator", "caller",
        "chair", "chairman", "chairwoman", "chairperson", "judge", "interpreter", "announcer", "commentator",
    ]

    static let clipPrefix = #"^(CLIP|AUDIO|SOUNDBITE|SOT|VT|ARCHIVE|VIDEO)\s*[–—-]\s*"#

    static func titleCasedName(_ label: String) -> String {
        label.split(separator: " ").map { titleCased(String($0)) }.joined(separator: " ")
    }

    /// "LINDQVIST" → "Lindqvist", "RUIZ-PICASSO" → "Ruiz-Picasso", "O'BRIEN" → "O'Brien".
    static func titleCased(_ w: String) -> String {
        var out = ""
        var upper = true
        for ch in w {
            out.append(contentsOf: upper ? String(ch).uppercased() : String(ch).lowercased())
            upper = "-'’".contains(ch)
        }
        return out
    }
}

extension NameResolver {
    /// Whom an interview's introduction brings in: the last person named (outside quotes) in the paragraph right
    /// before the first turn ("We asked Dr Hélène Vasseur, a historian …", "For 31 years, Morag Lennie kept the
    /// light …"), else in the one before it; nil when neither names anyone.
    func introduced(article: Int, before paragraph: Int) -> String? {
        guard article < mentions.count else { return nil }
        for p in stride(from: paragraph - 1, through: max(0, paragraph - 2), by: -1) {
            if let m = mentions[article].last(where: { $0.paragraph == p && $0.isPerson }) {
                return m.canonical ?? canonical(m.name, article: article, paragraph: m.paragraph, offset: m.start)
            }
        }
        return nil
    }
}
