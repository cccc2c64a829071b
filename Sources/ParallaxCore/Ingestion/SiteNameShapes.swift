import Foundation

/// What a line above the headline says about the site once it is read in its place: an item inside a menu
/// pasted one item a line, a link rather than a name, a domain the page then spells out, a reporter's place.
extension MetadataInference {
    /// "News" / "Sport" / "Player" / "Radio" / "Weather": a site word among the items of a menu pasted one item
    /// a line ("Radio", "Live TV", "Press Releases") names a section of the site, not the site. The brand opens
    /// the menu, so a line with no menu item above it keeps its chance.
    static func standsInMenu(_ i: Int, _ lines: [SourceLine]) -> Bool {
        // "The Clarion" over "News" / "Opinion" / …: a masthead over its menu; sections are not named "The …".
        guard isShortItem(lines[i].text), i > 0, !lines[i].text.hasPrefix("The ") else { return false }
        let above = lines[..<i].last { !$0.isBlank }
        let below = lines[(i + 1)...].first { !$0.isBlank }
        guard let above else { return false }
        return isShortItem(above.text) || (below.map { isShortItem($0.text) } ?? false)
    }

    /// One or two words, not in capitals and not a sentence: how a menu pasted one item a line looks.
    static func isShortItem(_ text: String) -> Bool {
        LineShape.hasAtMost(text, scalars: 30) && SourceLine.words(text, cap: 3) <= 2 && !LineShape.isAllCaps(text)
            && !LineShape.endsLikeSentence(text) && !text.contains(".")
    }

    /// "lowlandstimes.example/news/2026/11/29/rotterdam-noise-ruling" → "lowlandstimes.example": a link to the
    /// story names its site by its host, not by its path.
    static func siteOfLink(_ text: String) -> String {
        guard !text.contains(" "), let slash = text.firstIndex(of: "/") else { return text }
        var host = String(text[..<slash])
        if host.hasSuffix(":"), let r = text.range(of: "://") { host = String(text[r.upperBound...].prefix { $0 != "/" }) }
        if host.hasPrefix("www.") { host = String(host.dropFirst(4)) }
        return isDomain(host) ? host : text
    }

    /// "straitsmirror.example" over "The Straits Mirror": the page spells out the domain's name, which is the
    /// better name for the outlet.
    static func spellsDomain(_ name: String, _ domain: String) -> Bool {
        guard !name.contains("."), let label = domain.lowercased().split(separator: ".").first, label.count >= 4 else { return false }
        var letters = String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
        if letters.hasPrefix("the"), !label.hasPrefix("the") { letters.removeFirst(3) }
        return letters == label.replacingOccurrences(of: "-", with: "")
    }

    /// "at Tannadice", "in Reykjavík": the place a reporter filed from, printed under the name.
    static func isReportingPlace(_ text: String) -> Bool {
        LineShape.hasAtMost(text, scalars: 60) && reportingPlace.matches(text)
    }

    static let reportingPlace = LinePattern(#"^(?:at|in|from) (?:the )?\p{Lu}[\p{L}\p{M}'’\-]+(?: \p{Lu}[\p{L}\p{M}'’\-]+){0,2}$"#)

    /// The first line above the headline that reads as a site's name names the outlet ("straitsmirror.example"
    /// yields to "The Straits Mirror", which spells it). A second one right over the headline ("Yahoo News" …
    /// "The Riverside Ledger") is the paper a portal carries the story for, under the portal's own brand.
    static func pickSiteName(_ text: String, overHeadline: Bool, _ siteName: inout String?, provider: inout Bool) {
        let name = withoutButtonVerb(siteOfLink(siteNameBeforeLabel(text) ?? text))
        if siteName.map({ isDomain($0) && spellsDomain(name, $0) }) ?? true {
            siteName = name
        } else if let s = siteName, s != name, overHeadline, !isDomain(s), !isDomain(name), SourceLine.words(name, cap: 5) <= 4, !isGenericLabel(name),
                  // A name, every word capitalised ("Press releases / Transcripts" is a breadcrumb).
                  !name.contains("/"), name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || ["of", "the", "and", "&"].contains($0) }) {
            siteName = name
            provider = true
        }
    }

    /// "The Meridian" over "News   Opinion   Sport   Culture": a masthead stands right over the site's own menu of
    /// sections, whatever its name says (a name with no "News" or "Times" in it is still the site's). The line is a
    /// name, every word capitalised and none a section's ("Listen Live" is the player's button), and the menu holds
    /// two or more section words.
    /// `menus`: the text of the lines the cleaner removed as menus, by raw line number (gone from `lines`).
    static func overSectionMenu(_ i: Int, _ lines: [SourceLine], menus: [Int: String]) -> Bool {
        let t = lines[i].text
        guard LineShape.hasAtMost(t, scalars: 60), (1...4).contains(SourceLine.words(t, cap: 5)), t.first?.isUppercase == true,
              !LineShape.endsLikeSentence(t), !LineShape.isAllCaps(t), !isMenuLine(t), !isGenericLabel(t),
              !t.split(separator: " ").contains(where: { sectionWords.contains($0.lowercased()) }),
              t.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || ["of", "the", "and", "&"].contains($0) }),
              let n = lines.indices[(i + 1)...].first(where: { !lines[$0].isBlank || menus[lines[$0].number] != nil })
        else { return false }
        let menu = menus[lines[n].number] ?? lines[n].text
        return isMenuLine(menu) && menuItems(menu).filter { sectionWords.contains($0.lowercased()) }.count >= 2
    }

    /// "Run by volunteers for Corrandale and Ollerby since 2009" between "Corrandale Community News" and "Home   Local
    /// News   What's On": the site's tagline, under its name and over its menu; the story's headline comes after the
    /// menu. The line is the second of the page and the menu follows it right away.
    static func isTaglineOverMenu(_ i: Int, _ lines: [SourceLine], menus: [Int: String]) -> Bool {
        guard let first = lines.indices.first(where: { !lines[$0].isBlank }), first < i,
              !lines.indices[(first + 1)..<i].contains(where: { !lines[$0].isBlank }),
              let n = lines.indices[(i + 1)...].first(where: { !lines[$0].isBlank || menus[lines[$0].number] != nil })
        else { return false }
        return menus[lines[n].number] != nil
    }

    /// "Club News" under "Home   News   Tickets   Shop" under "KELLINGFORD ALBION FC": a label right under the
    /// site's menu, when a name of two words or more in capitals (set aside by the cleaner as a label) stands right
    /// over that menu, is the section's; the name in capitals is the masthead (`outletFromMasthead`), not the label.
    /// `menus` and `labels`: the text of the removed menu and capitals lines, by raw line number.
    static func underMastheadMenu(_ i: Int, _ lines: [SourceLine], menus: [Int: String], labels: [Int: String]) -> Bool {
        guard let m = lines.indices[..<i].last(where: { !lines[$0].isBlank || menus[lines[$0].number] != nil || labels[lines[$0].number] != nil }),
              let menu = menus[lines[m].number], isMenuLine(menu),
              let h = lines.indices[..<m].last(where: { !lines[$0].isBlank || labels[lines[$0].number] != nil }),
              let name = labels[lines[h].number]
        else { return false }
        return SourceLine.words(name, cap: 5) >= 2 && !isGenericLabel(name) && !isMenuLine(name)
    }
}
