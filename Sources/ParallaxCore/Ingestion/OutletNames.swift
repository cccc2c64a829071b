import Foundation

/// Where the outlet's name comes from when a paste has no header: a news agency credited in a byline or
/// dateline, a newsroom credit, a site name above the headline, and, as last resorts, the owner of a removed
/// copyright notice, the newsletter a removed footer names, or the first item of the page's navigation bar.
extension MetadataInference {
    static let agencies: [String: String] = [
        "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "reuters": "Reuters",
        "ap": "AP", "associated press": "AP", "the associated press": "AP", "bloomberg": "Bloomberg",
        "xinhua": "Xinhua", "yonhap": "Yonhap", "upi": "UPI", "dpa": "dpa", "kyodo": "Kyodo", "efe": "EFE",
        "ansa": "ANSA", "pti": "PTI", "ani": "ANI", "ians": "IANS", "tass": "TASS", "anadolu": "Anadolu",
        "bernama": "Bernama", "aap": "AAP", "cna": "CNA", "ips": "IPS", "cnn": "CNN", "bbc": "BBC",
        "the canadian press": "The Canadian Press", "pa": "PA", "press association": "PA", "kyodo news": "Kyodo",
        "yonhap news agency": "Yonhap", "xinhua news agency": "Xinhua",
        "press trust of india": "PTI", "asian news international": "ANI", "indo-asian news service": "IANS",
        "nan": "NAN", "news agency of nigeria": "NAN", "bloomberg news": "Bloomberg", "reuters news agency": "Reuters",
        "australian associated press": "AAP", "canadian press": "The Canadian Press",
        "pr newswire": "PR Newswire", "prnewswire": "PR Newswire", "globenewswire": "GlobeNewswire", "business wire": "Business Wire",
    ]

    static func canonicalAgency(_ s: String) -> String? {
        agencies[s.trimmingCharacters(in: .whitespaces).lowercased()]
    }

    static func isAcronym(_ s: String) -> Bool {
        let letters = s.unicodeScalars.filter { $0.properties.isAlphabetic }
        return (2...6).contains(letters.count) && letters.allSatisfy { $0.properties.isUppercase }
            && !s.contains(" ")
    }

    /// A news agency named as a word of a byline ("AFP Staff Writers", "Jane Doe, Reuters").
    static func agency(in byline: String) -> String? {
        let words = byline.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { String($0) }
        for n in [3, 2, 1] where words.count >= n {
            for i in 0...(words.count - n) {
                let phrase = words[i..<(i + n)].joined(separator: " ")
                // Short agency acronyms must be written in capitals to count ("AP", not "ap").
                if let a = canonicalAgency(phrase), phrase.count > 3 || phrase == phrase.uppercased() { return a }
            }
        }
        return nil
    }

    static let newsroomWords: Set<String> = ["editorial", "staff", "desk", "newsroom", "team", "correspondents", "reporters", "writers", "journalists", "bureau"]

    /// "Piazza Live reporters in Rome": a newsroom credited without "By" (only trusted above the story).
    static func creditLine(_ text: String) -> String? {
        guard SourceLine.words(text) <= 8, !LineShape.endsLikeSentence(text) else { return nil }
        return organisation(in: text)
    }

    static let copyrightPattern = LinePattern(
        #"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[-–,]?\s*)?(\p{Lu}[\p{L}\p{N}&'’.]*(?:\s+\p{Lu}[\p{L}\p{N}&'’]*){0,3})"#,
        caseInsensitive: true)

    /// "© 2025 MoneyWire Media Ltd. All rights reserved." → "MoneyWire": the owner named in a copyright
    /// notice the cleaner removed, without company suffixes. A last resort for the outlet.
    static func outletFromCopyright(_ removed: [RemovedLine], writer: String? = nil) -> String? {
        for r in removed where LineShape.hasAtMost(r.text, scalars: 2000) {
            guard let m = copyrightPattern.firstMatch(r.text), var name = m.groups[1] else { continue }
            // "(c) 2025 Nordwire. All rights reserved.": the owner's name ends with its sentence.
            if let stop = name.range(of: ". ") { name = String(name[..<stop.lowerBound]) }
            // "© Copyright ANP - All rights reserved": the word is the notice's, not the owner's.
            if name.lowercased().hasPrefix("copyright ") { name = String(name.dropFirst("copyright ".count)) }
            // "© Crown copyright": a government's own notice; the state owns the text, no outlet is named.
            if name.lowercased().hasPrefix("crown") { continue }
            let suffixes: Set<String> = ["media", "pty", "pty.", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "group", "corp", "corp.", "co", "co.", "all", "the"]
            var words = name.split(separator: " ").map(String.init)
            while let last = words.last, suffixes.contains(last.lowercased()) || last.allSatisfy(\.isNumber) { words.removeLast() }
            name = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
            // "© 2026 Jane Roe" under a writer's own newsletter: the writer, not a publication.
            if !name.isEmpty, name.lowercased() != "all", name.lowercased() != writer?.lowercased() { return name }
        }
        return nil
    }

    static let subscriptionPattern = LinePattern(
        #"\b(?:subscribed|signed up|registered)\s+(?:to|for)\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&'’]*(?:\s+\p{Lu}[\p{L}\p{N}&'’]*){0,3})(?:\s+from\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&'’]*(?:\s+\p{Lu}[\p{L}\p{N}&'’]*){0,3}))?"#)

    /// "You are receiving this because you subscribed to The Touchline." → "The Touchline": a newsletter names
    /// itself in the footer the cleaner removed. A last resort for the outlet, like the copyright owner.
    static func outletFromSubscription(_ removed: [RemovedLine]) -> String? {
        for r in removed where r.reason.contains("newsletter") && LineShape.hasAtMost(r.text, scalars: 400) {
            // "… subscribed to Morning Brief from The Example Post": the newsletter, then the outlet that sends it.
            guard let m = subscriptionPattern.firstMatch(r.text), let name = m.groups[2] ?? m.groups[1] else { continue }
            let generic: Set<String> = ["our", "this", "the newsletter", "newsletter", "updates", "emails"]
            if !generic.contains(name.lowercased()) { return name }
        }
        return nil
    }

    static let copyrightYearPattern = LinePattern(#"(?:©|\(c\)|copyright)\s*(\d{4})(?!\s*[-–]\s*\d)"#, caseInsensitive: true)

    /// "(c) 2025 Nordwire." → 2025: the year of a removed copyright notice that names a single year.
    static func copyrightYear(_ removed: [RemovedLine]) -> Int? {
        for r in removed where LineShape.hasAtMost(r.text, scalars: 2000) {
            if let m = copyrightYearPattern.firstMatch(r.text), let y = m.groups[1].flatMap({ Int($0) }) { return y }
        }
        return nil
    }

    /// Menu items that name a section, not the site.
    static let sectionWords: Set<String> = [
        "home", "news", "menu", "sections", "search", "world", "uk", "us", "u.s.", "politics", "business", "sport",
        "sports", "tech", "technology", "science", "health", "entertainment", "culture", "opinion", "latest", "live",
        "video", "videos", "local", "national", "international", "europe", "asia", "africa", "americas", "australia",
        "lifestyle", "travel", "money", "markets", "weather", "arts", "style", "food", "climate", "education",
        "environment", "more", "today", "top stories", "front page", "skip to content", "skip to main content",
        "sign in", "log in", "subscribe", "newsletters", "podcasts", "games", "puzzles", "home page", "homepage",
    ]

    /// "Meridian | News | Science | Live" at the top of a paste → "Meridian": a navigation bar opening the
    /// page starts with the site's own name unless its first item is a section ("Home | News | Sport").
    /// A last resort for the outlet.
    static func outletFromMenu(_ removed: [RemovedLine], firstLines: Int = 3) -> String? {
        guard let r = removed.first(where: { $0.reason == "navigation menu" }), r.line <= firstLines,
            let first = r.text.components(separatedBy: CharacterSet(charactersIn: "|·•")).first?
                .components(separatedBy: "  ").first?.trimmingCharacters(in: .whitespaces),
            !first.isEmpty, first.first!.isUppercase, (1...3).contains(first.split(separator: " ").count),
            !sectionWords.contains(first.lowercased()),
            // A site's bar lists its sections after its name; "Cricket | Football | Rugby" is a sports desk's
            // list of topics, none of them a site.
            menuItems(r.text).dropFirst().contains(where: { sectionWords.contains($0.lowercased()) })
        else { return nil }
        return first
    }

    /// Whether the page shows `name` as its brand in a removed line above the story: the navigation bar
    /// ("NEWSDESK24   World   Europe") or the site name, letters compared without case.
    static func brandShown(_ name: String, in removed: [RemovedLine]) -> Bool {
        func key(_ s: some StringProtocol) -> String { String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init)) }
        let want = key(name)
        guard want.count >= 3 else { return false }
        return removed.contains { r in
            (r.reason == "navigation menu" || r.reason.hasPrefix("site name")) && key(r.text.split(separator: " ").first ?? "") == want
        }
    }

    static let siteWords: Set<String> = [
        "news", "times", "post", "daily", "herald", "journal", "tribune", "telegraph", "guardian", "gazette", "wire",
        "dispatch", "chronicle", "press", "observer", "review", "today", "express", "mail", "star", "standard",
        "independent", "insider", "media", "network", "report", "online", "weekly", "magazine", "tv", "radio",
        "agency", "live", "monitor", "bulletin", "courier", "record", "ledger", "beacon", "inquirer", "register",
        "sentinel", "examiner", "globe", "mirror", "bureau", "world", "voice", "sun", "week", "hub", "sports", "sport",
        "mercury", "argus", "advertiser", "echo", "clarion", "courant", "enquirer", "messenger", "recorder", "advocate",
        "gleaner", "statesman", "spectator",
        // a press office sending a release
        "office",
    ]

    /// A line above the headline names the site only if it reads like a publication ("Military Space News",
    /// "example.com"), not a topic tag ("Xi Jinping") that some sites print there.
    static let stationFrequency = LinePattern(#"(^|\s)\d{2,4}(\.\d)? ?(FM|AM)(\s|$)"#)

    static func looksLikeSiteName(_ text: String) -> Bool {
        // A site's name, with its tagline, is short: a line of prose costs no splitting (a 2 MB line took
        // half a second here).
        guard LineShape.hasAtMost(text, scalars: 300) else { return false }
        let words = text.split(separator: " ").map { $0.lowercased() }
        if isMenuLine(text) { return false }
        // "Maple Ridge, OR News": a town's section of a local news network.
        if let comma = text.firstIndex(of: ","), opensWithStateCode(text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)) { return false }
        // "Listen Live", "Watch Live": a player's button; "News / Courts": a breadcrumb.
        if words.count == 2, ["listen", "watch"].contains(words[0]), sectionWords.contains(words[1]) { return false }
        if ScalarText.contains(text, " / "), text.components(separatedBy: " / ").contains(where: { sectionWords.contains($0.lowercased().trimmingCharacters(in: .whitespaces)) }) {
            return false
        }
        // "Kashmir Images - Latest News Update": the site's name over its generic tagline.
        if siteNameBeforeLabel(text) != nil { return true }
        // "Harbour Public Media / 90.1 FM Coast": a station's name with its frequency, every word capitalised.
        if (2...10).contains(words.count), !LineShape.endsLikeSentence(text), stationFrequency.matches(text),
            text.split(separator: " ").allSatisfy({ $0.first.map { !$0.isLowercase } ?? true })
        { return true }
        guard (1...5).contains(words.count), !LineShape.endsLikeSentence(text) else { return false }
        if hasGluedSectionLabels(text) { return false }
        // "Nonprofit, nonpartisan news for Westmarch": a tagline is written in sentence case; a site's name in
        // capitals.
        let small: Set<String> = ["of", "the", "and", "for", "in", "on", "at", "de", "du", "la", "le", "&"]
        if text.split(separator: " ").filter({ $0.first?.isLowercase == true && !small.contains(String($0)) }).count >= 2 { return false }
        // "News", "Live": one section word is a label, not the publication's name; "Live news stream" names
        // nothing either.
        if words.count == 1, sectionWords.contains(words[0]) { return false }
        if isGenericLabel(text) { return false }
        if words.count == 1, text.contains("."), !text.contains(" ") { return true }
        return words.contains { siteWords.contains($0) } && text.first?.isUppercase == true
    }

    /// "Kashmir Images - Latest News Update", "MERIDIAN PUBLIC RADIO : News", "EL CORREO DEL SUR — English
    /// Edition": the site's name before a generic label, a section or an edition, which name no outlet.
    static func siteNameBeforeLabel(_ text: String) -> String? {
        guard LineShape.hasAtMost(text, scalars: 120), !LineShape.endsLikeSentence(text) else { return nil }
        for sep in [" - ", " | ", " : ", " — ", " – "] {
            guard let r = text.range(of: sep) else { continue }
            let head = String(text[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            let tail = String(text[r.upperBound...]).trimmingCharacters(in: .whitespaces)
            guard isGenericLabel(tail) || editionLabel.matches(LineShape.key(tail)), let first = head.first, first.isUppercase,
                  (1...4).contains(SourceLine.words(head, cap: 5)) else { continue }
            return head
        }
        return nil
    }

    /// "Folha do Planalto" over "English edition": the name of the site whose edition the page is.
    static func overEditionLabel(_ i: Int, _ lines: [SourceLine]) -> Bool {
        let t = lines[i].text
        guard (1...5).contains(SourceLine.words(t, cap: 6)), t.first?.isUppercase == true, !LineShape.endsLikeSentence(t),
              let n = lines.indices[(i + 1)...].first(where: { !lines[$0].isBlank }) else { return false }
        return editionLabel.matches(LineShape.key(lines[n].text))
    }

    static let editionLabel = LinePattern(#"^(english|international|global|us|u\.s\.|uk|asia|africa|europe|online|digital|web|print|weekend|national) edition$"#)

    /// "Celebrity NewsEntertainment News": section labels glued together by the paste, a menu.
    static func hasGluedSectionLabels(_ text: String) -> Bool {
        text.split(separator: " ").contains(where: { w in
            guard let cut = w.indices.dropFirst().first(where: { w[$0].isUppercase && w[w.index(before: $0)].isLowercase }) else { return false }
            return sectionWords.contains(w[..<cut].lowercased()) && sectionWords.contains(w[cut...].lowercased())
        })
    }

    /// "Reviews  News  Deals", "Safety | Airlines | Airports", "Sign in | Subscribe": items of a menu set apart
    /// by bars, dots or wide gaps. Three or more, or two of which neither names a publication.
    static func isMenuLine(_ text: String) -> Bool {
        guard LineShape.hasAtMost(text, scalars: 3000) else { return false }
        let parts = menuItems(text)
        guard parts.count >= 2, parts.allSatisfy({ SourceLine.words($0, cap: 4) <= 3 }) else { return false }
        return parts.count >= 3 || !parts.contains { $0.split(separator: " ").contains { siteWords.contains($0.lowercased()) } }
    }

    static func menuItems(_ text: String) -> [String] {
        text.replacingOccurrences(of: "  ", with: "|").components(separatedBy: CharacterSet(charactersIn: "|·•"))
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// "GADGETBEAT", "The Geelong Advertiser-Star", "México Al Día (English edition)": the page's first line,
    /// a short name in capitals that the cleaner or the headline search set aside as a label, is its masthead.
    /// A last resort, before the first item of a menu (which may be a button: "Donate").
    static func outletFromMasthead(_ removed: [RemovedLine], firstLines: Int = 3) -> String? {
        let reasons: Set<String> = ["section label", "site name or label above the headline"]
        // What a page sets over its masthead: a menu icon, "Skip to content", a consent banner, the day's
        // date, a ticker's headline. Past them the masthead may stand lower, set in capitals.
        let furniture: Set<String> = ["separator", "site navigation", "cookie or privacy notice", "news ticker", "publication date",
                                      "newsletter furniture", "navigation menu", "newsletter or subscription prompt"]
        let top = removed.filter { $0.line <= firstLines + 7 }.sorted { $0.line < $1.line }
        guard let r = top.first(where: { !furniture.contains($0.reason) }) else { return nil }
        guard reasons.contains(r.reason), r.line <= firstLines || LineShape.isAllCaps(r.text) else { return nil }
        var name = r.text
        // "(English edition)": a note on the edition, not part of the name.
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex {
            name = String(name[..<open]).trimmingCharacters(in: .whitespaces)
        }
        let words = name.split(separator: " ")
        let small: Set<String> = ["of", "the", "and", "for", "in", "on", "at", "de", "del", "da", "du", "la", "le", "el", "al", "&"]
        guard (1...5).contains(words.count), !LineShape.endsLikeSentence(name), !name.contains(":"), menuItems(name).count == 1,
              words.allSatisfy({ $0.first?.isUppercase == true || $0.allSatisfy(\.isNumber) || small.contains($0.lowercased()) }),
              words.contains(where: { $0.unicodeScalars.filter(\.properties.isAlphabetic).count >= 3 }),
              !isGenericLabel(name), !sectionWords.contains(name.lowercased()), DateParser.parse(name) == nil,
              !hasGluedSectionLabels(name)
        else { return nil }
        // One word in title case ("Portville") is a topic or a place over the headline; a masthead of one word
        // is set in capitals or in camel case ("AEROTIMES", "GhanaNewsOnline") or names a publication.
        if words.count == 1, !LineShape.isAllCaps(name), !siteWords.contains(name.lowercased()),
           !name.unicodeScalars.dropFirst().contains(where: { $0.properties.isUppercase }), !opensAMenu(r, in: top) { return nil }
        return name
    }

    /// "Popline" / "Music" / "TV" / "Movies" / "Style": a word on the page's first line over a menu pasted one
    /// item a line, three items or more, two of them sections: the site's brand, not a topic.
    static func opensAMenu(_ first: RemovedLine, in top: [RemovedLine]) -> Bool {
        guard first.line == 1 else { return false }
        let items = top.filter { $0.line > 1 && $0.line <= 9 && SourceLine.words($0.text, cap: 3) <= 2 && !LineShape.endsLikeSentence($0.text) }
        return items.count >= 3 && items.filter { sectionWords.contains($0.text.lowercased()) }.count >= 2
    }

    /// A place as a date line opens with it: one word in capitals ("THIRUVANANTHAPURAM") or a place the word
    /// lists know ("Mexico City").
    static func isPlaceName(_ text: String) -> Bool {
        let words = text.split(separator: " ").map { NameLexicon.fold(String($0)) }
        if words.count == 1, LineShape.isAllCaps(text), text.count >= 4 { return true }
        return !words.isEmpty && NameLexicon.shared.places.longestMatch(words, at: 0, limit: words.count) == words.count
    }

    /// "Watch CBS News" (a video button over the headline) → "CBS News".
    static func withoutButtonVerb(_ text: String) -> String {
        for verb in ["Watch ", "Listen to ", "Listen "] where text.hasPrefix(verb) && SourceLine.words(text) >= 3 {
            return String(text.dropFirst(verb.count))
        }
        return text
    }

    /// "Example News Desk in Asia" → "Example News": the name before a newsroom word.
    static func organisation(in byline: String) -> String? {
        let words = byline.split(separator: " ").map(String.init)
        guard let k = words.firstIndex(where: { newsroomWords.contains($0.lowercased()) }), k > 0, k <= 4 else { return nil }
        let name = words[..<k].joined(separator: " ")
        // A comma means a person and a job title ("Jane Doe, Economics Correspondent"), not a newsroom.
        guard !name.contains(","), !name.lowercased().hasPrefix("staff") else { return nil }
        return name.first?.isUppercase == true ? name : nil
    }

    /// "Ledger Web Desk" credited as "Ledger Web": a newsroom's desk named after its site.
    static func isOwnDesk(_ byline: String, outlet: String) -> Bool {
        guard byline.hasPrefix(outlet), let last = byline.split(separator: " ").last else { return false }
        return newsroomWords.contains(last.lowercased())
    }

    /// "THE INDIAN LEDGER" and "Ledger Web": the desk's first word is one of the masthead's.
    static func sharesFirstWord(_ masthead: String, _ desk: String) -> Bool {
        guard let first = desk.split(separator: " ").first?.lowercased(), first.count >= 3, masthead.lowercased() != desk.lowercased() else { return false }
        return masthead.lowercased().split(separator: " ").contains { $0 == first }
    }
}
