import Foundation

/// Whom "the agency", "the judge" or "the Mayor of Kelderby" stands for: the organisation or person the
/// article introduced with that word. Apart from `NameResolver`'s name tables, which it reads.
extension NameResolver {
    /// The organisation named most recently before this position ("the agency said" after "the National
    /// Weather Service"), when its name contains the noun used ("agency", "service", "bank", …) or any
    /// organisation when the noun is a generic one ("the company", "the group").
    func organisationAntecedent(_ noun: String, article: Int, paragraph: Int, offset: Int) -> String? {
        guard article < mentions.count else { return nil }
        let orgs = organisationIndices[article]
        let end = countBefore(orgs, article: article, paragraph: paragraph, offset: offset)
        let before = orgs[max(0, end - Self.lookBack)..<end].map { mentions[article][$0] }
        if let m = before.last(where: { Self.heads($0.name).contains(noun) }) { return m.name }
        guard Self.genericBodies.contains(noun) else { return nil }
        // "The Veloria Air flight had left Halbrook …. Tess Mabry, who runs the Runway Café, …. The airline said":
        // an airline's name says what it is ("Air", "Airways"), so the last name of that kind before is the one
        // meant, however many other businesses were named since.
        if let kinds = Self.namesOfKind[noun] {
            let upTo = countBefore(article: article, paragraph: paragraph, offset: offset)
            if let k = (max(0, upTo - Self.lookBack)..<upTo).last(where: { k in
                let m = mentions[article][k]
                return !m.isPerson && m.name.contains(" ")
                    && m.name.lowercased().split(separator: " ").contains { kinds.contains(NameRuns.stripPossessive(String($0))) }
            }) { return mentions[article][k].name }
        }
        // "Lumen Foods said on Monday …. “…,” the company said": a name with no organisation word, speaking,
        // that the people index does not take for anyone, is the company when it comes after the last one.
        let all = mentions[article]
        let upTo = countBefore(article: article, paragraph: paragraph, offset: offset)
        let floor = end > 0 ? orgs[end - 1] : -1
        if index != nil, let k = (max(floor + 1, upTo - Self.lookBack)..<max(floor + 1, upTo)).last(where: { k in
            let m = all[k]
            return m.speaks && !m.isOffice && m.canonical == nil && m.name.contains(" ")
                && personAt(article: article, paragraph: m.paragraph, offset: m.start, end: m.start + m.name.unicodeScalars.count) == nil
        }) { return all[k].name }
        // "Thamesbrook Water has been fined …. The company said …", "Harwick Town have sacked …. The club said":
        // a business or club's name holds no organisation word, and it need not have spoken; a name of two
        // words or more that the people index takes for no one, standing after the last organisation named, is
        // the body meant. Neither is a name after a preposition: "Skyward Air will stop flying from Elmbridge
        // Airport. The airline said" is Skyward Air (the airport is a place there).
        let subjectFloor = orgs[..<end].last(where: { !all[$0].afterPreposition }) ?? -1
        if index != nil, let k = (max(0, upTo - Self.lookBack)..<upTo).last(where: { k in
            let m = all[k]
            return !m.isOffice && m.canonical == nil && !m.afterPreposition && !m.inOpeningClause && m.name.contains(" ")
                && (k > subjectFloor || m.isOrganisation)
                && personAt(article: article, paragraph: m.paragraph, offset: m.start, end: m.start + m.name.unicodeScalars.count) == nil
        }) { return all[k].name }
        return before.last?.name
    }

    /// Nouns that stand for any organisation named before ("the company", "the club"), whatever its name.
    static let genericBodies: Set<String> = [
        "company", "group", "agency", "organisation", "organization", "firm", "institution", "body", "club", "business",
        "charity", "operator", "utility", "airline", "retailer", "carrier", "insurer", "lender", "team",
    ]

    /// The words in a name that tell its kind, for the generic nouns that kind of body goes by.
    static let namesOfKind: [String: Set<String>] = [
        "airline": ["air", "airways", "airlines", "airline", "aviation"],
        "carrier": ["air", "airways", "airlines", "airline", "aviation"],
    ]

    /// The words an organisation's name is about: its last word and the word before its first "of" or "for"
    /// ("National Weather Service" → service; "Bank of England" → bank). "the sheriff said" is not "Dundee
    /// Sheriff Court", whose head is "court": a word that only qualifies the head names no one's office there.
    static func heads(_ name: String) -> Set<String> {
        let words = name.lowercased().split(separator: " ").map { NameRuns.stripPossessive(String($0)) }
        var out = Set(words.suffix(1))
        if let k = words.firstIndex(where: { $0 == "of" || $0 == "for" }), k > 0 { out.insert(words[k - 1]) }
        return out
    }

    /// The person introduced with this role ("the spokesman" → the spokesman named earlier). With qualifiers
    /// ("the health minister": role "minister", qualifier "health") only people whose role phrase holds every
    /// qualifier count, so a finance minister named since is not taken for the health minister. The answer
    /// is the one person the article introduced so; with several, a bare role goes to the one named last
    /// before, a qualified one to none; with none, the one person the story introduced so, if the article
    /// names him.
    func roleAntecedent(_ role: String, qualifiers: [String] = [], article: Int, paragraph: Int, offset: Int, unique: Bool = false,
                        offices: Bool = true) -> String? {
        guard article < mentions.count else { return nil }
        // "the judge" is the one the article titled "Justice X"; "the CJ" the Chief Justice.
        let words = [role] + (Self.roleSynonyms[role] ?? [])
        let wanted = Set(qualifiers)
        func qualified(_ m: Mention) -> Bool { wanted.isEmpty || wanted.isSubset(of: m.roleWords) }
        func name(_ a: Int, _ m: Mention) -> String { canonical(m.name, article: a, paragraph: m.paragraph, offset: m.start) }
        let all = words.flatMap { indicesByRole[article][$0] ?? [] }.sorted().filter { qualified(mentions[article][$0]) }
        // A person named with the role comes before an office ("the mayor" is Brenda Hollis, whom the "Mayor of
        // Kelderby" also stands for); the office alone when the article names no one so.
        let people = all.filter { !mentions[article][$0].isOffice }
        let list = people.isEmpty && offices ? all : people
        guard !list.isEmpty else {
            guard !wanted.isEmpty else { return nil }
            // The column that never titles the minister it writes about: the story's one health minister.
            var named = Set<String>()
            for (a, ms) in mentions.enumerated() {
                for w in words { for i in indicesByRole[a][w] ?? [] where qualified(ms[i]) { named.insert(name(a, ms[i])) } }
            }
            if named.count == 1, let only = named.first,
                mentions[article].contains(where: { $0.isPerson && ($0.canonical == only || $0.name == only) })
            { return only }
            // No one introduced with those words ("the veteran coach" for the article's one coach): a
            // description, not an office; the one person the article gave the role, if only one.
            guard named.isEmpty else { return nil }
            let any = Set(words.flatMap { indicesByRole[article][$0] ?? [] }.map { name(article, mentions[article][$0]) })
            return any.count == 1 ? any.first : nil
        }
        let named = Set(list.map { name(article, mentions[article][$0]) })
        if named.count == 1 { return named.first }
        guard wanted.isEmpty, !unique else { return nil }
        let k = countBefore(list, article: article, paragraph: paragraph, offset: offset)
        guard k > 0 else { return nil }
        let m = mentions[article][list[k - 1]]
        return name(article, m)
    }

    /// "Mayor of Kelderby": the one person the article titles mayor ("Mayor Brenda Hollis"), if only one;
    /// else nil, and the office stays the speaker's name.
    func officeHolder(_ words: [String], article: Int, paragraph: Int, offset: Int) -> String? {
        guard words.count >= 3, let k = words.firstIndex(where: { $0 == "of" || $0 == "for" }), k > 0,
            words[..<k].allSatisfy({ AttributionLexicon.titles.contains($0.lowercased()) })
        else { return nil }
        return roleAntecedent(words[k - 1].lowercased(), article: article, paragraph: paragraph, offset: offset, unique: true, offices: false)
    }

    /// Role words that name the same office: how copy names a judge again after titling him "Justice".
    static let roleSynonyms: [String: [String]] = [
        "judge": ["justice"], "justice": ["judge"], "cj": ["justice"], "magistrate": ["judge"],
    ]
}
