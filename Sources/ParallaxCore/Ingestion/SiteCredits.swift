import Foundation

/// Credit lines that name the outlet or the agency rather than a person, in the shapes real pages print
/// them: an agency alone ("Reuters") or with its place ("Press Trust of India Sanosara (Guj)"), "From
/// Bloomberg News", a reporter with the outlet ("Scott Martin, USA TODAY", "- Adam Shell @adamshell USA
/// TODAY"), the site after the headline ("… – Sky News"), its name over a time ("Time of India 4 days ago"),
/// a print-edition note ("Published in Dawn, September 22nd, 2014") and a site name closing the page.
extension MetadataInference {
    struct SiteCredit {
        var byline: String?
        var outlet: String
        var reason: String
    }

    /// A short line that credits an agency or an outlet (and maybe the reporter) and says nothing else.
    /// ("Harbour Wire by Press Trust of India": a portal's credit of the agency's copy.)
    static let wikiCredit = LinePattern(#"^From (\p{Lu}\p{L}*(?:pedia|wiki|news|Wiki|voyage)), the free [\p{L} ]{4,30}$"#)

    static func siteCredit(_ text: String) -> SiteCredit? {
        guard LineShape.hasAtMost(text, scalars: 120), SourceLine.words(text, cap: 10) <= 9, !LineShape.endsLikeSentence(text) else { return nil }
        if let a = canonicalAgency(text) { return SiteCredit(byline: nil, outlet: a, reason: "agency credit") }
        // "Press Trust of india by Press Trust of india": a portal's credit of the agency's copy.
        if let m = agencyBy.firstMatch(text, whole: true), let who = m.groups[2], let a = canonicalAgency(who),
           let first = m.groups[1], SourceLine.words(first, cap: 5) <= 4, first.first?.isUppercase == true {
            return SiteCredit(byline: who, outlet: a, reason: "byline")
        }
        // "Press Trust of India Sanosara (Guj)": the agency and the place its copy was filed from.
        let words = text.split(separator: " ")
        for n in stride(from: min(5, words.count - 1), through: 2, by: -1) {
            guard let a = canonicalAgency(words[..<n].joined(separator: " ")) else { continue }
            let place = words[n...]
            if place.count <= 4, place.allSatisfy({ $0.first?.isUppercase == true || $0.first == "(" }) {
                return SiteCredit(byline: nil, outlet: a, reason: "agency credit")
            }
        }
        // "From Wikipedia, the free encyclopedia": a wiki names itself under the page's title.
        if let m = wikiCredit.firstMatch(text, whole: true), let name = m.groups[1] {
            return SiteCredit(byline: nil, outlet: name, reason: "site credit")
        }
        // "From Bloomberg News".
        if let m = fromSite.firstMatch(text, whole: true), let name = m.groups[1], isOutletName(name) {
            return SiteCredit(byline: nil, outlet: canonicalAgency(name) ?? name, reason: "agency credit")
        }
        // "Scott Martin, USA TODAY", "- Adam Shell @adamshell USA TODAY".
        if let m = reporterAtSite.firstMatch(text, whole: true), let name = m.groups[1], let site = m.groups[2],
           isPersonName(name), isOutletName(site), !opensWithStateCode(site) {
            return SiteCredit(byline: name, outlet: canonicalAgency(site) ?? site, reason: "byline")
        }
        if let m = reporterWithHandle.firstMatch(text, whole: true), let name = m.groups[1], let site = m.groups[2],
           isPersonName(name), isOutletName(site) {
            return SiteCredit(byline: name, outlet: canonicalAgency(site) ?? site, reason: "byline")
        }
        return nil
    }

    /// A short line that ends with an agency and a date ("… E-mail Xinhua, January 2, 2020"), whatever
    /// buttons stand before them.
    static func agencyDateLine(_ text: String) -> (agency: String, date: String)? {
        guard LineShape.hasAtMost(text, scalars: 160), !LineShape.endsLikeSentence(text), let d = DateParser.find(in: text),
              ScalarText.count(text) - d.end <= 2 else { return nil }
        let before = stripSeparators(ScalarText.slice(text, 0, d.start))
        let words = before.split(separator: " ").map(String.init)
        for n in [3, 2, 1] where words.count >= n {
            let tail = words.suffix(n).joined(separator: " ")
            if let a = canonicalAgency(tail), n > 1 || tail.count > 3 || tail == tail.uppercased() {
                return words.count > n ? (a, d.iso) : nil
            }
        }
        return nil
    }

    static let agencyBy = LinePattern(#"^(.{2,40}?) by (.{2,40})$"#)
    static let fromSite = LinePattern(#"^(?i:from) (?:the )?(\p{Lu}.{1,40})$"#)
    static let reporterAtSite = LinePattern(#"^(?:[-–—]\s*)?(\p{Lu}[^,@]{2,40}), (\p{Lu}.{1,40})$"#)
    static let reporterWithHandle = LinePattern(#"^(?:[-–—]\s*)?(\p{Lu}\S+(?: \p{Lu}\S+){1,2})\s+@\w{1,30}\s+(\p{Lu}.{1,40})$"#)

    /// An agency, or a name that reads like a publication and is not a section label ("US news").
    static func isOutletName(_ text: String) -> Bool {
        canonicalAgency(text) != nil || (looksLikeSiteName(text) && !isGenericLabel(text))
    }

    static let genericWords: Set<String> = ["stream", "updates", "update", "blog", "feed", "coverage", "breaking", "now", "the", "and", "&", "all", "day", "hour", "headlines",
                                              // a broadcaster's player tabs: "Live TV", "Radio"
                                              "tv", "radio", "player",
                                              // an institution's newsroom menu: "News and events", "Press releases"
                                              "events", "releases", "announcements",
                                              // a police force's: "News and appeals"
                                              "appeals", "statements", "notices",
                                              // a regulator's or an agency's: "News and alerts", "Warnings and advice"
                                              "alerts", "warnings", "advice", "guidance", "recalls"]

    /// "Live news stream", "Latest News", "US news": words a section or a feed is named with, no name.
    static func isGenericLabel(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "-" })
        return !words.isEmpty && words.allSatisfy { sectionWords.contains(String($0)) || genericWords.contains(String($0)) }
    }

    /// "Celebrity deaths 2023: the faces we said goodbye to – Sky News" → the headline and "Sky News": a site
    /// (or a section: "… | US news", then no outlet) after a bar or a dash, as page titles end.
    static func siteSuffix(_ title: String) -> (headline: String, site: String?)? {
        guard LineShape.hasAtMost(title, scalars: 400) else { return nil }
        for sep in [" | ", " – ", " — ", " - "] {
            guard let r = title.range(of: sep, options: .backwards) else { continue }
            let head = String(title[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            let tail = String(title[r.upperBound...]).trimmingCharacters(in: .whitespaces)
            guard SourceLine.words(head, cap: 4) >= 4, SourceLine.words(tail, cap: 6) <= 5, !tail.isEmpty else { continue }
            if isGenericLabel(tail), sep == " | " { return (head, nil) }
            if isOutletName(tail) || isDomain(tail) { return (head, canonicalAgency(tail) ?? tail) }
        }
        return nil
    }

    /// "Rail fares rise again | The Example Times" printed over every page of a page saved as PDF: the page's
    /// title, which names the site after its bar.
    static func outletFromPrintHeader(_ removed: [RemovedLine]) -> String? {
        for r in removed where r.reason == "running header of a printed page" || r.reason == "browser print header" {
            let title = r.text.split(separator: "\t").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? r.text
            if let site = siteSuffix(title)?.site { return site }
        }
        return nil
    }

    static func isDomain(_ text: String) -> Bool {
        !text.contains(" ") && domainPattern.matches(text.lowercased())
    }

    static let domainPattern = LinePattern(#"^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$"#)

    /// "Time of India4 days ago", "Daily Ledger · 3 hours ago": a source over the time since it published.
    static func sourceAndAge(_ text: String) -> String? {
        guard LineShape.hasAtMost(text, scalars: 80), let m = sourceAge.firstMatch(text, whole: true), let name = m.groups[1] else { return nil }
        let n = stripSeparators(name)
        // "Updated 3 minutes ago", "Last updated 2 hours ago": the page's clock, with no source in it.
        guard (1...5).contains(SourceLine.words(n)), n.first?.isUppercase == true, !isGenericLabel(n), !isPersonName(n) || looksLikeSiteName(n),
              !timestampWords.contains(LineShape.key(n)) else { return nil }
        return n
    }

    static let timestampWords: Set<String> = ["updated", "last updated", "posted", "published", "edited", "modified", "first published", "last modified"]

    static let sourceAge = LinePattern(#"^(.{2,60}?)\s*(?:\d+|an?|one) (?:second|minute|min|hour|hr|day|week|month|year)s? ago$"#)

    /// "… a week of stormsPhoto courtesy of Harbour Films": a picture's credit glued, with no space, to the end
    /// of the line before it (a headline over its picture).
    static let gluedPhotoCredit = LinePattern(#"(?<=\p{Ll})(?:Photo|Image|Picture)s? (?:courtesy of|by|via) \p{Lu}[\p{L}\d .&'’\-]{1,50}$"#)

    /// "The report is done. (NAN)": an agency credited in brackets at the end of a paragraph.
    static let trailingAgency = LinePattern(#"[.!?"”’]\s*\(([\p{L}][\p{L} .&'-]{1,40})\)$"#)

    /// A byline's own words without what pages print beside the name: a glued job title ("Brian
    /// WheelerPolitical reporter"), the place after a dash ("Aliyu Dangida – Dutse"), the agency after the
    /// name ("Jocelyn Gecker Associated Press", which gives the outlet).
    static func bareByline(_ name: String) -> (name: String, agency: String?) {
        // "Park Ji-won (jiwonpark@example.com)": the writer's address in brackets is no part of the name.
        var name = ScalarText.contains(name, "@") ? name.replacingOccurrences(
            of: #"\s*[(<\[]\s*[\w.+\-]+@[\w\-]+(\.[\w\-]+)+\s*[)>\]]\s*$"#, with: "", options: .regularExpression) : name
        var agencyName: String?
        let words = name.split(separator: " ").map(String.init)
        // ("Jane Doe, CNN" keeps its comma form: the agency there is plainly set apart.)
        for n in [4, 3, 2, 1] where words.count >= n + 2 && !name.contains(",") {
            if let a = canonicalAgency(words.suffix(n).joined(separator: " ")), n > 1 || words.last! == words.last!.uppercased() || words.last!.count > 3 {
                agencyName = a
                name = words.dropLast(n).joined(separator: " ")
                break
            }
        }
        for sep in [" – ", " — ", " - "] {
            if let r = name.range(of: sep) {
                let before = String(name[..<r.lowerBound])
                if isPersonName(before) { name = before }
                break
            }
        }
        if let m = gluedJobTitle.firstMatch(name, whole: true), let person = m.groups[1], let job = m.groups[2], isJobTitle(job), isPersonName(person) {
            name = person
        }
        return (name, agencyName)
    }

    static let gluedJobTitle = LinePattern(#"^(.*\p{Ll})(\p{Lu}\p{Ll}+(?: \p{Ll}+){0,3})$"#)

    /// "Source: The Daily Herald https://…", "Published in Dawn, September 22nd, 2014": the outlet a removed
    /// source credit or print-edition note names. A last resort, like the copyright owner.
    static func outletFromSourceNote(_ removed: [RemovedLine]) -> String? {
        for r in removed where r.reason == "source credit" || r.reason == "print-edition note" {
            guard let m = sourceNote.firstMatch(r.text), let raw = m.groups[1] else { continue }
            let name = raw.replacingOccurrences(of: #"\s+(https?://|www\.)\S*$"#, with: "", options: .regularExpression)
                .trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:"))
            // A print-edition note names its paper whatever the name looks like ("Published in Dawn, …").
            let printed = r.reason == "print-edition note" && name.first?.isUppercase == true && SourceLine.words(name, cap: 6) <= 5
            if printed || isOutletName(name) || isDomain(name) { return canonicalAgency(name) ?? name }
        }
        return nil
    }

    /// "This article appears in the December issue of Westcountry Life. Subscribe here.": the magazine, which a
    /// label over the headline ("THE LONG READ") is not.
    static func outletFromIssueNote(_ removed: [RemovedLine]) -> String? {
        for r in removed where r.reason == "print-edition note" {
            guard let m = issueNote.firstMatch(r.text), let name = m.groups[1]?.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:")),
                  name.first?.isUppercase == true, SourceLine.words(name, cap: 6) <= 5 else { continue }
            return name
        }
        return nil
    }

    static let issueNote = LinePattern(#"\b(?:issue|edition) of (?:the magazine )?(\p{Lu}[^.,;:]{1,50}?)(?=[.,;:]|\s*$)"#)

    static let sourceNote = LinePattern(#"^(?i:source|sources|via|(?:first )?published in|published by|printed in|appeared in)\s*:?\s+([^,]{2,60}?)(?=,| on \p{L}|\s*$)"#)
}

extension MetadataInference {
    /// "Maple Ridge, OR News": a town, its US state's postal code and the section, as a local news network
    /// heads its pages. The place is no reporter, the section no outlet.
    static func opensWithStateCode(_ site: String) -> Bool {
        guard let first = site.split(separator: " ").first, first.count == 2 else { return false }
        return usStateCodes.contains(String(first))
    }

    static let usStateCodes: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    ]
}
