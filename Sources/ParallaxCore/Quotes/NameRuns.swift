import Foundation

/// A run of capitalised words that may name someone ("Chinese President Xi Jinping", "Lee’s").
struct NameRun: Sendable, Hashable {
    /// Token index range in the paragraph's token list (the whole capitalised run, titles included).
    var tokenRange: Range<Int>
    /// The name with leading titles and a trailing possessive removed ("Xi Jinping").
    var name: String
    /// Scalar span of `name` in the paragraph.
    var start: Int
    var end: Int
    /// Title or role word attached to the run ("President", "spokesman"): evidence of a person.
    var hasRole: Bool
    var isPossessive: Bool
    /// Looks like an organisation, publication or place (acronym, "University", "Ilbo", …).
    var isOrganisation: Bool
    var wordCount: Int
    /// "Mayor of Kelderby": the title a named office holds, lower case ("mayor"), when the run is an office.
    var office: String? = nil
}

/// Finds capitalised name runs in one paragraph. Shared by attribution and name resolution so both agree on
/// what a name is.
enum NameRuns {
    static func find(in text: String, tokens: [Token]) -> [NameRun] {
        let scalars = ScalarText.scalars(text)
        func gapIsJoinable(_ a: Token, _ b: Token) -> Bool {
            let gap = ScalarText.string(scalars[a.end..<b.start])
            if gap == " " || gap == " & " { return true }
            // "Patrick F. Walsh", "Mr. Smith": the period of an initial or a title.
            // "V.N. Vasavan": initials set close.
            if gap == ".", ScalarText.count(a.text) == 1, ScalarText.count(b.text) == 1 { return true }
            return gap == ". " && (ScalarText.count(a.text) == 1 || AttributionLexicon.titles.contains(a.norm))
        }
        // "The New York Times said": a word that opens sentences ("New research shows") but also opens a place of
        // several words is part of the run there; without it the speaker was "York Times".
        var placeKeys: [String]? = nil
        func opensPlace(_ k: Int) -> Bool {
            guard k + 1 < tokens.count, tokens[k + 1].isCapitalized else { return false }
            if placeKeys == nil { placeKeys = tokens.map { NameLexicon.key($0.norm) } }
            return NameLexicon.places.longestMatch(placeKeys!, at: k, limit: tokens.count) >= 2
        }
        func isCap(_ k: Int) -> Bool {
            let t = tokens[k]
            // "Farid al-Amin", "Abdel Fattah el-Sisi": a lower-case particle joined to a capitalised name.
            if !t.isCapitalized { return NameRecognizer.hyphenParticleName(t.text) }
            if PartyTag.isPartyTag(t.text) { return false }
            // "Mum-of-three", "Father-of-two": a compound describing someone, written before the name.
            if t.norm.contains("-of-") { return false }
            return !AttributionLexicon.capitalizedNonNames.contains(stripPossessive(t.norm)) || opensPlace(k) || afterCourtesyTitle(k)
        }
        // "Mrs May said", "Theresa May", "Larry Page": after a courtesy title or a given name, a month or a common
        // word is the family name.
        func afterCourtesyTitle(_ k: Int) -> Bool {
            guard k > 0, tokens[k - 1].isCapitalized, gapIsJoinable(tokens[k - 1], tokens[k]) else { return false }
            let before = tokens[k - 1].norm
            return ["mr", "mrs", "ms", "miss", "mx"].contains(before) || NameLexicon.shared.isGivenName(NameLexicon.key(before))
        }
        var runs: [NameRun] = []
        var i = 0
        while i < tokens.count {
            guard isCap(i) else { i += 1; continue }
            var j = i + 1
            while j < tokens.count, gapIsJoinable(tokens[j - 1], tokens[j]), !isPossessive(tokens[j - 1]) {
                if isCap(j) || (tokens[j].isCapitalized && isTitle(tokens[j])) { j += 1; continue }
                // "Bank of England", "Charles de Gaulle": a connector between capitalised words. "of" only after
                // a single word, so "Laura Mendez of Suncoast Research" stays a person and an organisation.
                let c = tokens[j].norm
                // "Shares of St. Jude", "Residents of Lyon": a common word opening the sentence is not an
                // institution's first word.
                if AttributionLexicon.nameConnectors.contains(c), !tokens[j].isCapitalized, j + 1 < tokens.count,
                    isCap(j + 1), gapIsJoinable(tokens[j], tokens[j + 1]),
                    c != "of" || (j - i == 1 && !commonOpener(tokens, i, scalars))
                {
                    j += 2
                    continue
                }
                break
            }
            // "Lost harbour ferry: Harbour Lines, which owns it, said …": a kicker opening the paragraph, its
            // capitals and then lower-case words up to a colon, labels the story; it is no one who speaks. A
            // speech verb before the colon ("Jo Roe said: …") or a quote mark after it keeps the run.
            if i == 0, j + 1 < tokens.count, let c = (j..<min(tokens.count - 1, j + 4)).first(where: { gap(scalars, tokens[$0], tokens[$0 + 1]) == ": " }),
                (j...c).allSatisfy({ !tokens[$0].isCapitalized && !AttributionLexicon.speechVerbs.contains(tokens[$0].norm) }),
                (i..<c).allSatisfy({ gap(scalars, tokens[$0], tokens[$0 + 1]) == " " }), tokens[c + 1].isCapitalized
            {
                i = c + 1
                continue
            }
            // "Furthermore, the coach …", "Finally, Mourinho …": a sentence adverb opening its sentence before a
            // comma is no one's name.
            if j - i == 1, opensSentence(tokens, i, scalars), j < tokens.count,
                gap(scalars, tokens[i], tokens[j]).hasPrefix(","),
                NameLexicon.shared.common.contains(NameLexicon.key(tokens[i].norm)), !NameLexicon.shared.isGivenName(NameLexicon.key(tokens[i].norm))
            {
                i = j
                continue
            }
            // "Bizarrely after the clip spread, the mayor …", "Sadly for the club …": a sentence adverb opening its
            // sentence with no comma after it is no one's name either (it became the speaker of the quote the
            // sentence goes on to give). A word the lists know as a name ("Kelly", "Reilly") stays one.
            if j - i == 1, opensSentence(tokens, i, scalars), j < tokens.count, !tokens[j].isCapitalized,
                case let w = NameLexicon.key(tokens[i].norm), w.hasSuffix("ly"), w.count > 5,
                !AttributionLexicon.speechVerbs.contains(tokens[j].norm),
                !NameLexicon.shared.isGivenName(w), !NameLexicon.shared.surnames.contains(w)
            {
                i = j
                continue
            }
            // "the Portuguese coach": a nationality alone names no one.
            if j - i == 1, NameLexicon.shared.demonyms.contains(NameLexicon.key(stripPossessive(tokens[i].norm))) {
                i = j
                continue
            }
            // "Jane Roe SC", "John Doe MP": the letters after a name say what the person is; the name ends before.
            var e = j
            if e - i >= 3, PersonCues.postNominals.contains(tokens[e - 1].norm), tokens[e - 1].text.allSatisfy(\.isUppercase) { e -= 1 }
            runs.append(makeRun(tokens, i..<e, scalars))
            i = j
        }
        return runs.filter { !$0.name.isEmpty }
    }

    /// A common word that is no organisation's head ("Shares", "Residents", "Most") opening its sentence.
    private static func commonOpener(_ tokens: [Token], _ i: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let lex = NameLexicon.shared
        let w = NameLexicon.key(stripPossessive(tokens[i].norm))
        return opensSentence(tokens, i, scalars) && lex.common.contains(w) && !lex.strongOrgWords.contains(w)
            && !lex.weakOrgWords.contains(w) && !AttributionLexicon.organisationWords.contains(w)
    }

    private static func opensSentence(_ tokens: [Token], _ k: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard k > 0 else { return true }
        return scalars[tokens[k - 1].end..<tokens[k].start].contains { ".!?\n".unicodeScalars.contains($0) }
    }

    /// The text between two tokens of the paragraph whose `scalars` these are. From the paragraph's scalars
    /// rather than its string: slicing a string by scalar offsets walks it from the start, and a paragraph
    /// of thousands of names made that quadratic.
    private static func gap(_ scalars: [Unicode.Scalar], _ a: Token, _ b: Token) -> String {
        ScalarText.string(scalars[a.end..<max(a.end, b.start)])
    }

    private static let votes: Set<String> = ["election", "elections", "by-election", "referendum"]

    private static func isTitle(_ t: Token) -> Bool { AttributionLexicon.titles.contains(stripPossessive(t.norm)) }

    static func isPossessive(_ t: Token) -> Bool { t.norm.hasSuffix("'s") }

    static func stripPossessive(_ s: String) -> String {
        if s.hasSuffix("'s") || s.hasSuffix("’s") { return String(s.dropLast(2)) }
        return s
    }

    private static func makeRun(_ tokens: [Token], _ r: Range<Int>, _ scalars: [Unicode.Scalar]) -> NameRun {
        var first = r.lowerBound
        var hasRole = false
        for k in r where isTitle(tokens[k]) {
            first = k + 1
            hasRole = true
        }
        if r.lowerBound > 0, AttributionLexicon.roles.contains(tokens[r.lowerBound - 1].norm) { hasRole = true }
        // "the State Audit Office", "the General Medical Council": a title word inside a name whose head is an
        // organisation word is part of that name; cut, the speaker was "Audit Office".
        if first > r.lowerBound, first < r.upperBound, !isPossessive(tokens[r.upperBound - 1]),
            AttributionLexicon.organisationWords.contains(tokens[r.upperBound - 1].norm)
        {
            first = r.lowerBound
            hasRole = false
        }
        // "The Mayor of Kelderby", "the Lord Mayor of Brisford": a title with "of PLACE" is an office, named
        // whole; cut after the title it left "of Kelderby" as a person's name.
        var office = false
        if first > r.lowerBound, first < r.upperBound, ["of", "for"].contains(tokens[first].norm), !tokens[first].isCapitalized {
            while first > r.lowerBound, isTitle(tokens[first - 1]) { first -= 1 }
            office = true
        }
        // "Nurse Ella Ruiz": a capitalised role word opening a longer run.
        if !office, first == r.lowerBound, r.count >= 3, AttributionLexicon.roles.contains(tokens[first].norm) {
            first += 1
            hasRole = true
        }
        // "Praising Ana Ruiz for …, he said": a participle opening the sentence is no part of the name.
        if first == r.lowerBound, r.count >= 3, opensSentence(tokens, first, scalars) {
            let w = tokens[first].norm
            if w.hasSuffix("ing"), w.count > 5, !NameLexicon.shared.isGivenName(w) { first += 1 }
        }
        let last = r.upperBound - 1
        let possessive = isPossessive(tokens[last])
        guard first <= last else {
            return NameRun(tokenRange: r, name: "", start: 0, end: 0, hasRole: hasRole, isPossessive: possessive, isOrganisation: false, wordCount: 0)
        }
        let start = tokens[first].start
        var end = tokens[last].end
        if possessive { end -= 2 }
        let name = ScalarText.string(scalars[start..<max(start, end)])
        let words = Array(r[first...last])
        // "Bank of England", "Archdiocese of Chicago" are institutions; "Duke of York" keeps its title.
        let ofJoined = words.contains { tokens[$0].norm == "of" } && !isTitle(tokens[r.lowerBound])
        // "Rao & Webb", "Vaughan & Pryce": names joined by an ampersand are a firm.
        let ampersand = r.dropFirst().contains { k in gap(scalars, tokens[k - 1], tokens[k]) == " & " }
        // "a General Election, now", "the Presidential Election": a vote written with capitals after a title word
        // is a thing; cut after "General", "Election" was a person and took the next paragraph's quote.
        let vote = words.allSatisfy { votes.contains(stripPossessive(tokens[$0].norm)) }
        let org = vote || ofJoined || ampersand || words.contains { k in
            let t = tokens[k]
            let bare = stripPossessive(t.norm)
            if AttributionLexicon.organisationWords.contains(bare) { return true }
            let letters = t.text.unicodeScalars.filter { $0.properties.isAlphabetic }
            let roman = letters.allSatisfy { "IVXLCDM".unicodeScalars.contains($0) }
            return letters.count >= 2 && !roman && letters.allSatisfy { $0.properties.isUppercase }
        }
        var run = NameRun(tokenRange: first..<r.upperBound, name: name, start: start, end: end, hasRole: hasRole,
                          isPossessive: possessive, isOrganisation: org, wordCount: words.count)
        if office, let t = words.prefix(while: { !["of", "for"].contains(tokens[$0].norm) }).last(where: { isTitle(tokens[$0]) }) { run.office = stripPossessive(tokens[t].norm) }
        return run
    }
}
