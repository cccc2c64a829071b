import Foundation

/// How pages credit their writers: bylines, reporters with their places, job titles, names alone, a
/// letter's signature.
extension MetadataInference {
    /// Credits inside or under the story, found once the headline and the start of the story are known:
    /// a letter's closing signature, a reporter's name over a job title. Returns
    /// the byline, which a signature may supply.
    static func dropBodyCredits(_ lines: inout [SourceLine], removed: inout [RemovedLine], nonBlank: [Int], bodyStart b: Int,
                                titleAt: Int?, byline: String?) -> String? {
        var byline = byline
        func drop(_ i: Int, _ reason: String) {
            removed.append(RemovedLine(text: lines[i].text, reason: reason, line: lines[i].number))
            lines[i].text = ""
        }
        // The next line still kept after `i`, found from `i`'s place in `nonBlank` (no scan from the top: a
        // hostile file may hold thousands of name lines).
        let position = Dictionary(uniqueKeysWithValues: nonBlank.enumerated().map { ($1, $0) })
        func nextKept(_ i: Int) -> Int? {
            guard let p = position[i] else { return nil }
            return nonBlank[(p + 1)...].first { !lines[$0].isBlank }
        }

        // "By Jane Roe" / "Courts Reporter" under a standfirst that already started the story: the job title
        // right under a byline read above.
        let bylineLines = Set(removed.filter { $0.reason.hasPrefix("byline") }.map(\.line))
        for i in nonBlank where i > b && !lines[i].isBlank && SourceLine.words(lines[i].text, cap: 5) <= 4
            && bylineLines.contains(lines[i].number - 1) && isJobTitle(lines[i].text) {
            drop(i, "byline (job title)")
        }

        // Inside the story, a reporter's name over a short job title ("Ana Ruiz" / "Live reporter", as a live
        // blog signs each post) is a credit, never a sentence. Right under the standfirst that opened the text
        // ("Jane Roe" / "Contributor", "Jane Roe, Patchwork Staff"), with no byline read, it is the writer's.
        do {
            let top = Set(([b] + nonBlank.filter { $0 > b }).prefix(3))
            for i in nonBlank where i > b && !lines[i].isBlank && !LineShape.endsLikeSentence(lines[i].text) {
                // "Jane Roe Avatar": the writer's picture's alt words, the name and the word for the picture.
                if top.contains(i), let name = avatarName(lines[i].text) {
                    if byline == nil { byline = name }
                    drop(i, "byline (the writer's picture)")
                    continue
                }
                if byline == nil, top.contains(i), let name = namedJobTitle(lines[i].text) {
                    byline = name
                    drop(i, "byline")
                    continue
                }
                guard isPersonName(lines[i].text), let j = nextKept(i), SourceLine.words(lines[j].text, cap: 5) <= 4,
                      isJobTitle(lines[j].text) else { continue }
                if byline == nil, top.contains(i) { byline = lines[i].text }
                drop(i, "reporter's credit (name)")
                drop(j, "reporter's credit (job title)")
            }
        }
        // A letter's signature closing the page: the writer's name, maybe over the town ("Ana Ruiz" / "Spokane").
        // After the credits: a writer credited at the top is the byline.
        if let sig = closingSignature(lines, after: b) {
            if byline == nil { byline = lines[sig.lowerBound].text }
            for i in sig where !lines[i].isBlank { drop(i, "signature") }
        }
        return byline
    }

    /// The last lines of the page when they are a name (two to four capitalised words) under the story's
    /// last sentence, maybe with a place of one to three capitalised words under it: how a reader's letter
    /// or a column is signed. Nil unless the line above the name is prose.
    /// A letters page signs every letter: a name alone under prose between `from` and `to` means a name
    /// closing the page is one letter's signer among several, not the page's writer, and the signatures stay
    /// with their letters.
    static func signedLetterAbove(_ lines: [SourceLine], from: Int, to: Int) -> Bool {
        let above = lines.indices.filter { $0 >= from && $0 < to && !lines[$0].isBlank }
        return zip(above, above.dropFirst()).contains { p, n in
            let t = lines[n].text
            return LineShape.hasAtMost(t, scalars: 60) && isPersonName(t) && !LineShape.endsLikeSentence(t) && !looksLikeSiteName(t)
                && !isGenericLabel(t) && !isFooterLink(t) && LineShape.isProse(lines[p].text)
        }
    }

    static func closingSignature(_ lines: [SourceLine], after body: Int) -> ClosedRange<Int>? {
        let kept = lines.indices.filter { $0 > body && !lines[$0].isBlank }.suffix(3)
        func place(_ t: String) -> Bool {
            (1...3).contains(SourceLine.words(t, cap: 4)) && !LineShape.endsLikeSentence(t) && t.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
        }
        func name(_ t: String) -> Bool {
            isPersonName(t) && !LineShape.endsLikeSentence(t) && !looksLikeSiteName(t) && !isGenericLabel(t) && !isFooterLink(t)
        }
        let k = Array(kept)
        if let first = k.first, signedLetterAbove(lines, from: body + 1, to: first) { return nil }
        if k.count >= 2, name(lines[k[k.count - 1]].text), LineShape.isProse(lines[k[k.count - 2]].text) {
            return k[k.count - 1]...k[k.count - 1]
        }
        if k.count == 3, place(lines[k[2]].text), name(lines[k[1]].text), LineShape.isProse(lines[k[0]].text) {
            return k[1]...k[2]
        }
        return nil
    }


    /// "About Us", "Contact Us", "Privacy Policy": a site's footer link closing the page, no signature.
    static func isFooterLink(_ text: String) -> Bool {
        text.split(separator: " ").contains { footerLinkWords.contains($0.lowercased()) }
    }

    static let footerLinkWords: Set<String> = ["us", "about", "contact", "privacy", "policy", "terms", "careers", "advertise", "sitemap", "help", "faq", "cookies", "accessibility"]

    static let bylinePattern = LinePattern(
        #"^(?i:(?:von|par|por)\s*/\s*)?(?i:by|written by|words by|story by|reported by|posted by|text by|hosted by|interview by|interviewed by|von|par|por|reporter|author\s*:)\s*:?\s+(\p{Lu}.*|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}(?:\s.*)?)$"#)

    /// "by AFP Staff Writers", "By Jane Doe | Nov 3, 2025".
    static func bylineLine(_ text: String) -> (name: String, date: String?)? {
        guard !LineShape.endsLikeSentence(text) || SourceLine.words(text) <= 5 else { return nil }
        guard let m = bylinePattern.firstMatch(text, whole: true), let rest = m.groups[1] else {
            // "By state political reporter Jane Roe": the writer's beat in lower case before the name.
            guard SourceLine.words(text, cap: 11) <= 10, let r = beatBylinePattern.firstMatch(text, whole: true), let beat = r.groups[1],
                  let name = r.groups[2], beat.split(separator: " ").contains(where: { jobWords.contains(String($0)) }) else { return nil }
            return (name, nil)
        }
        if let d = DateParser.find(in: rest) {
            let name = firstCreditPart(stripSeparators(ScalarText.slice(rest, 0, d.start)))
            return (name.isEmpty ? rest : name, d.iso)
        }
        // "By hindustantimes.com | Edited by …": the credit ends at the bar.
        return (firstCreditPart(rest), nil)
    }

    static let beatBylinePattern = LinePattern(#"^(?:[Bb]y|BY)\s+((?:[a-z][a-z\-]*\s+){1,4})(\p{Lu}[\p{L}'’\-.]+(?:\s+\p{Lu}[\p{L}'’\-.]+){1,3})$"#)

    /// "Jane Roe | Mumbai | Updated", "JANE ROE • 3h • 3 min read", "Jane Roe - Reporter / @janeroe": what a
    /// page prints after the writer's name, set off by a bar, a bullet or a slash before a handle, is no part of it.
    static func firstCreditPart(_ credit: String) -> String {
        var name = credit
        for sep in [" | ", " • ", " · ", " / @"] {
            if let r = name.range(of: sep) { name = String(name[..<r.lowerBound]) }
        }
        return stripSeparators(name)
    }

    /// "Erica Zucco, KOB Eyewitness News 4": a byline naming the reporter, then the outlet after a comma. A job
    /// title there ("Jane Doe, Chief Football Writer") goes, as it does glued to the name or on the line under
    /// it: the byline is who wrote the story.
    static func splitCredit(_ byline: String) -> (name: String, outlet: String?) {
        guard let comma = byline.firstIndex(of: ","), let last = byline.lastIndex(of: ",") else { return (byline, nil) }
        let outlet = byline[byline.index(after: last)...].trimmingCharacters(in: .whitespaces)
        let name = byline[..<comma].trimmingCharacters(in: .whitespaces)
        // "JANE ROE, Example Buzz": a writer's name set in capitals, then the site in title case.
        let brandAfterCapitals = comma == last && LineShape.isAllCaps(name) && (2...4).contains(SourceLine.words(name, cap: 5))
            && !LineShape.isAllCaps(outlet) && (1...4).contains(SourceLine.words(outlet, cap: 5))
            && outlet.split(separator: " ").allSatisfy { $0.first?.isUppercase == true && !jobWords.contains($0.lowercased()) }
        let outletWords = outlet.split(separator: " ").map { $0.lowercased() }
        // "Jane Roe, University of Otago": a science site credits the writer's institution, which is neither
        // the outlet nor part of the name.
        if comma == last, isPersonName(name), outletWords.contains(where: { affiliationWords.contains($0) }) { return (name, nil) }
        // "Jane Roe, News Reporter": a job title, whatever site word it holds.
        if comma == last, isPersonName(name), isJobTitle(outlet) { return (name, nil) }
        guard (looksLikeSiteName(outlet) && !outletWords.contains(where: { jobWords.contains($0) })) || brandAfterCapitals
        else {
            // "Abdullahi Musa, Kano": the place the reporter filed from, as the dateline gives it.
            if comma == last, isPersonName(name), isPlaceName(outlet) { return (name, nil) }
            return (byline, nil)
        }
        return (byline[..<comma].trimmingCharacters(in: .whitespaces), outlet)
    }


    static let personCreditPattern = LinePattern(
        #"^(\p{Lu}[\p{L}'’\-.]+(?: \p{Lu}[\p{L}'’\-.]+){1,3}(?:(?:,| and) \p{Lu}[\p{L}'’\-.]+(?: \p{Lu}[\p{L}'’\-.]+){1,3})*) (?:in|at) \p{Lu}[\p{L}\p{M} ,'’\-]{1,40}$"#)

    /// "Justin McCurry in Tokyo": names then a place, as some sites credit reporters (preamble only).
    static func personCredit(_ text: String) -> String? {
        if let names = placedNames(text) { return names }
        guard SourceLine.words(text) <= 12, let m = personCreditPattern.firstMatch(text, whole: true) else { return nil }
        return m.groups[1]
    }

    static let placedNamePattern = LinePattern(#"^(\p{Lu}[\p{L}'’\-.]+(?: \p{Lu}[\p{L}'’\-.]+){1,3})(?: (?:in|at) (?:the )?\p{Lu}[\p{L}\p{M} '’\-]{1,40})?$"#)

    /// "Anna Reid in London and Marco Villa in the Val Serrana" → "Anna Reid and Marco Villa": reporters
    /// credited each with their own place.
    static func placedNames(_ text: String) -> String? {
        guard SourceLine.words(text, cap: 21) <= 20, ScalarText.contains(text, " and "), !LineShape.endsLikeSentence(text) else { return nil }
        let parts = text.replacingOccurrences(of: " and ", with: "\u{1}").replacingOccurrences(of: ", ", with: "\u{1}")
            .split(separator: "\u{1}").map(String.init)
        guard parts.count >= 2 else { return nil }
        var names: [String] = []
        var placed = false
        for part in parts {
            guard let m = placedNamePattern.firstMatch(part, whole: true), let name = m.groups[1] else { return nil }
            // "Marco Villa in the Val" must not read "Val" as part of a name: the place starts at " in ".
            names.append(name)
            placed = placed || name != part
        }
        return placed ? names.joined(separator: " and ") : nil
    }

    static let affiliationWords: Set<String> = [
        "university", "institute", "college", "laboratory", "laboratories", "hospital", "centre", "center", "school",
        "academy", "observatory", "museum",
    ]

    static let jobWords: Set<String> = [
        "correspondent", "reporter", "editor", "writer", "journalist", "columnist", "contributor", "analyst",
        "producer", "staff", "desk",
    ]

    /// "Seoul correspondent", "Reporting from Gyeongju", "Political editor".
    static func isJobTitle(_ text: String) -> Bool {
        let words = text.split(separator: " ").map { $0.lowercased() }
        guard (1...6).contains(words.count), !LineShape.endsLikeSentence(text) else { return false }
        if text.lowercased().hasPrefix("reporting from") || text.lowercased().hasPrefix("reported from") { return true }
        return words.contains { jobWords.contains($0) }
    }

    /// "Gary Platt, Chief Football Writer", "Dana Whitcombe, Patchwork Staff": a name and its job title on one
    /// line; the name.
    static func namedJobTitle(_ text: String) -> String? {
        guard let comma = text.firstIndex(of: ","), SourceLine.words(text, cap: 9) <= 8 else { return nil }
        let name = String(text[..<comma])
        let job = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        return isPersonName(name) && isJobTitle(job) ? name : nil
    }

    /// "Esther Maclaren Arts correspondent", "Lee Brannigan Chief Reporter": a writer's name with the job title run
    /// on without a comma, as a page sets them in two styles on one line; the name. The title ends with a job word
    /// ("correspondent", "editor") and the name keeps two words when it can (three: "Ana María Ruiz Political editor"
    /// is read as "Ana María" with "Ruiz Political editor" only when no two-word title fits, so a title of two words wins).
    /// The name opens with a known given name: "Senior Transport Correspondent", "Local Democracy Reporter" are titles alone.
    static func runOnJobTitle(_ text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard (3...7).contains(words.count), !LineShape.endsLikeSentence(text), !text.contains(","),
              let last = words.last, jobWords.contains(last.lowercased()),
              NameLexicon.shared.isGivenName(NameLexicon.key(TextNormalizer.forMatching(words[0]))) else { return nil }
        for nameLength in [2, 3] where words.count - nameLength >= 1 && words.count - nameLength <= 4 {
            let name = words.prefix(nameLength).joined(separator: " ")
            let job = words.dropFirst(nameLength).joined(separator: " ")
            if isPersonName(name), !hasHonorific(name), isJobTitle(job) { return name }
        }
        return nil
    }

    /// Two names or more, each of two to four capitalised words, joined by "and" or commas ("Tom Aske and
    /// Freya Lund", "Ana Ruiz, Li Wei and Sam Cole"): reporters sharing a byline. One bare name alone may be a
    /// caption or a topic tag; a list of full names under a headline is a byline.
    static func isNameList(_ text: String) -> Bool {
        // "Judges: Lord Justice Ambrose, Mrs Justice Tennant and …": a labelled list of office-holders, no writers.
        guard SourceLine.words(text, cap: 17) <= 16, !LineShape.endsLikeSentence(text), ScalarText.contains(text, " and "),
              !ScalarText.contains(text, ":") else { return false }
        // A live blog's shifts: "Tom Aske (now) and Freya Lund (earlier)".
        let plain = text.contains("(") ? text.replacingOccurrences(of: #"\s*\([^()]{1,20}\)"#, with: "", options: .regularExpression) : text
        let names = plain.replacingOccurrences(of: " and ", with: ",").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return names.count >= 2 && names.allSatisfy { isPersonName($0) && !hasHonorific($0) }
    }

    static let honorifics: Set<String> = [
        "judge", "justice", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
        "president", "minister", "senator", "sen.", "governor", "gov.", "mayor", "sir", "dame", "lord", "lady", "king",
        "queen", "prince", "princess", "pope", "bishop", "archbishop", "cardinal", "father", "rev", "rev.", "reverend",
        "captain", "capt.", "general", "gen.", "colonel", "sergeant", "sgt", "sgt.", "inspector", "detective", "chief",
        "commissioner", "councillor", "cllr", "chairman", "chairwoman", "coach", "manager",
    ]

    /// "Judge Marian O'Leary" alone under a headline: a title before the name says the line is the caption
    /// of someone's picture; reporters are credited by name alone.
    static func hasHonorific(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first else { return false }
        return honorifics.contains(first.lowercased())
    }

    /// "Dr Leontine Maartens" over the date of a think tank's or a science site's note: a doctor's or a
    /// professor's title is how such sites credit their writers, so it says nothing of a caption.
    static func hasCaptionHonorific(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first else { return false }
        return hasHonorific(text) && !["dr", "dr.", "prof", "prof.", "professor"].contains(first.lowercased())
    }

    /// "Legislative Assembly", "District Court": capitalised words that end on an institution's head word,
    /// as a record's page heads its day, no writer's name.
    static func isInstitution(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last else { return false }
        return NameLexicon.shared.strongOrgWords.contains(NameLexicon.fold(String(last)))
    }

    /// "Parliament of Westmere", "HM Inspectorate of Prisons for Westmere", "Department for Transport": an
    /// institution's head word, then "of" or "for" and its capitalised object (and, of, for, the between). The
    /// body that publishes a record or a report over its title, never the headline; "University of Lenthorpe
    /// opens a campus" has a verb and is one.
    static func isInstitutionName(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 80), !LineShape.endsLikeSentence(text) else { return false }
        var words = text.split(separator: " ").map(String.init)
        while let f = words.first, ["the", "hm", "his", "her", "majesty's", "majesty’s"].contains(f.lowercased()) { words.removeFirst() }
        guard (3...8).contains(words.count), ["of", "for"].contains(words[1]),
              NameLexicon.shared.strongOrgWords.contains(NameLexicon.fold(words[0])) else { return false }
        return words.dropFirst(2).allSatisfy { w in ["of", "for", "and", "the"].contains(w) || w.first?.isUppercase == true }
    }

    /// Two to four capitalised words: what a bare byline line looks like.
    /// "Jane Roe Avatar", "Jane Roe headshot": a person's name then the word a page gives the writer's
    /// picture as its alt text. Nil for anything else ("Click Avatar", "The Avatar").
    static func avatarName(_ text: String) -> String? {
        guard LineShape.hasAtMost(text, scalars: 80), let space = text.lastIndex(of: " ") else { return nil }
        let last = text[text.index(after: space)...].lowercased()
        guard ["avatar", "headshot"].contains(last) else { return nil }
        let name = String(text[..<space]).trimmingCharacters(in: .whitespaces)
        return isPersonName(name) ? name : nil
    }

    static func isPersonName(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 200), (2...4).contains(SourceLine.words(text, cap: 5)) else { return false }
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), !LineShape.isAllCaps(text) else { return false }
        // "The Chauvin Verdict", "A Nation Mourns": a label or a section's name opens with an article; a name never.
        if ["the", "a", "an", "this", "our", "my", "your"].contains(words[0].lowercased()) { return false }
        if words.allSatisfy({ $0.first?.isUppercase == true }) { return true }
        // "Joana Albuquerque dos Santos", "Ana de la Cruz": a particle inside, after two name words or a known given
        // name (so "Rio de Janeiro" and "Vila do Conde" are no one).
        guard words.count >= 3, words.first!.first?.isUppercase == true, words.last!.first?.isUppercase == true,
              words.dropFirst().dropLast().allSatisfy({ $0.first?.isUppercase == true || nameParticles.contains(String($0)) }) else { return false }
        return words[1].first?.isUppercase == true || NameLexicon.shared.isGivenName(NameLexicon.key(TextNormalizer.forMatching(String(words[0]))))
    }

    /// Words of a name without its particles: "Joana Albuquerque dos Santos" has three.
    static func namedWords(_ text: String) -> Int {
        text.split(separator: " ").filter { !nameParticles.contains(String($0)) }.count
    }

    static let nameParticles: Set<String> = ["da", "das", "do", "dos", "de", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "ter", "ten", "bin", "binti", "al", "el"]
}
